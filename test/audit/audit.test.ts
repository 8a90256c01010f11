import { existsSync, mkdtempSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAuditCommand } from '../../cli/commands/audit';
import type { AuditIo } from '../../cli/commands/audit';
import { runCrawl } from '../../cli/commands/crawl';
import type { Fetcher } from '../../core/crawl/fetcher';
import type { SiteReport } from '../../core/report/site';
import { siteKey } from '../../core/report/site';
import type { Fixture } from '../crawl/helpers';
import { PEILDATUM, startFixture } from '../crawl/helpers';
import { OFFLINE_HOST } from '../fixtures/sites/sites';

let fx: Fixture;
let dir: string;
let csvPath: string;
const LIMIT_FLAGS = { peildatum: PEILDATUM, timeout: '4', maxBytes: '1MB', delay: '0', concurrency: '3' };

function captureIo(): AuditIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), stdoutIsTty: false, stderrIsTty: false };
}

function readResults(): SiteReport[] {
  return readFileSync(join(dir, 'resultaten.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as SiteReport];
      } catch {
        return [];
      }
    });
}

beforeAll(async () => {
  fx = await startFixture();
  dir = mkdtempSync(join(tmpdir(), 'passend-check-audit-'));
  csvPath = join(dir, 'sites.csv');
  const rows = fx.net.sites.map((s) => `"${s.name}";${fx.net.url(s.host)};${s.type};${s.sector}`);
  rows.push(`Onbekende school;${fx.net.url(OFFLINE_HOST)};school;po`);
  // Listed twice (other spelling): audited once.
  rows.push(`OBS De Regenboog (dubbel);${fx.net.url('REGENBOOG.test', '')};school;po`);
  writeFileSync(csvPath, `naam;url;type;sector\n${rows.join('\n')}\n`);
}, 30_000);

afterAll(async () => {
  await fx.close();
});

describe('passend-check audit', () => {
  it('can be interrupted and resumes without redoing finished sites (also after a half-written line)', async () => {
    const controller = new AbortController();
    let requests = 0;
    const interrupting: Fetcher = {
      fetch: async (request) => {
        const outcome = await fx.fetcher.fetch(request);
        if (++requests === 4) controller.abort();
        return outcome;
      },
    };
    const io1 = captureIo();
    expect(await runAuditCommand(csvPath, { ...LIMIT_FLAGS, outputDir: dir }, io1, { fetcher: interrupting, signal: controller.signal })).toBe(0);
    expect(io1.out.join('')).toContain('Audit onderbroken');
    const first = readResults();
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(11);
    expect(existsSync(join(dir, 'dashboard.html'))).toBe(false);
    // A crash in the middle of writing leaves half a line behind.
    appendFileSync(join(dir, 'resultaten.jsonl'), '{"schemaVersion":"1.0.0","kind":"site","site":{"url":"http://hal');

    const before = fx.net.requests.length;
    const io2 = captureIo();
    expect(await runAuditCommand(csvPath, { ...LIMIT_FLAGS, outputDir: dir }, io2, { fetcher: fx.fetcher, signal: new AbortController().signal })).toBe(0);
    const err = io2.err.join('');
    expect(err).toContain(`${first.length} sites waren al klaar`);
    expect(err).toMatch(/\[\d+\/11\] /);
    expect(io2.out.join('')).toContain('Audit klaar.');

    const all = readResults();
    const keys = all.map((r) => siteKey(r.site.url));
    expect(new Set(keys).size).toBe(11);
    expect(keys).toHaveLength(11);
    // Finished sites were not fetched again.
    const again = fx.net.requests.slice(before).map((q) => q.host.replace(/^www\./, ''));
    for (const done of first) expect(again).not.toContain(new URL(done.site.url).hostname.replace(/^www\./, ''));
  });

  it('keeps going past failing sites and reports them as results', () => {
    const byHost = new Map(readResults().map((r) => [new URL(r.site.url).hostname, r]));
    expect(byHost.get('lus.test')?.status).toBe('error');
    expect(byHost.get('kapot.test')?.status).toBe('error');
    expect(byHost.get(OFFLINE_HOST)?.status).toBe('error');
    expect(byHost.get('regenboog.test')?.site.name).toBe('OBS De Regenboog');
    expect(byHost.get('swv-rivierenland.test')?.site).toMatchObject({ type: 'swv', typeSource: 'opgegeven' });
  });

  it('writes a self-contained dashboard with charts, a sortable table, clicks to find and a drill-down', () => {
    const html = readFileSync(join(dir, 'dashboard.html'), 'utf8');
    expect(html).toContain('audit van 11 websites');
    expect(html).not.toMatch(/<link[^>]+stylesheet|<script[^>]+src=|@import/);
    // Per rule: a bar with the shares in words.
    const row = /<tr data-rule="web-school.schoolgids">([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
    expect(row).toMatch(/class="seg seg-aanwezig" style="width:\d+(\.\d)?%"/);
    expect(row).toMatch(/aanwezig \d+ \(\d+(,\d)?%\)/);
    expect(row).toMatch(/<td class="num" data-sort="[\d.]+">[\d,]+/);
    const aanbod = /<tr data-rule="web-school.ondersteuningsaanbod">([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
    expect(aanbod).toContain('ontbreekt');
    // The sites × rules tables (one per site type), readable without the script.
    expect(html).toContain('<h3>Scholen (');
    expect(html).toContain('<h3>Samenwerkingsverbanden (2)</h3>');
    expect(html).toMatch(/<table class="matrix sortable">/);
    expect(html).toContain('niet gecontroleerd: startpagina niet op te halen: de doorverwijzingen gaan in een kringetje rond');
    // Drill-down with evidence links into the PDF, and the hard-to-find marker.
    expect(html).toMatch(/<details id="site-\d+" class="site">/);
    expect(html).toMatch(/href="http:\/\/regenboog\.test:\d+\/documenten\/schoolgids-2025-2026\.pdf#page=\d+"/);
    expect(html).toContain('moeilijk vindbaar (meer dan 3 klikken)');
    expect(html).toContain('te groot (meer dan 1 MB)');
    expect(html).toContain("document.querySelectorAll('table.sortable')");
  });

  it('writes the CSV, one row per site and rule, with a "fout" row for a failed site', () => {
    const csv = readFileSync(join(dir, 'resultaten.csv'), 'utf8');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('\uFEFFnaam,website,soort,sector,regel,titel,niveau,uitkomst,klikken,moeilijk-vindbaar,vindplaats,pagina,melding');
    expect(lines.some((l) => l.startsWith('OBS De Regenboog,') && l.includes(',web-school.schoolgids,') && l.includes(',aanwezig,2,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('Basisschool De Lus,') && l.includes(',fout,'))).toBe(true);
  });
});

describe('passend-check crawl', () => {
  it('prints the site verdicts with where they were found, and writes JSON', async () => {
    const io = captureIo();
    const code = await runCrawl(fx.net.url('deltacollege.test'), { peildatum: PEILDATUM, delay: '0', timeout: '4' }, io, { fetcher: fx.fetcher });
    expect(code).toBe(0);
    const text = io.out.join('');
    expect(text).toContain('web-school.ondersteuningsaanbod');
    expect(text).toContain('4 klikken — moeilijk vindbaar (meer dan 3 klikken)');
    const jsonPath = join(dir, 'delta.json');
    await runCrawl(fx.net.url('deltacollege.test'), { peildatum: PEILDATUM, delay: '0', output: jsonPath }, captureIo(), { fetcher: fx.fetcher });
    const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as SiteReport;
    expect(report.kind).toBe('site');
    expect(report.rules.find((r) => r.rule === 'web-school.ondersteuningsaanbod')?.found?.clicks).toBe(4);
  });

  it('exits with 2 and one error line when the site cannot be checked', async () => {
    const io = captureIo();
    expect(await runCrawl(fx.net.url('kapot.test'), { peildatum: PEILDATUM }, io, { fetcher: fx.fetcher })).toBe(2);
    expect(io.err.join('')).toMatch(/^passend-check: fout: .*404/);
  });
});
