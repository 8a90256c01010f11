/**
 * `csv`: one row per (document × rule), for spreadsheets and batch comparisons (many schools,
 * one SWV). RFC 4180: comma separated, fields with a comma, quote or line break in double quotes,
 * quotes doubled, CRLF line ends. A UTF-8 byte order mark goes first, otherwise Excel reads
 * "ë" as "Ã«". A document that could not be read gets one row with uitkomst "fout", so it never
 * silently disappears from a batch.
 */
import type { DocumentReport, Report, RuleResult } from '../model';
import { articlesLabel, documentSource, sortBySeverity } from '../summary';

export const CSV_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'bron',
  'soort',
  'sector',
  'regel',
  'titel',
  'niveau',
  'uitkomst',
  'melding',
  'bewijs',
  'pagina',
  'artikel',
  'link',
  // A person's judgement over the automatic verdict (recorded in the extension).
  'eigen oordeel',
  'toelichting',
  'beoordeeld op',
] as const;

/**
 * Spreadsheet programs run a cell that starts with =, +, -, @ (or tab/CR, which they strip first)
 * as a formula: text from a hostile document could then call out or run commands. A leading
 * apostrophe makes such a cell plain text (OWASP's advice).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(cells: (string | number | undefined)[]): string {
  return cells.map(csvField).join(',');
}

function documentCells(doc: DocumentReport): string[] {
  return [documentSource(doc), doc.classification.type, doc.classification.sector];
}

function resultRow(doc: DocumentReport, r: RuleResult): string {
  const ev = r.evidence[0];
  // The link that opens the evidence; for a result without a quote, the document's own URL.
  const link = ev?.openUrl ?? doc.source.url;
  const j = r.userJudgement;
  return row([...documentCells(doc), r.rule, r.title, r.level, r.verdict, r.message, ev?.text, ev?.page, articlesLabel(r), link, j?.verdict, j?.note, j?.at.slice(0, 10)]);
}

export function formatCsv(report: Report): string {
  const lines = [row([...CSV_COLUMNS])];
  for (const doc of report.documents) {
    if (doc.status === 'error') {
      lines.push(row([...documentCells(doc), '', '', '', 'fout', doc.error ?? 'Het document kon niet worden gelezen.', '', undefined, '', doc.source.url, '', '', '']));
    }
    for (const r of sortBySeverity(doc.results)) lines.push(resultRow(doc, r));
  }
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
