/**
 * `markdown`: a readable report for issues, wikis and e-mail. Per document a fact list, a count
 * table and a results table. Text from documents is escaped so it cannot break the table
 * (`|`, line breaks) or smuggle in HTML or links.
 */
import type { DocumentReport, Report, RuleResult } from '../model';
import {
  DISCLAIMER,
  LEVEL_EXPLANATION,
  LEVEL_LABEL,
  VERDICT_SYMBOL,
  VERDICT_WORD,
  articlesLabel,
  confidenceLabel,
  countVerdicts,
  documentName,
  documentSource,
  documentTypeLabel,
  evidenceLocation,
  formatDate,
  periodLabel,
  sectorLabel,
  shortenText,
  sortBySeverity,
  summaryParts,
  totalSummary,
} from '../summary';

/** Inline text: HTML neutralised, Markdown punctuation that could start links or emphasis escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([`*_[\]|#~!])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, ' ');
}

/** A table cell: escaped inline text; line breaks would end the row, so they become <br>. */
export function escapeCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeMarkdown(line))
    .join('<br>');
}

function resultRow(r: RuleResult): string {
  const ev = r.evidence[0];
  const notes: string[] = [r.message];
  if (r.missing && r.missing.length > 0) notes.push(`Ontbreekt: ${r.missing.map((m) => m.label).join(', ')}.`);
  if (r.verdict === 'ontbreekt' && r.searched && r.searched.terms.length > 0) notes.push(`Gezocht naar: ${r.searched.terms.join(', ')}.`);
  if (r.userJudgement) notes.push(`Beoordeeld door een persoon: ${VERDICT_WORD[r.userJudgement.verdict]}${r.userJudgement.note ? ` – ${r.userJudgement.note}` : ''}`);
  const evidence = ev ? `„${shortenText(ev.text, 160)}"${evidenceLocation(ev) ? ` (${evidenceLocation(ev)})` : ''}` : '';
  const cells = [
    `${VERDICT_SYMBOL[r.verdict]} ${VERDICT_WORD[r.verdict]}`,
    `${escapeCell(r.title)} (\`${r.rule.replace(/`/g, '')}\`)`,
    escapeCell(LEVEL_LABEL[r.level]),
    notes.map(escapeCell).join('<br>'),
    escapeCell(evidence),
    escapeCell(articlesLabel(r)),
  ];
  return `| ${cells.join(' | ')} |`;
}

function documentSection(doc: DocumentReport, index: number): string[] {
  const lines = [`## ${index + 1}. ${escapeMarkdown(documentName(doc))}`, ''];
  const facts = [
    `- **Bron:** ${escapeMarkdown(documentSource(doc))}`,
    `- **Soort:** ${documentTypeLabel(doc)}, ${sectorLabel(doc)} (zekerheid ${confidenceLabel(doc)}${doc.classification.overridden ? ', door u opgegeven' : ''})`,
  ];
  if (doc.classification.signals.length > 0) facts.push(`- **Herkend aan:** ${doc.classification.signals.map(escapeMarkdown).join('; ')}`);
  const period = periodLabel(doc);
  if (period) facts.push(`- **Periode:** ${period}`);
  if (doc.referenceDate) facts.push(`- **Beoordeeld naar de wet van:** ${formatDate(doc.referenceDate)}`);
  if (doc.pageCount !== undefined) facts.push(`- **Pagina's:** ${doc.pageCount}`);
  lines.push(...facts, '');
  if (doc.status === 'error') {
    lines.push(`> ✖ **Kon niet beoordelen:** ${escapeMarkdown(doc.error ?? 'het document kon niet worden gelezen.')}`, '');
  }
  for (const n of doc.notices) {
    const prefix = n.level === 'error' ? '✖ Fout' : n.level === 'warning' ? '⚠ Let op' : 'ℹ Info';
    lines.push(`> **${prefix}:** ${escapeMarkdown(n.message)}`, '');
  }
  if (doc.results.length === 0) return lines;

  lines.push('| Uitkomst | Aantal |', '| --- | ---: |');
  for (const p of summaryParts(countVerdicts(doc.results))) lines.push(`| ${p.symbol} ${p.word} | ${p.count} |`);
  lines.push('');
  lines.push('| Uitkomst | Regel | Niveau | Melding | Bewijs | Artikel |', '| --- | --- | --- | --- | --- | --- |');
  for (const r of sortBySeverity(doc.results)) lines.push(resultRow(r));
  lines.push('');
  return lines;
}

export function formatMarkdown(report: Report): string {
  const total = totalSummary(report);
  const lines = [
    '# Passend Check – rapport',
    '',
    `Peildatum ${formatDate(report.peildatum)} · regels ${escapeMarkdown(report.rulesVersion)} · ${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)} · gemaakt ${escapeMarkdown(formatDate(report.generatedAt))}`,
    '',
    `**Totaal:** ${summaryParts(total).map((p) => `${p.symbol} ${p.count} ${p.word}`).join(' · ')}`,
    '',
    `> ${DISCLAIMER}`,
    '',
    ...Object.values(LEVEL_EXPLANATION).map((text) => `- ${text}`),
    '',
  ];
  report.documents.forEach((doc, i) => lines.push(...documentSection(doc, i)));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
