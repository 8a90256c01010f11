/** Option parsing shared by `crawl` and `audit`: every crawl limit is a flag (Dutch errors). */
import type { CrawlLimits } from '../../core/crawl/limits';
import { DEFAULT_CRAWL_LIMITS } from '../../core/crawl/limits';
import type { SiteType } from '../../core/report/site';
import { UsageError } from '../errors';
import { parseByteSize, parseSeconds } from '../options';

export interface CrawlLimitOptions {
  maxPages?: string;
  maxDepth?: string;
  timeout?: string;
  siteTimeout?: string;
  maxBytes?: string;
  maxRedirects?: string;
  delay?: string;
}

function wholeNumber(value: string, flag: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`ongeldige waarde voor ${flag}: "${value}"; geef een heel getal van ${min} tot en met ${max}`);
  return n;
}

/** Seconds, where 0 is allowed (no pause). */
function secondsOrZero(value: string, flag: string): number {
  const n = Number(value.replace(',', '.'));
  if (!Number.isFinite(n) || n < 0 || n > 600) throw new UsageError(`ongeldige waarde voor ${flag}: "${value}"; geef een aantal seconden, bijvoorbeeld 1`);
  return Math.round(n * 1000);
}

export function parseCrawlLimits(opts: CrawlLimitOptions): Partial<CrawlLimits> {
  const limits: Partial<CrawlLimits> = {};
  if (opts.maxPages !== undefined) limits.maxPages = wholeNumber(opts.maxPages, '--max-pages', 1, 100_000);
  if (opts.maxDepth !== undefined) limits.maxDepth = wholeNumber(opts.maxDepth, '--max-depth', 0, 50);
  if (opts.timeout !== undefined) limits.timeoutMs = parseSeconds(opts.timeout);
  if (opts.siteTimeout !== undefined) limits.siteTimeoutMs = parseSeconds(opts.siteTimeout);
  if (opts.maxBytes !== undefined) limits.maxBytes = parseByteSize(opts.maxBytes);
  if (opts.maxRedirects !== undefined) limits.maxRedirects = wholeNumber(opts.maxRedirects, '--max-redirects', 0, 20);
  if (opts.delay !== undefined) limits.delayMs = secondsOrZero(opts.delay, '--delay');
  return limits;
}

export function parseSiteType(value: string): SiteType {
  const v = value.trim().toLowerCase();
  if (v === 'school' || v === 'website-school') return 'school';
  if (v === 'swv' || v === 'samenwerkingsverband' || v === 'website-swv') return 'swv';
  throw new UsageError(`ongeldig type "${value}"; kies uit school, swv`);
}

const D = DEFAULT_CRAWL_LIMITS;
/** [flag, description] pairs, so both commands document the same defaults. */
export const LIMIT_FLAGS: [string, string][] = [
  ['--max-pages <aantal>', `hoogstens zoveel adressen (pagina's en documenten) per site (standaard: ${D.maxPages})`],
  ['--max-depth <klikken>', `volg links tot zoveel klikken vanaf de startpagina (standaard: ${D.maxDepth})`],
  ['--timeout <seconden>', `maximale wachttijd per adres (standaard: ${D.timeoutMs / 1000})`],
  ['--site-timeout <seconden>', `maximale tijd per site; daarna stopt de site met wat er is (standaard: ${D.siteTimeoutMs / 1000})`],
  ['--max-bytes <grootte>', `maximale grootte per bestand, bijvoorbeeld 20MB (standaard: ${D.maxBytes / 1024 / 1024}MB)`],
  ['--max-redirects <aantal>', `hoogstens zoveel doorverwijzingen per adres (standaard: ${D.maxRedirects})`],
  ['--delay <seconden>', `pauze tussen twee verzoeken aan dezelfde server (standaard: ${D.delayMs / 1000}; robots.txt kan om meer vragen)`],
];
