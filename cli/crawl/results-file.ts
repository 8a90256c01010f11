/**
 * The audit's results: one site report per line (JSONL), appended the moment a site is done,
 * so an interrupted audit loses at most the sites that were still running. A rerun reads the
 * keys of the finished sites and skips them. A half-written last line (power cut, kill -9) is
 * ignored and the site is done again.
 */
import { appendFileSync, closeSync, createReadStream, existsSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SiteReport } from '../../core/report/site';
import { siteKey } from '../../core/report/site';

function parseLine(line: string): SiteReport | undefined {
  if (!line.trim()) return undefined;
  try {
    const value = JSON.parse(line) as SiteReport;
    return value && value.kind === 'site' && typeof value.site?.url === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Keys of the sites already in the file. */
export async function readDoneKeys(path: string): Promise<Set<string>> {
  const done = new Set<string>();
  for await (const report of readSiteReports(path)) done.add(siteKey(report.site.url));
  return done;
}

/** Streams the reports line by line (never the whole file as one string). */
export async function* readSiteReports(path: string): AsyncGenerator<SiteReport> {
  if (!existsSync(path)) return;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    const report = parseLine(line);
    if (report) yield report;
  }
}

/** Make sure the next append starts on a fresh line (after a half-written one). */
export function prepareResultsFile(path: string, fresh: boolean): void {
  if (fresh || !existsSync(path)) {
    writeFileSync(path, '');
    return;
  }
  const size = statSync(path).size;
  if (size === 0) return;
  const fd = openSync(path, 'r');
  const last = Buffer.alloc(1);
  try {
    readSync(fd, last, 0, 1, size - 1);
  } finally {
    closeSync(fd);
  }
  if (last[0] !== 0x0a) appendFileSync(path, '\n');
}

export function appendSiteReport(path: string, report: SiteReport): void {
  appendFileSync(path, `${JSON.stringify(report)}\n`);
}
