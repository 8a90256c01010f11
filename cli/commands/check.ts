/**
 * `passend-check check <bestand|map|url...>`: read every input, run the core pipeline, write
 * the report. The CLI only does I/O and exit codes; extraction and rules live in core/.
 */
import { writeFileSync } from 'node:fs';
import { checkInput, errorReport, makeReport } from '../../core/check';
import type { DocumentReport, Report } from '../../core/report/model';
import { formatReport } from '../../core/report/format';
import type { DocumentType, Level, Sector } from '../../core/rules/schema';
import { nodeEnv } from '../env';
import { EXIT_ERROR, EXIT_MISSING, EXIT_OK, InputError, UsageError, errorLine } from '../errors';
import { expandInputs, readInput, specName } from '../inputs';
import type { Format } from '../options';
import { formatForOutput, levelsAtOrAbove, parseByteSize, parseFormat, parseLevel, parsePeildatum, parseSector, parseSeconds, parseType, today } from '../options';
import { loadRulesDir } from '../rules-dir';
import { TOOL_VERSION } from '../version';

export interface CheckCommandOptions {
  type?: string;
  sector?: string;
  peildatum?: string;
  format?: string;
  output?: string;
  html?: string;
  alsoStylish?: boolean;
  failOn?: string;
  rules?: string;
  color?: boolean;
  verbose?: boolean;
  timeout?: string;
  maxBytes?: string;
}

export interface CheckIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTty: boolean;
}

interface Settings {
  peildatum: string;
  type?: DocumentType;
  sector?: Sector;
  format: Format;
  failOn: Level;
  timeoutMs: number;
  maxBytes: number;
  color: boolean;
}

export const DEFAULT_TIMEOUT_SECONDS = 30;
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

function settingsFrom(opts: CheckCommandOptions, io: CheckIo): Settings {
  const format = opts.format !== undefined ? parseFormat(opts.format) : (opts.output && formatForOutput(opts.output)) || 'stylish';
  const toTerminal = !opts.output && io.stdoutIsTty;
  const settings: Settings = {
    peildatum: opts.peildatum !== undefined ? parsePeildatum(opts.peildatum) : today(),
    format,
    failOn: opts.failOn !== undefined ? parseLevel(opts.failOn) : 'wettelijk',
    timeoutMs: opts.timeout !== undefined ? parseSeconds(opts.timeout) : DEFAULT_TIMEOUT_SECONDS * 1000,
    maxBytes: opts.maxBytes !== undefined ? parseByteSize(opts.maxBytes) : DEFAULT_MAX_BYTES,
    color: opts.color !== false && toTerminal && !process.env.NO_COLOR,
  };
  if (opts.type !== undefined) settings.type = parseType(opts.type);
  if (opts.sector !== undefined) settings.sector = parseSector(opts.sector);
  return settings;
}

/** Exit 1 when a rule at the fail-on level (or stricter) is "ontbreekt" in any document. */
export function exitCodeFor(report: Report, failOn: Level): number {
  if (report.documents.some((d) => d.status === 'error')) return EXIT_ERROR;
  const levels = new Set<Level>(levelsAtOrAbove(failOn));
  const missing = report.documents.some((d) => d.results.some((r) => r.verdict === 'ontbreekt' && levels.has(r.level)));
  return missing ? EXIT_MISSING : EXIT_OK;
}

export async function runCheck(inputs: string[], opts: CheckCommandOptions, io: CheckIo): Promise<number> {
  if (inputs.length === 0) throw new UsageError('geef minstens één bestand, map of webadres op');
  const settings = settingsFrom(opts, io);
  const ruleSet = loadRulesDir(opts.rules);

  const { specs, failures } = expandInputs(inputs);
  const documents: DocumentReport[] = [];
  const failed = new Set<DocumentReport>();
  for (const failure of failures) {
    const report = errorReport({ fileName: failure.name }, failure.message);
    documents.push(report);
    failed.add(report);
  }
  for (const spec of specs) {
    const name = specName(spec);
    let report: DocumentReport;
    try {
      const input = await readInput(spec, { timeoutMs: settings.timeoutMs, maxBytes: settings.maxBytes });
      report = await checkInput(input, ruleSet, nodeEnv, {
        peildatum: settings.peildatum,
        type: settings.type,
        sector: settings.sector,
        limits: { maxBytes: settings.maxBytes, timeoutMs: Math.max(settings.timeoutMs, 60_000) },
      });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      report = errorReport(spec.kind === 'url' ? { url: spec.url } : { fileName: name }, error.message);
      failed.add(report);
    }
    documents.push(report);
    if (report.status === 'error' && !failed.has(report)) failed.add(report);
  }

  const report = makeReport(documents, { ruleSet, peildatum: settings.peildatum, toolVersion: TOOL_VERSION });
  const formatted = formatReport(report, settings.format, { color: settings.color, verbose: opts.verbose === true });
  if (opts.output) {
    writeOutput(opts.output, formatted);
    if (opts.alsoStylish && settings.format !== 'stylish') {
      io.stdout(formatReport(report, 'stylish', { color: io.stdoutIsTty && opts.color !== false && !process.env.NO_COLOR, verbose: opts.verbose === true }));
    }
  } else {
    io.stdout(formatted);
  }
  if (opts.html) writeOutput(opts.html, formatReport(report, 'html', {}));

  for (const doc of failed) {
    const name = doc.source.url ?? doc.source.path ?? '';
    const message = doc.error ?? 'het document kon niet gelezen worden';
    io.stderr(`${errorLine(message.includes(name) ? message : `${name}: ${message}`)}\n`);
  }
  return exitCodeFor(report, settings.failOn);
}

function writeOutput(path: string, text: string): void {
  try {
    writeFileSync(path, text.endsWith('\n') ? text : `${text}\n`);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(`kan niet schrijven naar ${path}${code === 'ENOENT' ? ' (bestaat de map?)' : code === 'EACCES' ? ' (geen toegang)' : ''}`);
  }
}
