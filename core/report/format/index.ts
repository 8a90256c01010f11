/**
 * The report formatters: pure functions of the Report, no I/O. The CLI writes their output to
 * stdout or a file; the browser extension offers the same formats as "Exporteren".
 */
import type { Report } from '../model';
import { formatCsv } from './csv';
import { formatHtml } from './html';
import { formatJson } from './json';
import { formatMarkdown } from './markdown';
import type { FormatOptions } from './options';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export type { FormatOptions } from './options';
export { assertValidReport, InvalidReportError } from './json';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'html', 'markdown', 'csv'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export interface FormatInfo {
  name: FormatName;
  /** For --help and the extension's export menu. */
  description: string;
  /** File extension for saving, without the dot. */
  extension: string;
  mimeType: string;
}

export const FORMATS: readonly FormatInfo[] = [
  { name: 'stylish', description: 'Overzicht voor de terminal', extension: 'txt', mimeType: 'text/plain;charset=utf-8' },
  { name: 'json', description: 'Volledig rapport als JSON (vast formaat, zie docs/report-format.md)', extension: 'json', mimeType: 'application/json' },
  { name: 'sarif', description: 'SARIF 2.1.0 voor analysetools (GitHub, VS Code)', extension: 'sarif', mimeType: 'application/sarif+json' },
  { name: 'html', description: 'Leesbaar en printbaar rapport in één HTML-bestand', extension: 'html', mimeType: 'text/html;charset=utf-8' },
  { name: 'markdown', description: 'Rapport in Markdown', extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  { name: 'csv', description: 'Tabel voor Excel en andere spreadsheets (één regel per document en eis)', extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
];

export function isFormatName(value: string): value is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(value);
}

export function formatReport(report: Report, format: FormatName, options: FormatOptions = {}): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report, options);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report, options);
    case 'html':
      return formatHtml(report, options);
    case 'markdown':
      return formatMarkdown(report);
    case 'csv':
      return formatCsv(report);
  }
}

export { formatCsv, formatHtml, formatJson, formatMarkdown, formatSarif, formatStylish };
