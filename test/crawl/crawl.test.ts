import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteReport } from '../../core/report/site';
import { OFFLINE_HOST } from '../fixtures/sites/sites';
import type { Fixture } from './helpers';
import { USER_AGENT, pathOf, startFixture } from './helpers';

let fx: Fixture;
const reports = new Map<string, SiteReport>();

async function site(host: string): Promise<SiteReport> {
  let report = reports.get(host);
  if (!report) {
    report = await fx.crawl(host);
    reports.set(host, report);
  }
  return report;
}

function rule(report: SiteReport, id: string) {
  const r = report.rules.find((x) => x.rule === id);
  if (!r) throw new Error(`regel ${id} ontbreekt in het site-rapport`);
  return r;
}

beforeAll(async () => {
  fx = await startFixture();
}, 30_000);

afterAll(async () => {
  await fx.close();
});

describe('crawlSite on the fixture internet', () => {
  it('combines pages and a linked PDF into one verdict per rule, with place, page number and clicks', async () => {
    const r = await site('regenboog.test');
    expect(r.status).toBe('ok');
    expect(r.site).toMatchObject({ type: 'school', typeSource: 'herkend', sector: 'po' });
    const gids = rule(r, 'web-school.schoolgids');
    expect(gids.verdict).toBe('aanwezig');
    expect(pathOf(gids.found!.url)).toBe('/ouders/passend-onderwijs');
    expect(gids.found!.clicks).toBe(2);
    expect(gids.hardToFind).toBeUndefined();
    const klachten = rule(r, 'sg.klachten');
    expect(klachten.verdict).toBe('aanwezig');
    expect(pathOf(klachten.found!.url)).toBe('/documenten/schoolgids-2025-2026.pdf');
    expect(klachten.found!.clicks).toBe(3);
    expect(klachten.found!.page).toBeGreaterThan(1);
    expect(klachten.found!.openUrl).toMatch(/schoolgids-2025-2026\.pdf#page=\d+$/);
    // The PDF is reported as a document of its own too.
    const doc = r.documents.find((d) => pathOf(d.url) === '/documenten/schoolgids-2025-2026.pdf');
    expect(doc?.report.classification.type).toBe('schoolgids');
    expect(doc?.clicks).toBe(3);
    expect(doc?.foundOn && pathOf(doc.foundOn)).toBe('/ouders/passend-onderwijs');
    // No SOP on this site: its rules are "not judged", never "ontbreekt".
    expect(rule(r, 'sop.grenzen')).toMatchObject({ verdict: null, reason: 'geen-document' });
    expect(r.summary.nietBeoordeeld).toBeGreaterThan(0);
  });

  it('records broken links as results and fetches every address once, with an identifying User-Agent', async () => {
    const r = await site('regenboog.test');
    const broken = r.pages.filter((p) => p.code === 'http-404').map((p) => pathOf(p.url));
    expect(broken).toEqual(expect.arrayContaining(['/ouders/schooltijden', '/nieuws/oud-bericht', '/documenten/klachtenregeling.pdf']));
    const requests = fx.net.requests.filter((q) => q.host === 'regenboog.test');
    const paths = requests.map((q) => q.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((p) => p === '/robots.txt')).toHaveLength(1);
    expect(requests.every((q) => q.userAgent === USER_AGENT)).toBe(true);
    // Images and style sheets are never requested.
    expect(paths.some((p) => p.startsWith('/assets/'))).toBe(false);
  });

  it('honours robots.txt: a disallowed folder is never requested and is reported as skipped', async () => {
    const r = await site('zonnebloem.test');
    const paths = fx.net.requests.filter((q) => q.host === 'zonnebloem.test').map((q) => q.path);
    expect(paths).toContain('/robots.txt');
    expect(paths.some((p) => p.startsWith('/intern/'))).toBe(false);
    expect(r.robots).toEqual({ found: true, blocked: 1 });
    expect(r.pages.find((p) => pathOf(p.url) === '/intern/ouders')).toMatchObject({ status: 'skipped', code: 'robots', clicks: 1 });
    // The schoolgids link sits behind the disallowed folder, so the site does not show it.
    expect(rule(r, 'web-school.schoolgids').verdict).not.toBe('aanwezig');
  });

  it('counts clicks exactly and flags content more than three clicks deep as hard to find', async () => {
    const r = await site('deltacollege.test');
    expect(r.site.sector).toBe('vo');
    const aanbod = rule(r, 'web-school.ondersteuningsaanbod');
    expect(aanbod.verdict).toBe('aanwezig');
    expect(pathOf(aanbod.found!.url)).toBe('/over-ons/organisatie/beleid/leerlingondersteuning');
    expect(aanbod.found!.clicks).toBe(4);
    expect(aanbod.hardToFind).toBe(true);
    const sop = r.documents.find((d) => d.url.endsWith('.docx'));
    expect(sop?.report.classification.type).toBe('schoolondersteuningsprofiel');
    expect(sop?.clicks).toBe(5);
    expect(rule(r, 'sop.basisondersteuning').found?.clicks).toBe(5);
  });

  it('stops at the depth limit and at the page budget', async () => {
    const shallow = await fx.crawl('deltacollege.test', { limits: { maxDepth: 3 } });
    expect(Math.max(...shallow.pages.map((p) => p.clicks))).toBe(3);
    expect(rule(shallow, 'web-school.ondersteuningsaanbod').verdict).not.toBe('aanwezig');
    const small = await fx.crawl('regenboog.test', { limits: { maxPages: 3 } });
    expect(small.truncated).toBe('paginas');
    expect(small.pages.filter((p) => p.code !== 'robots').length).toBeLessThanOrEqual(3);
  });

  it('reports a slow page, an oversized file, a wrong content type and a broken PDF, and goes on', async () => {
    const r = await site('wilgenhoek.test');
    expect(r.status).toBe('ok');
    const byPath = new Map(r.pages.map((p) => [pathOf(p.url), p]));
    expect(byPath.get('/nieuws')).toMatchObject({ status: 'error', code: 'timeout' });
    expect(byPath.get('/downloads/fotoalbum-schoolreis.pdf')).toMatchObject({ status: 'skipped', code: 'te-groot' });
    expect(byPath.get('/downloads/video-musical.pdf')).toMatchObject({ status: 'skipped', code: 'te-groot' });
    expect(byPath.get('/downloads/jaarplan.pdf')).toMatchObject({ status: 'skipped', code: 'inhoudstype' });
    expect(byPath.get('/downloads/jaarplan.pdf')?.message).toContain('image/png');
    expect(byPath.get('/downloads/oud-reglement.pdf')).toMatchObject({ status: 'error', code: 'onleesbaar' });
    const broken = r.documents.find((d) => d.url.endsWith('oud-reglement.pdf'));
    expect(broken?.report.status).toBe('error');
    // The good schoolgids on the same page is still read and judged.
    expect(rule(r, 'sg.schooljaar')).toMatchObject({ verdict: 'aanwezig' });
    expect(rule(r, 'sg.schooljaar').found?.clicks).toBe(2);
  });

  it('recognises an SWV site and judges its plan with the ondersteuningsplan pack', async () => {
    const r = await site('swv-rivierenland.test');
    expect(r.site.type).toBe('swv');
    expect(r.rules.some((x) => x.rule.startsWith('web-school.'))).toBe(false);
    expect(rule(r, 'op.looptijd')).toMatchObject({ verdict: 'aanwezig' });
    expect(rule(r, 'op.looptijd').found).toMatchObject({ clicks: 2, page: 1 });
    expect(rule(r, 'web-swv.steunpunt').found?.clicks).toBe(0);
    expect(r.pages.find((p) => pathOf(p.url) === '/documenten/jaarverslag-2024.pdf')).toMatchObject({ code: 'http-404' });
  });

  it('follows a redirect to the www host as the same site', async () => {
    const r = await site('waterlinie.test');
    expect(r.status).toBe('ok');
    expect(new URL(r.site.homeUrl!).hostname).toBe('www.waterlinie.test');
    expect(r.pages.filter((p) => p.status === 'ok').length).toBeGreaterThan(3);
    expect(rule(r, 'op.toelaatbaarheid').verdict).toBe('aanwezig');
  });

  it('stays on the site: a link to another host is not followed', async () => {
    const r = await site('vlinder.test');
    expect(r.status).toBe('ok');
    expect(fx.net.requests.some((q) => q.host === 'portaal-stichting.test')).toBe(false);
  });

  it('turns a redirect loop, a 404 home page and an unknown host into site results', async () => {
    const loop = await site('lus.test');
    expect(loop).toMatchObject({ status: 'error', errorCode: 'doorverwijzing' });
    expect(loop.error).toContain('kringetje');
    const gone = await site('kapot.test');
    expect(gone).toMatchObject({ status: 'error', errorCode: 'http-404' });
    expect(gone.error).toContain('404');
    const offline = await site(OFFLINE_HOST);
    expect(offline).toMatchObject({ status: 'error', errorCode: 'dns' });
    expect(offline.rules).toEqual([]);
  });

  it('keeps the report small: no document text, at most two quotes per result', async () => {
    const r = await site('swv-rivierenland.test');
    for (const d of r.documents) for (const res of d.report.results) expect(res.evidence.length).toBeLessThanOrEqual(2);
    // A 30 kB plan must not travel along in the report.
    expect(JSON.stringify(r).length).toBeLessThan(120_000);
  });
});
