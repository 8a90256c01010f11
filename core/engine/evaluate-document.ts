/**
 * Evaluate every rule that fits a document's type. Packs that do not fit are never applied:
 * a news page is not an ondersteuningsplan missing everything.
 */
import type { DocumentModel } from '../model/document';
import type { Notice, Period, RuleResult, Summary } from '../report/model';
import type { DocumentType, Sector } from '../rules/schema';
import { formatDutchDate } from '../text/dates';
import type { CompiledRuleSet } from './compile';
import { makeContext } from './conditions';
import { DocIndex } from './doc-index';
import { evaluateRule, type DocumentFacts } from './evaluate-rule';
import { NearMissClassifier } from './near-miss';
import { documentPeriod } from './period';

export interface EvaluateOptions {
  peildatum: string;
  type: DocumentType;
  sector: Sector;
  /** Only these rule ids (e.g. when running one rule's examples). */
  onlyRules?: string[];
}

export interface DocumentEvaluation {
  results: RuleResult[];
  notices: Notice[];
  period?: Period;
  referenceDate?: string;
  summary: Summary;
}

export function summarize(results: RuleResult[]): Summary {
  const s: Summary = { aanwezig: 0, gedeeltelijk: 0, ontbreekt: 0, handmatig: 0, nvt: 0 };
  for (const r of results) s[r.verdict]++;
  return s;
}

export function evaluateDocument(doc: DocumentModel, compiled: CompiledRuleSet, opts: EvaluateOptions): DocumentEvaluation {
  const index = new DocIndex(doc, compiled.matcher);
  const ctx = makeContext(index, compiled);
  const nm = new NearMissClassifier(index, compiled);
  const notices: Notice[] = [];

  const period = documentPeriod(index, opts.type);
  // The law in force at the start of the document's own period judges it.
  const referenceDate = period?.from;
  if (period?.to && period.to < opts.peildatum) {
    notices.push({
      level: 'warning',
      code: 'verouderd',
      message: `Dit document hoort bij ${period.text}; die periode was op de peildatum (${formatDutchDate(opts.peildatum)}) voorbij. Kijk of er een nieuwere versie is.`,
    });
  }
  if (referenceDate && referenceDate < opts.peildatum && period) {
    notices.push({
      level: 'info',
      code: 'recht-van-periode',
      message: `Beoordeeld naar de wet zoals die gold op ${formatDutchDate(referenceDate)}, het begin van de periode van dit document (${period.text}).`,
    });
  }

  const pack = compiled.ruleSet.packs.find((p) => p.applies_to.includes(opts.type as never));
  const facts: DocumentFacts = {
    type: opts.type,
    sector: opts.sector,
    peildatum: opts.peildatum,
    pack: pack?.id ?? opts.type,
    format: doc.source.format,
    ...(referenceDate ? { referenceDate } : {}),
    ...(period ? { period } : {}),
    ...(doc.source.url ?? doc.source.path ? { sourceUrl: doc.source.url ?? doc.source.path } : {}),
  };

  const results: RuleResult[] = [];
  for (const rule of compiled.rules.values()) {
    if (!rule.applies_to.includes(opts.type as never)) continue;
    if (opts.onlyRules && !opts.onlyRules.includes(rule.id)) continue;
    results.push(evaluateRule(rule, ctx, nm, facts));
  }
  const later = results.filter((r) => r.reason === 'nvt-later-recht');
  if (later.length > 0) {
    notices.push({
      level: 'info',
      code: 'later-recht',
      message: `Na het begin van de periode van dit document kwamen er wettelijke eisen bij (${later.map((r) => r.rule).join(', ')}). Die gelden voor dit document nog niet, maar wel voor het volgende.`,
    });
  }
  const out: DocumentEvaluation = { results, notices, summary: summarize(results) };
  if (period) out.period = period;
  if (referenceDate) out.referenceDate = referenceDate;
  return out;
}
