/**
 * `passend-check audit sites.csv`: audit many sites. Bounded concurrency, live progress, budgets
 * per site, resumable through the JSONL results, and at the end a dashboard and a CSV.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Fetcher } from '../../core/crawl/fetcher';
import type { AuditOutcome } from '../crawl/audit-runner';
import { runAudit } from '../crawl/audit-runner';
import { createNodeFetcher } from '../crawl/node-fetcher';
import type { CrawlLimitOptions } from '../crawl/options';
import { parseCrawlLimits, parseSiteType } from '../crawl/options';
import { createProgress } from '../crawl/progress';
import { parseSitesCsv } from '../crawl/sites-csv';
import { nodeEnv } from '../env';
import { EXIT_OK, InputError, UsageError } from '../errors';
import { parsePeildatum, today } from '../options';
import { loadRulesDir } from '../rules-dir';
import { TOOL_VERSION, USER_AGENT } from '../version';

export interface AuditCommandOptions extends CrawlLimitOptions {
  outputDir?: string;
  concurrency?: string;
  type?: string;
  peildatum?: string;
  rules?: string;
  resume?: boolean;
}

export interface AuditIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTty: boolean;
  /** Whether stderr (where the progress goes) is a terminal. */
  stderrIsTty?: boolean;
}

export interface AuditOverrides {
  fetcher?: Fetcher;
  /** Stop starting new sites when this fires (tests simulate an interruption with it). */
  signal?: AbortSignal;
}

export const DEFAULT_OUTPUT_DIR = 'audit-resultaat';
export const DEFAULT_CONCURRENCY = 4;

function percentage(part: number, total: number): string {
  return total === 0 ? '0%' : `${Math.round((part / total) * 100)}%`;
}

export function formatAuditSummary(outcome: AuditOutcome): string {
  const seconds = Math.round(outcome.durationMs / 100) / 10;
  const work = outcome.timings.fetchMs + outcome.timings.extractMs + outcome.timings.evaluateMs;
  const lines = [
    outcome.interrupted ? 'Audit onderbroken. Start dezelfde opdracht opnieuw om verder te gaan; klaar zijnde sites worden overgeslagen.' : 'Audit klaar.',
    `  ${outcome.total} sites in de lijst, ${outcome.skipped} al eerder gedaan, ${outcome.checked} nu gecontroleerd, waarvan ${outcome.failed} niet bereikbaar of niet te lezen.`,
    `  ${outcome.pages} adressen bekeken in ${String(seconds).replace('.', ',')} s (ophalen ${percentage(outcome.timings.fetchMs, work)}, lezen ${percentage(outcome.timings.extractMs, work)}, beoordelen ${percentage(outcome.timings.evaluateMs, work)}).`,
    `  Resultaten (JSONL): ${outcome.files.results}`,
  ];
  if (outcome.files.dashboard) lines.push(`  Dashboard (HTML):   ${outcome.files.dashboard}`);
  if (outcome.files.csv) lines.push(`  Spreadsheet (CSV):  ${outcome.files.csv}`);
  return `${lines.join('\n')}\n`;
}

export async function runAuditCommand(csvPath: string, opts: AuditCommandOptions, io: AuditIo, overrides: AuditOverrides = {}): Promise<number> {
  const peildatum = opts.peildatum !== undefined ? parsePeildatum(opts.peildatum) : today();
  const limits = parseCrawlLimits(opts);
  const concurrency = opts.concurrency !== undefined ? Number(opts.concurrency) : DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new UsageError(`ongeldige waarde voor --concurrency: "${opts.concurrency}"; geef een heel getal van 1 tot en met 64`);
  const defaultType = opts.type !== undefined ? parseSiteType(opts.type) : undefined;

  let text: string;
  try {
    text = readFileSync(csvPath, 'utf8');
  } catch {
    throw new InputError(`bestand niet gevonden of niet te lezen: ${csvPath}`);
  }
  const { rows, problems } = parseSitesCsv(text);
  for (const p of problems) io.stderr(`passend-check: let op: ${csvPath}: ${p}\n`);
  if (rows.length === 0) throw new InputError(`${csvPath} bevat geen webadressen`);
  if (defaultType) for (const row of rows) row.type ??= defaultType;

  const outDir = opts.outputDir ?? DEFAULT_OUTPUT_DIR;
  try {
    if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
  } catch {
    throw new InputError(`kan de map ${outDir} niet maken`);
  }
  const ruleSet = loadRulesDir(opts.rules);

  // Ctrl-C: stop starting new sites; the running ones finish and are saved. A second Ctrl-C stops at once.
  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    io.stderr('\nAudit wordt gestopt na de sites die nu bezig zijn (nogmaals Ctrl-C om direct te stoppen).\n');
  };
  const signal = overrides.signal ?? controller.signal;
  if (!overrides.signal) process.on('SIGINT', onSigint);

  const own = overrides.fetcher ? undefined : createNodeFetcher();
  const progress = createProgress(io.stderr, io.stderrIsTty ?? false);
  try {
    const outcome = await runAudit(rows, { fetcher: overrides.fetcher ?? own!, env: nodeEnv, ruleSet, userAgent: USER_AGENT }, { outDir, concurrency, limits, peildatum, toolVersion: TOOL_VERSION, fresh: opts.resume === false, signal }, progress);
    io.stdout(formatAuditSummary(outcome));
    return EXIT_OK;
  } finally {
    own?.close();
    if (!overrides.signal) process.off('SIGINT', onSigint);
  }
}
