import { describe, expect, it } from 'vitest';
import { parseSitesCsv } from '../../cli/crawl/sites-csv';
import { HostGate } from '../../core/crawl/host-gate';
import { isSameSite, linkPriority, normalizeUrl, siteHost } from '../../core/crawl/urls';
import type { DocumentReport, RuleResult } from '../../core/report/model';
import { SiteVerdicts, betterThan, siteKey } from '../../core/report/site';
import type { Verdict } from '../../core/rules/schema';
import { loadRulesDir } from '../../cli/rules-dir';

function result(rule: string, verdict: Verdict, quote = 'citaat'): RuleResult {
  return {
    rule,
    title: rule,
    pack: 'website-school',
    level: 'praktijk',
    detectable: 'tekst',
    verdict,
    reason: verdict,
    message: `${rule} ${verdict}`,
    evidence: verdict === 'aanwezig' || verdict === 'gedeeltelijk' ? [{ text: quote, page: 4, openUrl: `x#page=4` }, { text: 'b' }, { text: 'c' }] : [],
    basis: [],
    help: { kort: '', uitleg: '' },
  };
}

function docReport(results: RuleResult[]): DocumentReport {
  return {
    source: { format: 'html' },
    status: 'ok',
    classification: { type: 'website-school', sector: 'po', confidence: 1, signals: [] },
    notices: [],
    summary: { aanwezig: 0, gedeeltelijk: 0, ontbreekt: 0, handmatig: 0, nvt: 0 },
    results,
  };
}

describe('site verdicts: the best evidence across the site wins', () => {
  const ruleSet = loadRulesDir();
  const id = 'web-school.schoolgids';

  it('ranks aanwezig > gedeeltelijk > handmatig > ontbreekt > nvt, then fewer clicks', () => {
    expect(betterThan({ verdict: 'gedeeltelijk', clicks: 5 }, { verdict: 'ontbreekt', clicks: 0 })).toBe(true);
    expect(betterThan({ verdict: 'handmatig', clicks: 1 }, { verdict: 'ontbreekt', clicks: 1 })).toBe(true);
    expect(betterThan({ verdict: 'ontbreekt', clicks: 1 }, { verdict: 'nvt', clicks: 0 })).toBe(true);
    expect(betterThan({ verdict: 'aanwezig', clicks: 1 }, { verdict: 'aanwezig', clicks: 2 })).toBe(true);
    expect(betterThan({ verdict: 'aanwezig', clicks: 2 }, { verdict: 'aanwezig', clicks: 2 })).toBe(false);
  });

  it('keeps the winning page, its clicks and its first quote; trims evidence', () => {
    const v = new SiteVerdicts();
    v.add(docReport([result(id, 'ontbreekt')]), 'http://s.test/', 0);
    v.add(docReport([result(id, 'gedeeltelijk', 'half')]), 'http://s.test/a', 1);
    v.add(docReport([result(id, 'aanwezig', 'heel')]), 'http://s.test/a/b/c/d', 4);
    v.add(docReport([result(id, 'aanwezig', 'later')]), 'http://s.test/x/y/z/w/v', 5);
    const out = v.finish(ruleSet, 'school').find((r) => r.rule === id)!;
    expect(out.verdict).toBe('aanwezig');
    expect(out.found).toMatchObject({ url: 'http://s.test/a/b/c/d', clicks: 4, quote: 'heel', page: 4 });
    expect(out.hardToFind).toBe(true);
    expect(out.judgedOn).toBe(4);
  });

  it('says nvt only when nothing applied, and "not judged" when no page of the kind was seen', () => {
    const v = new SiteVerdicts();
    v.add(docReport([result(id, 'nvt')]), 'http://s.test/', 0);
    const rules = v.finish(ruleSet, 'school');
    expect(rules.find((r) => r.rule === id)!.verdict).toBe('nvt');
    expect(rules.find((r) => r.rule === 'sg.klachten')).toMatchObject({ verdict: null, reason: 'geen-document' });
    expect(rules.some((r) => r.rule.startsWith('op.'))).toBe(false);
  });

  it('makes resume keys that ignore a trailing slash, fragment and host case', () => {
    expect(siteKey('https://WWW.School.nl/')).toBe(siteKey('https://www.school.nl#top'));
    expect(siteKey('https://www.school.nl/a')).not.toBe(siteKey('https://www.school.nl/b'));
  });
});

describe('crawler URL rules', () => {
  it('normalises addresses and treats www and the bare host as one site', () => {
    expect(normalizeUrl('/ouders#klachten', 'http://school.test/index')).toBe('http://school.test/ouders');
    expect(normalizeUrl('mailto:info@school.nl')).toBeUndefined();
    expect(siteHost('WWW.School.test')).toBe('school.test');
    expect(isSameSite('http://www.school.test/x', new Set(['school.test']))).toBe(true);
    expect(isSameSite('http://andere.test/x', new Set(['school.test']))).toBe(false);
  });

  it('prefers links that point to what the rules look for', () => {
    expect(linkPriority('http://s.test/ouders/passend-onderwijs', 'Passend onderwijs')).toBeGreaterThan(linkPriority('http://s.test/nieuws/2025/10', 'Herfstmarkt'));
  });
});

describe('HostGate (per-host politeness)', () => {
  it('runs one request per host at a time and pauses between requests to the same host', async () => {
    const pauses: number[] = [];
    const gate = new HostGate(250, (ms) => {
      pauses.push(ms);
      return Promise.resolve();
    });
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, 5));
      log.push(`end ${name}`);
    };
    await Promise.all([gate.run('a.test', task('a1')), gate.run('a.test', task('a2')), gate.run('b.test', task('b1'))]);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    // b.test does not wait for a.test.
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
    expect(pauses).toEqual([250, 250, 250]);
    gate.setHostDelay('a.test', 2000);
    await gate.run('a.test', task('a3'));
    expect(pauses.at(-1)).toBe(2000);
  });
});

describe('sites CSV', () => {
  it('reads semicolons, quotes, Dutch column names, and adds https:// when missing', () => {
    const { rows, problems } = parseSitesCsv('\uFEFFNaam;Website;Soort;Sector\r\n"OBS De Regenboog; Dorpsveen";www.regenboog.nl;school;po\r\nSWV Kust;https://swv-kust.nl;swv;\r\n;;;\r\nFout;;school;po\r\n');
    expect(rows).toEqual([
      { line: 2, url: 'https://www.regenboog.nl', name: 'OBS De Regenboog; Dorpsveen', type: 'school', sector: 'po' },
      { line: 3, url: 'https://swv-kust.nl', name: 'SWV Kust', type: 'swv' },
    ]);
    expect(problems).toEqual(['regel 5: geen webadres']);
  });

  it('accepts a bare list of addresses and explains a file without a url column', () => {
    expect(parseSitesCsv('https://a.nl\nhttps://b.nl\n').rows.map((r) => r.url)).toEqual(['https://a.nl', 'https://b.nl']);
    expect(parseSitesCsv('naam,plaats\nA,B\n').problems[0]).toContain('geen kolom met webadressen');
  });
});
