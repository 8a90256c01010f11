/**
 * The pipeline every adapter uses: bytes → DocumentModel → classification → rule results.
 * Bad input never throws here: it becomes a document report with status "error" and a
 * one-line Dutch explanation, and its rules are "handmatig" (never "ontbreekt").
 */
import { compileRuleSet, type CompiledRuleSet } from './engine/compile';
import { evaluateDocument, summarize } from './engine/evaluate-document';
import { classifyDocument } from './classify/classify';
import type { ExtractEnv, ExtractInput, ExtractLimits } from './extract/env';
import { extractDocument } from './extract/index';
import { ExtractionError, type DocumentModel } from './model/document';
import { REPORT_SCHEMA_VERSION, type Classification, type DocumentReport, type Report } from './report/model';
import type { RuleSet } from './rules/ruleset';
import type { DocumentType, Sector } from './rules/schema';

export interface CheckOptions {
  peildatum: string;
  type?: DocumentType;
  sector?: Sector;
  limits?: ExtractLimits;
}

const compiledCache = new WeakMap<RuleSet, CompiledRuleSet>();

/** Compile once per rule set: the single-scan matcher is the expensive part. */
export function compiled(ruleSet: RuleSet): CompiledRuleSet {
  let c = compiledCache.get(ruleSet);
  if (!c) {
    c = compileRuleSet(ruleSet);
    compiledCache.set(ruleSet, c);
  }
  return c;
}

/** Classification with the user's overrides applied. */
export function classifyWithOverrides(doc: DocumentModel, opts: Pick<CheckOptions, 'type' | 'sector'>): Classification {
  const auto = classifyDocument(doc);
  if (!opts.type && !opts.sector) return auto;
  const signals = [...auto.signals];
  if (opts.type) signals.unshift(`type opgegeven door gebruiker: ${opts.type} (automatisch: ${auto.type})`);
  if (opts.sector) signals.unshift(`sector opgegeven door gebruiker: ${opts.sector} (automatisch: ${auto.sector})`);
  return {
    type: opts.type ?? auto.type,
    sector: opts.sector ?? auto.sector,
    confidence: 1,
    signals,
    overridden: true,
  };
}

/** Check an extracted document. */
export function checkModel(doc: DocumentModel, ruleSet: RuleSet, opts: CheckOptions): DocumentReport {
  const classification = classifyWithOverrides(doc, opts);
  const evaluation = evaluateDocument(doc, compiled(ruleSet), {
    peildatum: opts.peildatum,
    type: classification.type,
    sector: classification.sector,
  });
  const notices = [...evaluation.notices];
  for (const w of doc.warnings) notices.push({ level: 'warning', code: 'extractie', message: w });
  if (classification.type === 'onbekend') {
    notices.push({
      level: 'warning',
      code: 'onbekend-type',
      message: 'Niet herkend als ondersteuningsplan, schoolgids, schoolondersteuningsprofiel of school- of SWV-pagina. Geef het type zelf op om toch te controleren (CLI: --type; extensie: Instellingen).',
    });
  } else if (classification.confidence < 0.6 && !classification.overridden) {
    notices.push({
      level: 'warning',
      code: 'twijfel-type',
      message: `Het type (${classification.type}) is onzeker (${Math.round(classification.confidence * 100)}%). Klopt het niet? Geef het type op.`,
    });
  }
  const report: DocumentReport = {
    source: doc.source,
    status: 'ok',
    classification,
    notices,
    summary: evaluation.summary,
    results: evaluation.results,
  };
  if (doc.title) report.title = doc.title;
  if (doc.pageCount !== undefined) report.pageCount = doc.pageCount;
  if (evaluation.period) report.period = evaluation.period;
  if (evaluation.referenceDate) report.referenceDate = evaluation.referenceDate;
  return report;
}

function formatOf(input: ExtractInput): string {
  const name = (input.fileName ?? input.url ?? '').toLowerCase().split(/[?#]/)[0]!;
  const ext = /\.([a-z0-9]+)$/.exec(name)?.[1];
  return ext === 'htm' ? 'html' : ext ?? 'onbekend';
}

/** An unreadable document: reported, never judged. */
export function errorReport(input: Pick<ExtractInput, 'fileName' | 'url'> & { bytes?: Uint8Array }, message: string): DocumentReport {
  const source: DocumentReport['source'] = { format: formatOf(input as ExtractInput) };
  if (input.url) source.url = input.url;
  else if (input.fileName) source.path = input.fileName;
  if (input.bytes) source.bytes = input.bytes.length;
  return {
    source,
    status: 'error',
    error: message,
    classification: { type: 'onbekend', sector: 'onbekend', confidence: 0, signals: [] },
    notices: [{ level: 'error', code: 'onleesbaar', message }],
    summary: summarize([]),
    results: [],
  };
}

/** Extract and check one input. Never throws for bad input. */
export async function checkInput(input: ExtractInput, ruleSet: RuleSet, env: ExtractEnv, opts: CheckOptions): Promise<DocumentReport> {
  let doc: DocumentModel;
  try {
    doc = await extractDocument(input, env, opts.limits);
  } catch (e) {
    const message = e instanceof ExtractionError ? e.message : `Het document kon niet gelezen worden (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).`;
    return errorReport(input, message);
  }
  return checkModel(doc, ruleSet, opts);
}

export function makeReport(documents: DocumentReport[], opts: { ruleSet: RuleSet; peildatum: string; toolVersion: string; generatedAt?: string }): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'passend-check', version: opts.toolVersion },
    peildatum: opts.peildatum,
    rulesVersion: opts.ruleSet.version,
    generatedAt: opts.generatedAt ?? new Date().toISOString(),
    documents,
  };
}
