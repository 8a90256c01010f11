import { describe, expect, it } from 'vitest';
import {
  articleLabel,
  basisTag,
  countVerdicts,
  evidenceLocation,
  formatDate,
  groupByVerdict,
  isSafeLink,
  periodLabel,
  shortenText,
  sortBySeverity,
  totalSummary,
} from '../../core/report/summary';
import { buildReport } from './fixture';

describe('report summary helpers', () => {
  const report = buildReport();
  const plan = report.documents[0]!;

  it('counts verdicts per document and over the whole report', () => {
    expect(countVerdicts(plan.results)).toEqual({ aanwezig: 2, gedeeltelijk: 2, ontbreekt: 1, handmatig: 1, nvt: 1 });
    expect(totalSummary(report)).toEqual({ aanwezig: 3, gedeeltelijk: 2, ontbreekt: 2, handmatig: 1, nvt: 1 });
  });

  it('sorts most urgent first, law before policy, then by id', () => {
    expect(sortBySeverity(plan.results).map((r) => r.rule)).toEqual([
      'op.terugplaatsing',
      'op.toelaatbaarheid',
      'op.thuiszitters',
      'op.opr',
      'op.basisondersteuning',
      'op.looptijd',
      'op.steunpunt',
    ]);
  });

  it('groups by verdict with every verdict present', () => {
    const groups = groupByVerdict(plan.results);
    expect(Object.keys(groups)).toEqual(['ontbreekt', 'gedeeltelijk', 'handmatig', 'aanwezig', 'nvt']);
    expect(groups.gedeeltelijk.map((r) => r.rule)).toEqual(['op.toelaatbaarheid', 'op.thuiszitters']);
  });

  it('labels articles and policy bases, and derives tags', () => {
    const basis = plan.results[0]!.basis[0]!;
    expect(articleLabel(basis)).toBe('WPO art. 18a lid 8 c');
    expect(basisTag(basis)).toBe('WPO-18a-8c');
    expect(basisTag({ law: 'WVO 2020', article: '2.47', lid: '9', onderdeel: 'c' })).toBe('WVO2020-2.47-9c');
    expect(basisTag({ law: 'WMS', article: '14a' })).toBe('WMS-14a');
    const policy = plan.results.find((r) => r.rule === 'op.thuiszitters')!.basis[0]!;
    expect(articleLabel(policy)).toBe('Thuiszitterspact 2016 (geen wet)');
    expect(basisTag(policy)).toBeUndefined();
  });

  it('formats dates, periods and locations in Dutch', () => {
    expect(formatDate('2026-03-01')).toBe('1 maart 2026');
    expect(formatDate('2026-03-01T09:30:00.000Z')).toBe('1 maart 2026');
    expect(formatDate('volgend jaar')).toBe('volgend jaar');
    expect(periodLabel(plan)).toBe('planperiode 1 augustus 2022 t/m 31 juli 2026');
    expect(evidenceLocation(plan.results[0]!.evidence[0]!)).toBe('p. 23, 4 Toewijzing van ondersteuning › 4.2 Toelaatbaarheidsverklaring');
    expect(evidenceLocation(report.documents[1]!.results[0]!.evidence[0]!)).toBe('Ouders › Klachten, main > section:nth-of-type(3) > p:nth-of-type(1)');
  });

  it('shortens on a word boundary', () => {
    expect(shortenText('een twee drie vier vijf', 12)).toBe('een twee…');
    expect(shortenText('kort', 12)).toBe('kort');
  });

  it('allows only http(s), file and relative links', () => {
    for (const ok of ['https://a.nl/x.pdf#page=2', 'http://a.nl', 'file:///C:/x.pdf', 'plan.pdf#page=3', '#doc-1', '../x.html']) {
      expect(isSafeLink(ok), ok).toBe(true);
    }
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,x', 'vbscript:x', 'jav\u0000ascript:x', '']) {
      expect(isSafeLink(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
