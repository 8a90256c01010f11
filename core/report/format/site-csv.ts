/**
 * Audit CSV: one row per (site × rule), with where the evidence was found and how many clicks
 * from the home page. A site that could not be crawled gets one row with uitkomst "fout", so it
 * never silently drops out of a spreadsheet.
 */
import type { SiteReport } from '../site';
import { CSV_BOM, csvField } from './csv';

export const SITE_CSV_COLUMNS = ['naam', 'website', 'soort', 'sector', 'regel', 'titel', 'niveau', 'uitkomst', 'klikken', 'moeilijk-vindbaar', 'vindplaats', 'pagina', 'melding'] as const;

function row(cells: (string | number | undefined)[]): string {
  return cells.map(csvField).join(',');
}

export function formatSiteCsvHeader(): string {
  return CSV_BOM + row([...SITE_CSV_COLUMNS]) + '\r\n';
}

/** The rows of one site (without header), so an audit can stream them. */
export function formatSiteCsvRows(site: SiteReport): string {
  const base = [site.site.name ?? '', site.site.url, site.site.type, site.site.sector];
  if (site.status === 'error') return row([...base, '', '', '', 'fout', '', '', '', '', site.error]) + '\r\n';
  return site.rules
    .map((r) =>
      row([
        ...base,
        r.rule,
        r.title,
        r.level,
        r.verdict ?? 'niet beoordeeld',
        r.found && (r.verdict === 'aanwezig' || r.verdict === 'gedeeltelijk') ? r.found.clicks : undefined,
        r.hardToFind ? 'ja' : '',
        r.found?.openUrl ?? r.found?.url,
        r.found?.page,
        r.message,
      ]),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}

export function formatSiteCsv(sites: readonly SiteReport[]): string {
  return formatSiteCsvHeader() + sites.map(formatSiteCsvRows).join('');
}
