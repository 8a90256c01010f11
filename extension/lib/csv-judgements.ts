/**
 * The CSV export with the user's judgements: core's CSV (same columns, same order) plus
 * "eigen oordeel", "toelichting" and "beoordeeld op". core/report/format/csv.ts has no
 * userJudgement columns yet; until it has, the extension appends them here, row by row in
 * core's own order. If the row count ever disagrees, core's CSV is returned unchanged.
 */
import { CSV_BOM, csvField, formatCsv } from '../../core/report/format/csv';
import type { Report } from '../../core/report/model';
import { sortBySeverity } from '../../core/report/summary';

export const JUDGEMENT_COLUMNS = ['eigen oordeel', 'toelichting', 'beoordeeld op'] as const;

export function formatCsvWithJudgements(report: Report): string {
  const core = formatCsv(report);
  const lines = core.slice(CSV_BOM.length).replace(/\r\n$/, '').split('\r\n');
  const extra: string[] = [JUDGEMENT_COLUMNS.map(csvField).join(',')];
  for (const doc of report.documents) {
    if (doc.status === 'error') extra.push(',,');
    for (const r of sortBySeverity(doc.results)) {
      const j = r.userJudgement;
      extra.push(j ? [j.verdict, j.note, j.at.slice(0, 10)].map(csvField).join(',') : ',,');
    }
  }
  if (extra.length !== lines.length) return core;
  return `${CSV_BOM}${lines.map((line, i) => `${line},${extra[i]}`).join('\r\n')}\r\n`;
}
