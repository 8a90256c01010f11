/**
 * Runs an audit: many sites, a bounded number at a time, one shared per-host politeness gate,
 * every finished site appended to the JSONL at once. Failures are results: whatever goes wrong
 * with one site becomes that site's report and the audit goes on. After the last site, the
 * dashboard and the CSV are written from the JSONL.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CrawlDeps } from '../../core/crawl/crawl-site';
import { crawlSite } from '../../core/crawl/crawl-site';
import { HostGate } from '../../core/crawl/host-gate';
import type { CrawlLimits } from '../../core/crawl/limits';
import { resolveCrawlLimits } from '../../core/crawl/limits';
import { formatDashboard } from '../../core/report/format/dashboard';
import { formatSiteCsvHeader, formatSiteCsvRows } from '../../core/report/format/site-csv';
import type { SiteReport } from '../../core/report/site';
import { SITE_REPORT_VERSION, siteKey, summarizeSite } from '../../core/report/site';
import type { ProgressSink } from './progress';
import { appendSiteReport, prepareResultsFile, readDoneKeys, readSiteReports } from './results-file';
import type { SiteRow } from './sites-csv';

export const RESULTS_FILE = 'resultaten.jsonl';
export const DASHBOARD_FILE = 'dashboard.html';
export const CSV_FILE = 'resultaten.csv';

export interface AuditSettings {
  outDir: string;
  concurrency: number;
  limits: Partial<CrawlLimits>;
  peildatum: string;
  toolVersion: string;
  /** Start from scratch instead of skipping the sites already in the results file. */
  fresh?: boolean;
  /** Stop starting new sites (running ones finish and are saved). */
  signal?: AbortSignal;
}

export interface AuditOutcome {
  total: number;
  skipped: number;
  checked: number;
  failed: number;
  pages: number;
  interrupted: boolean;
  durationMs: number;
  timings: { fetchMs: number; extractMs: number; evaluateMs: number };
  files: { results: string; dashboard?: string; csv?: string };
}

export async function runAudit(rows: readonly SiteRow[], deps: Omit<CrawlDeps, 'gate' | 'onProgress'>, settings: AuditSettings, progress: ProgressSink): Promise<AuditOutcome> {
  const started = Date.now();
  const results = join(settings.outDir, RESULTS_FILE);
  prepareResultsFile(results, settings.fresh === true);
  const done = await readDoneKeys(results);

  // One row per site, in file order; a site listed twice is audited once.
  const seen = new Set<string>();
  const unique = rows.filter((r) => {
    const key = siteKey(r.url);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const pending = unique.filter((r) => !done.has(siteKey(r.url)));
  const limits = resolveCrawlLimits(settings.limits);
  const gate = new HostGate(limits.delayMs);
  const outcome: AuditOutcome = {
    total: unique.length,
    skipped: unique.length - pending.length,
    checked: 0,
    failed: 0,
    pages: 0,
    interrupted: false,
    durationMs: 0,
    timings: { fetchMs: 0, extractMs: 0, evaluateMs: 0 },
    files: { results },
  };
  progress.start(unique.length, outcome.skipped);

  let next = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      if (settings.signal?.aborted) {
        outcome.interrupted = next < pending.length;
        return;
      }
      const row = pending[next++];
      if (!row) return;
      progress.siteStarted(row);
      const report = await auditOne(row, deps, gate, limits, settings, () => progress.pageFetched(row));
      appendSiteReport(results, report);
      outcome.checked++;
      if (report.status === 'error') outcome.failed++;
      outcome.pages += report.pages.length;
      outcome.timings.fetchMs += report.timings.fetchMs;
      outcome.timings.extractMs += report.timings.extractMs;
      outcome.timings.evaluateMs += report.timings.evaluateMs;
      progress.siteDone(row, report);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(settings.concurrency, pending.length || 1)) }, worker));
  progress.finish();

  if (!outcome.interrupted) {
    const order = new Map(unique.map((r, i) => [siteKey(r.url), i]));
    const reports = await loadReports(results, order);
    outcome.files.dashboard = join(settings.outDir, DASHBOARD_FILE);
    outcome.files.csv = join(settings.outDir, CSV_FILE);
    writeFileSync(outcome.files.dashboard, formatDashboard(reports, { generatedAt: new Date().toISOString(), peildatum: settings.peildatum, toolVersion: settings.toolVersion }));
    writeFileSync(outcome.files.csv, formatSiteCsvHeader() + reports.map(formatSiteCsvRows).join(''));
  }
  outcome.durationMs = Date.now() - started;
  return outcome;
}

/** The sites of this audit (in CSV order), latest report per site. */
async function loadReports(path: string, order: Map<string, number>): Promise<SiteReport[]> {
  const byKey = new Map<string, SiteReport>();
  for await (const report of readSiteReports(path)) {
    const key = siteKey(report.site.url);
    if (order.has(key)) byKey.set(key, report);
  }
  return [...byKey.entries()].sort((a, b) => order.get(a[0])! - order.get(b[0])!).map(([, r]) => r);
}

async function auditOne(row: SiteRow, deps: Omit<CrawlDeps, 'gate' | 'onProgress'>, gate: HostGate, limits: CrawlLimits, settings: AuditSettings, onPage: () => void): Promise<SiteReport> {
  try {
    const options: Parameters<typeof crawlSite>[2] = { peildatum: settings.peildatum, limits };
    if (row.name) options.name = row.name;
    if (row.type) options.siteType = row.type;
    if (row.sector) options.sector = row.sector;
    return await crawlSite(row.url, { ...deps, gate, onProgress: onPage }, options);
  } catch (error) {
    // A bug or an exotic failure in one site must not end the audit: it becomes that site's result.
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const report: SiteReport = {
      schemaVersion: SITE_REPORT_VERSION,
      kind: 'site',
      site: { url: row.url, type: row.type ?? 'school', typeSource: row.type ? 'opgegeven' : 'herkend', sector: row.sector ?? 'onbekend', ...(row.name ? { name: row.name } : {}) },
      status: 'error',
      error: `onverwachte fout bij het controleren: ${message}`,
      errorCode: 'onverwacht',
      peildatum: settings.peildatum,
      rulesVersion: deps.ruleSet.version,
      startedAt: new Date().toISOString(),
      durationMs: 0,
      limits: { ...limits },
      robots: { found: false, blocked: 0 },
      pages: [],
      documents: [],
      rules: [],
      summary: summarizeSite([]),
      timings: { fetchMs: 0, extractMs: 0, evaluateMs: 0 },
    };
    return report;
  }
}
