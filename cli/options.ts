/** Parsing and checking of option values, with Dutch messages (UsageError → exit 2). */
import { DocumentType, Level, Sector } from '../core/rules/schema';
import { UsageError } from './errors';

export const FORMATS = ['stylish', 'json', 'sarif', 'html', 'markdown', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  '.json': 'json',
  '.sarif': 'sarif',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.csv': 'csv',
  '.txt': 'stylish',
};

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`ongeldige ${what} "${value}"; kies uit ${allowed.join(', ')}`);
}

export function parseFormat(value: string): Format {
  return oneOf(value, FORMATS, 'uitvoervorm (--format)');
}

/** Without --format, `--output rapport.html` means html. */
export function formatForOutput(path: string): Format | undefined {
  const match = /\.[a-z]+$/i.exec(path);
  return match ? FORMAT_BY_EXTENSION[match[0].toLowerCase()] : undefined;
}

export function parseLevel(value: string): Level {
  return oneOf(value, Level.options, 'niveau (--fail-on)');
}

export function parseType(value: string): DocumentType {
  return oneOf(value, DocumentType.options.filter((t) => t !== 'onbekend'), 'documentsoort (--type)');
}

export function parseSector(value: string): Sector {
  return oneOf(value, Sector.options.filter((s) => s !== 'onbekend'), 'sector (--sector)');
}

/** A real calendar date as JJJJ-MM-DD. */
export function parsePeildatum(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1990 && year <= 2100) {
      return value;
    }
  }
  throw new UsageError(`ongeldige peildatum "${value}"; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-01-15`);
}

/** Today in the local time zone, as JJJJ-MM-DD. */
export function today(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Seconds (may be a fraction) → milliseconds. */
export function parseSeconds(value: string): number {
  const seconds = Number(value.replace(',', '.'));
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600) {
    throw new UsageError(`ongeldige wachttijd (--timeout) "${value}"; geef een aantal seconden, bijvoorbeeld 30`);
  }
  return Math.round(seconds * 1000);
}

/** "50MB", "500kB", "1048576" → bytes. */
export function parseByteSize(value: string): number {
  const match = /^(\d+(?:[.,]\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  const unit = (match?.[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('g') ? 1024 ** 3 : 1;
  const bytes = match ? Math.floor(Number(match[1]!.replace(',', '.')) * factor) : NaN;
  if (!Number.isFinite(bytes) || bytes <= 0) {
    throw new UsageError(`ongeldige grootte (--max-bytes) "${value}"; bijvoorbeeld 50MB, 500kB of 1000000`);
  }
  return bytes;
}

/** Levels from strictest to mildest: --fail-on beleid also fails on wettelijk. */
export function levelsAtOrAbove(level: Level): Level[] {
  const order = Level.options;
  return order.slice(0, order.indexOf(level) + 1);
}
