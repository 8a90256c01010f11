/** Every limit of a crawl, with polite defaults; the CLI exposes each one as a flag. */
export interface CrawlLimits {
  /** Addresses fetched per site (pages and documents together). */
  maxPages: number;
  /** Follow links at most this many clicks away from the home page. */
  maxDepth: number;
  /** Per request. */
  timeoutMs: number;
  /** Per site: the crawl stops (with what it has) when this is used up. */
  siteTimeoutMs: number;
  /** Per response body. */
  maxBytes: number;
  maxRedirects: number;
  /** Pause between two requests to the same host. */
  delayMs: number;
}

export const DEFAULT_CRAWL_LIMITS: CrawlLimits = {
  maxPages: 60,
  maxDepth: 5,
  timeoutMs: 20_000,
  siteTimeoutMs: 5 * 60_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  delayMs: 1000,
};

export function resolveCrawlLimits(limits: Partial<CrawlLimits> = {}): CrawlLimits {
  const out = { ...DEFAULT_CRAWL_LIMITS };
  for (const key of Object.keys(out) as (keyof CrawlLimits)[]) {
    const value = limits[key];
    if (value !== undefined && Number.isFinite(value) && value >= 0) out[key] = value;
  }
  return out;
}
