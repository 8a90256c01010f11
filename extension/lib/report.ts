/**
 * Report assembly for the extension: the same Report model and formatters as the CLI
 * (core/report), with the user's judgements folded in as userJudgement.
 */
import { makeReport } from '../../core/check';
import { formatReport } from '../../core/report/format/index';
import type { DocumentReport, Report } from '../../core/report/model';
import { VERDICT_ORDER, VERDICT_SYMBOL, VERDICT_WORD, countVerdicts, documentName, documentTypeLabel } from '../../core/report/summary';
import type { RuleSet } from '../../core/rules/ruleset';
import type { DocumentJudgements } from './storage';

export const TOOL_VERSION = '0.1.0';

/** The URL (or file name) a document's judgements are stored under. */
export function documentKey(doc: DocumentReport): string {
  return doc.source.url ?? doc.source.path ?? '';
}

export function withJudgements(doc: DocumentReport, judgements: DocumentJudgements): DocumentReport {
  return {
    ...doc,
    results: doc.results.map((r) => {
      const j = judgements[r.rule];
      if (!j) {
        const { userJudgement: _drop, ...rest } = r;
        return rest;
      }
      return { ...r, userJudgement: { verdict: j.verdict, note: j.note, at: j.at } };
    }),
  };
}

export function buildReport(documents: DocumentReport[], ruleSet: RuleSet, peildatum: string): Report {
  return makeReport(documents, { ruleSet, peildatum, toolVersion: TOOL_VERSION });
}

export type ExportFormat = 'html' | 'json' | 'csv';

export const EXPORT_TYPES: Record<ExportFormat, { mime: string; ext: string }> = {
  html: { mime: 'text/html;charset=utf-8', ext: 'html' },
  json: { mime: 'application/json', ext: 'json' },
  csv: { mime: 'text/csv;charset=utf-8', ext: 'csv' },
};

export function exportReport(report: Report, format: ExportFormat): string {
  return formatReport(report, format, { title: 'Passend Check – rapport' });
}

/** "passend-check-schoolgids-2026-03-01.html" */
export function exportFileName(report: Report, format: ExportFormat): string {
  const first = report.documents[0];
  const kind = first ? first.classification.type : 'rapport';
  return `passend-check-${kind}-${report.peildatum}.${EXPORT_TYPES[format].ext}`;
}

/** A short plain-text summary for the clipboard: one line per document, then the missing items. */
export function shortSummary(report: Report): string {
  const lines: string[] = [`Passend Check (peildatum ${report.peildatum})`];
  for (const doc of report.documents) {
    const name = documentName(doc);
    if (doc.status === 'error') {
      lines.push(`${name}: kon niet beoordelen (${doc.error ?? 'onbekende fout'})`);
      continue;
    }
    const counts = countVerdicts(doc.results);
    const parts = VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => `${VERDICT_SYMBOL[v]} ${counts[v]} ${VERDICT_WORD[v]}`);
    lines.push(`${name} (${documentTypeLabel(doc)}): ${parts.join(', ') || 'geen eisen'}`);
    for (const r of doc.results) {
      const verdict = r.userJudgement?.verdict ?? r.verdict;
      if (verdict === 'ontbreekt' || verdict === 'gedeeltelijk') lines.push(`  ${VERDICT_SYMBOL[verdict]} ${VERDICT_WORD[verdict]}: ${r.title}`);
    }
  }
  if (report.documents[0]?.source.url) lines.push(`Bron: ${report.documents[0].source.url}`);
  return lines.join('\n');
}
