/**
 * The "Bewaren en delen" bar: export as HTML/JSON/CSV (the CLI's formatters) and copy a
 * short summary. Used by the side panel and the local-file page.
 */
import type { Report } from '../../core/report/model';
import { t } from '../i18n/nl';
import { el } from './dom';
import { EXPORT_TYPES, exportFileName, exportReport, shortSummary, type ExportFormat } from './report';

export function download(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = el('a', { href: url, download: fileName, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function renderExportBar(getReport: () => Report | undefined): HTMLElement {
  const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const fallback = el('textarea', { class: 'copy-fallback', readonly: true, rows: 6, hidden: true, 'aria-label': t.copySummary });
  const button = (format: ExportFormat, label: string) => {
    const b = el('button', { type: 'button', class: `export export-${format}`, text: label });
    b.addEventListener('click', () => {
      const report = getReport();
      if (report) download(exportReport(report, format), exportFileName(report, format), EXPORT_TYPES[format].mime);
    });
    return b;
  };
  const copy = el('button', { type: 'button', class: 'copy-summary', text: t.copySummary });
  copy.addEventListener('click', () => {
    const report = getReport();
    if (!report) return;
    const text = shortSummary(report);
    fallback.value = text;
    navigator.clipboard.writeText(text).then(
      () => {
        status.textContent = t.copied;
        fallback.hidden = true;
      },
      () => {
        status.textContent = t.copyFailed;
        fallback.hidden = false;
      },
    );
  });
  return el(
    'section',
    { class: 'export-bar', 'aria-labelledby': 'export-heading' },
    el('h2', { id: 'export-heading', text: t.exportHeading }),
    el('div', { class: 'actions' }, button('html', t.exportHtml), button('json', t.exportJson), button('csv', t.exportCsv), copy),
    status,
    fallback,
  );
}
