/**
 * The audit's input: a CSV with at least a column of web addresses. Comma or semicolon (Dutch
 * Excel writes semicolons), quoted fields, a header row with Dutch or English names:
 * url/website/adres, naam/name, type/soort (school of swv), sector (po, vo, so).
 */
import type { SiteType } from '../../core/report/site';
import type { Sector } from '../../core/rules/schema';

export interface SiteRow {
  /** 1-based line number in the file, for messages. */
  line: number;
  url: string;
  name?: string;
  type?: SiteType;
  sector?: Sector;
}

const URL_NAMES = ['url', 'website', 'webadres', 'adres', 'site', 'homepage', 'internetadres'];
const NAME_NAMES = ['naam', 'name', 'school', 'instelling', 'organisatie'];
const TYPE_NAMES = ['type', 'soort'];
const SECTOR_NAMES = ['sector'];

/** RFC 4180 fields of one file, with the given delimiter. */
export function parseCsvRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.length === 0) quoted = true;
    else if (c === delimiter) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field.length > 0 || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function parseType(value: string): SiteType | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'school' || v === 'website-school') return 'school';
  if (v === 'swv' || v === 'samenwerkingsverband' || v === 'website-swv') return 'swv';
  return undefined;
}

function parseSectorValue(value: string): Sector | undefined {
  const v = value.trim().toLowerCase();
  return v === 'po' || v === 'vo' || v === 'so' ? v : undefined;
}

export function parseSitesCsv(raw: string): { rows: SiteRow[]; problems: string[] } {
  const text = raw.replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
  const records = parseCsvRecords(text, delimiter);
  const problems: string[] = [];
  if (records.length === 0) return { rows: [], problems: ['het bestand is leeg'] };
  const header = records[0]!.map((h) => h.trim().toLowerCase());
  const find = (names: string[]): number => header.findIndex((h) => names.includes(h));
  let urlCol = find(URL_NAMES);
  let start = 1;
  if (urlCol < 0) {
    // No header: a plain list of addresses (the first column).
    if (/^(https?:\/\/|www\.|[a-z0-9-]+\.[a-z]{2,})/i.test(records[0]![0]?.trim() ?? '')) {
      urlCol = 0;
      start = 0;
    } else {
      return { rows: [], problems: [`geen kolom met webadressen gevonden; noem de kolom "url" (kolommen: ${header.join(', ')})`] };
    }
  }
  const nameCol = start === 0 ? -1 : find(NAME_NAMES);
  const typeCol = start === 0 ? -1 : find(TYPE_NAMES);
  const sectorCol = start === 0 ? -1 : find(SECTOR_NAMES);
  const rows: SiteRow[] = [];
  for (let i = start; i < records.length; i++) {
    const rec = records[i]!;
    const line = i + 1;
    if (rec.every((f) => f.trim() === '')) continue;
    let url = (rec[urlCol] ?? '').trim();
    if (!url) {
      problems.push(`regel ${line}: geen webadres`);
      continue;
    }
    if (!/^https?:\/\//i.test(url)) url = `https://${url}`;
    try {
      new URL(url);
    } catch {
      problems.push(`regel ${line}: ongeldig webadres "${url}"`);
      continue;
    }
    const row: SiteRow = { line, url };
    const name = nameCol >= 0 ? rec[nameCol]?.trim() : undefined;
    if (name) row.name = name;
    if (typeCol >= 0 && rec[typeCol]?.trim()) {
      const type = parseType(rec[typeCol]);
      if (type) row.type = type;
      else problems.push(`regel ${line}: onbekend type "${rec[typeCol]}" (gebruik school of swv); het type wordt herkend`);
    }
    if (sectorCol >= 0 && rec[sectorCol]?.trim()) {
      const sector = parseSectorValue(rec[sectorCol]);
      if (sector) row.sector = sector;
      else problems.push(`regel ${line}: onbekende sector "${rec[sectorCol]}" (gebruik po, vo of so); de sector wordt herkend`);
    }
    rows.push(row);
  }
  return { rows, problems };
}
