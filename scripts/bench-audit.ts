/**
 * npm run bench:audit: an audit of ≥ 100 fixture sites on loopback (the ten test sites, cloned
 * under numbered host names: regenboog-17.test …), through the real node:http fetcher, the
 * real extraction (pdf.js, mammoth, linkedom) and the full rule set. Reports pages per second,
 * peak memory (RSS and heap, sampled every 50 ms) and the share of time spent fetching,
 * extracting and evaluating (summed over the sites; fetch time includes waiting for the slow
 * page of the fixture until its timeout).
 * Settings: BENCH_SITES (default 110), BENCH_CONCURRENCY (default 4).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAudit } from '../cli/crawl/audit-runner';
import { createNodeFetcher, lookupFor } from '../cli/crawl/node-fetcher';
import type { ProgressSink } from '../cli/crawl/progress';
import type { SiteRow } from '../cli/crawl/sites-csv';
import { nodeEnv } from '../cli/env';
import { loadRulesDir } from '../cli/rules-dir';
import { TOOL_VERSION, USER_AGENT } from '../cli/version';
import { baseName, startInternet } from '../test/fixtures/sites/internet';

const SITES = Number(process.env.BENCH_SITES ?? 110);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const net = await startInternet({ log: false });
const fetcher = createNodeFetcher({ lookup: lookupFor((host) => net.resolve(host)) });
const ruleSet = loadRulesDir();
const templates = net.sites.map((s) => s.host);
const rows: SiteRow[] = Array.from({ length: SITES }, (_, i) => {
  const base = baseName(templates[i % templates.length]!);
  return { line: i + 2, url: net.url(`${base}-${i + 1}.test`), name: `${base} ${i + 1}` };
});

let peakRss = 0;
let peakHeap = 0;
const sample = (): void => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const sampler = setInterval(sample, 50);

let okPages = 0;
let crawlPeakRss = 0;
let crawlPeakHeap = 0;
let retainedHeap: number | undefined;
const progress: ProgressSink = {
  start: () => undefined,
  siteStarted: () => undefined,
  pageFetched: () => undefined,
  siteDone: (_row, report) => {
    okPages += report.pages.filter((p) => p.status === 'ok').length;
  },
  note: () => undefined,
  // Called after the last site, before the dashboard is built from the JSONL.
  finish: () => {
    sample();
    // With node --expose-gc: what stays alive after all sites (a leak would show here).
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      gc();
      retainedHeap = process.memoryUsage().heapUsed;
    }
    crawlPeakRss = peakRss;
    crawlPeakHeap = peakHeap;
  },
};

const outDir = mkdtempSync(join(tmpdir(), 'passend-check-bench-audit-'));
const startRss = process.memoryUsage().rss;
const outcome = await runAudit(
  rows,
  { fetcher, env: nodeEnv, ruleSet, userAgent: USER_AGENT },
  { outDir, concurrency: CONCURRENCY, limits: { delayMs: 0, timeoutMs: 2000, maxBytes: 1024 * 1024 }, peildatum: '2026-01-15', toolVersion: TOOL_VERSION, fresh: true },
  progress,
);
sample();
clearInterval(sampler);
fetcher.close();
await net.close();

const seconds = outcome.durationMs / 1000;
const work = outcome.timings.fetchMs + outcome.timings.extractMs + outcome.timings.evaluateMs;
const share = (x: number): string => `${((x / work) * 100).toFixed(1)}%`;
console.log(`bench:audit — ${SITES} fixture sites on loopback, concurrency ${CONCURRENCY}, node ${process.version}`);
console.log(`  sites checked ${outcome.checked} (${outcome.failed} not reachable, by design), wall time ${seconds.toFixed(1)} s`);
console.log(`  addresses looked at ${outcome.pages} (${okPages} read and judged)`);
console.log(`  pages per second: ${(outcome.pages / seconds).toFixed(1)} addresses/s, ${(okPages / seconds).toFixed(1)} judged pages/s`);
console.log(`  peak memory: RSS ${mb(peakRss)} (start ${mb(startRss)}), heap ${mb(peakHeap)}; during the crawl RSS ${mb(crawlPeakRss)}, heap ${mb(crawlPeakHeap)}`);
if (retainedHeap !== undefined) console.log(`  heap still in use after the last site (after a forced GC): ${mb(retainedHeap)}`);
console.log(`  time shares (summed over sites): fetching ${share(outcome.timings.fetchMs)}, extracting ${share(outcome.timings.extractMs)}, evaluating ${share(outcome.timings.evaluateMs)}`);
console.log(`  dashboard + CSV written: ${outcome.files.dashboard ? 'yes' : 'no'}`);
rmSync(outDir, { recursive: true, force: true });
