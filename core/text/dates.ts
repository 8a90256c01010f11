/**
 * Dates and periods in Dutch documents: schooljaren ("2024-2025", "2024/2025", "schooljaar
 * 24-25"), planperiodes ("2022-2026", "2022 t/m 2026", "1 augustus 2022 tot 31 juli 2026"),
 * adoption dates ("vastgesteld op 3 maart 2025", "vastgesteld d.d. 03-03-2025") and plain dates.
 * Works on folded text (lower case, no diacritics).
 */

export type DateKind = 'schooljaar' | 'planperiode' | 'vaststelling' | 'datum';

export interface FoundDate {
  kind: DateKind;
  /** ISO date: start of the period, or the date itself. */
  from: string;
  /** ISO date: end of the period (periods only). */
  to?: string;
  /** Offsets in the scanned text. */
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, febr: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

// "3 maart 2025", "03-03-2025", "3/3/2025", "2025-03-03"
const TEXT_DATE = `(\\d{1,2})(?:e)?\\s+(${MONTH_ALT})\\.?\\s+(\\d{4})`;
const NUM_DATE = `(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})`;
const ISO_DATE = `(\\d{4})-(\\d{2})-(\\d{2})`;
const ANY_DATE = new RegExp(`(?<![\\d])(?:${TEXT_DATE}|${NUM_DATE}|${ISO_DATE})(?![\\d])`, 'g');

function parseDateMatch(m: RegExpExecArray): string | null {
  if (m[1] !== undefined) {
    const y = Number(m[3]), mo = MONTHS[m[2]!] ?? 0, d = Number(m[1]);
    return validDay(y, mo, d) ? iso(y, mo, d) : null;
  }
  if (m[4] !== undefined) {
    const y = Number(m[6]), mo = Number(m[5]), d = Number(m[4]);
    return validDay(y, mo, d) ? iso(y, mo, d) : null;
  }
  const y = Number(m[7]), mo = Number(m[8]), d = Number(m[9]);
  return validDay(y, mo, d) ? iso(y, mo, d) : null;
}

// Year ranges: "2024-2025", "2024 / 2025", "2022 t/m 2026", "2022 tot en met 2026", "24-25" after "schooljaar".
const YEAR_RANGE = /(?<![\d\-/.])(20\d{2}|19\d{2})\s*(?:-|\/|t\/m|tot en met|tot)\s*(20\d{2}|\d{2})(?![\d\-/]|\.\d)/g;
const SHORT_SCHOOLJAAR = /(?:schooljaar|cursusjaar)\s+(\d{2})\s*[-/]\s*(\d{2})(?![\d])/g;
const DATE_RANGE = new RegExp(`(?:${TEXT_DATE}|${NUM_DATE})\\s*(?:-|tot en met|t/m|tot)\\s*(?:${TEXT_DATE}|${NUM_DATE})`, 'g');
const ADOPTION_CUE = /(vastgesteld|vaststelling|goedgekeurd|bekrachtigd|ondertekend|ingestemd|instemming)/g;

/** Find all dates and periods in folded text. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const covered: [number, number][] = [];
  const isCovered = (s: number, e: number): boolean => covered.some(([a, b]) => s < b && e > a);

  // Explicit date ranges first ("1 augustus 2022 tot 31 juli 2026").
  DATE_RANGE.lastIndex = 0;
  for (let m = DATE_RANGE.exec(text); m; m = DATE_RANGE.exec(text)) {
    const inner = [...m[0].matchAll(new RegExp(ANY_DATE.source, 'g'))].map((x) => parseDateMatch(x));
    const [a, b] = inner;
    if (a && b && a < b) {
      const years = Number(b.slice(0, 4)) - Number(a.slice(0, 4));
      found.push({ kind: years <= 1 ? 'schooljaar' : 'planperiode', from: a, to: b, start: m.index, end: m.index + m[0].length });
      covered.push([m.index, m.index + m[0].length]);
    }
  }

  YEAR_RANGE.lastIndex = 0;
  for (let m = YEAR_RANGE.exec(text); m; m = YEAR_RANGE.exec(text)) {
    if (isCovered(m.index, m.index + m[0].length)) continue;
    const y1 = Number(m[1]);
    let y2 = fullYear(m[2]!);
    if (m[2]!.length === 2) y2 = Math.floor(y1 / 100) * 100 + Number(m[2]);
    const span = y2 - y1;
    if (span < 1 || span > 8) continue;
    found.push({
      kind: span === 1 ? 'schooljaar' : 'planperiode',
      from: iso(y1, 8, 1),
      to: iso(y2, 7, 31),
      start: m.index,
      end: m.index + m[0].length,
    });
    covered.push([m.index, m.index + m[0].length]);
  }

  SHORT_SCHOOLJAAR.lastIndex = 0;
  for (let m = SHORT_SCHOOLJAAR.exec(text); m; m = SHORT_SCHOOLJAAR.exec(text)) {
    if (isCovered(m.index, m.index + m[0].length)) continue;
    const y1 = 2000 + Number(m[1]), y2 = 2000 + Number(m[2]);
    if (y2 - y1 !== 1) continue;
    found.push({ kind: 'schooljaar', from: iso(y1, 8, 1), to: iso(y2, 7, 31), start: m.index, end: m.index + m[0].length });
  }

  // Single dates; an adoption cue shortly before makes it a vaststelling.
  const re = new RegExp(ANY_DATE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (isCovered(m.index, m.index + m[0].length)) continue;
    const date = parseDateMatch(m);
    if (!date) continue;
    // Look back within the same sentence only.
    let before = text.slice(Math.max(0, m.index - 80), m.index);
    const cut = Math.max(lastSentenceEnd(before), before.lastIndexOf('\n'));
    if (cut >= 0) before = before.slice(cut + 1);
    ADOPTION_CUE.lastIndex = 0;
    const adopted = ADOPTION_CUE.test(before);
    found.push({ kind: adopted ? 'vaststelling' : 'datum', from: date, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Offset of the last sentence-ending period in `text`, ignoring abbreviations like "d.d." or "t.a.v.". */
function lastSentenceEnd(text: string): number {
  let last = -1;
  for (const m of text.matchAll(/([\p{L}.]*)\.\s/gu)) {
    const word = m[1] ?? '';
    if (word.length >= 3 && !word.includes('.')) last = m.index + word.length;
  }
  return last;
}

/** Whole years between two ISO dates (b after a), counting a partial year as not complete. */
export function yearsBetween(a: string, b: string): number {
  const [ya, ma, da] = a.split('-').map(Number) as [number, number, number];
  const [yb, mb, db] = b.split('-').map(Number) as [number, number, number];
  let years = yb - ya;
  if (mb < ma || (mb === ma && db < da)) years--;
  return years;
}

export function formatDutchDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const names = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  return `${d} ${names[m - 1]} ${y}`;
}
