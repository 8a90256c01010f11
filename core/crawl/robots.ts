/**
 * robots.txt, per origin (RFC 9309 via robots-parser): 4xx means "no rules", a server error or
 * an unreachable file means "keep out" (the RFC's advice), a redirect is followed.
 */
import robotsParser from 'robots-parser';

export interface RobotsPolicy {
  /** Was there a robots.txt with rules? */
  found: boolean;
  isAllowed(url: string): boolean;
  /** Crawl-delay for our user agent, in milliseconds, if the site asks for one. */
  crawlDelayMs?: number;
  /** Dutch explanation when the whole origin is off limits because robots.txt failed. */
  blockedReason?: string;
}

export const ALLOW_ALL: RobotsPolicy = { found: false, isAllowed: () => true };

export function disallowAll(reason: string): RobotsPolicy {
  return { found: false, isAllowed: () => false, blockedReason: reason };
}

/** Longest Crawl-delay we accept; longer requests would stall an audit for hours. */
const MAX_CRAWL_DELAY_MS = 10_000;

export function parseRobots(robotsUrl: string, text: string, userAgent: string): RobotsPolicy {
  const robots = robotsParser(robotsUrl, text);
  const delay = robots.getCrawlDelay(userAgent);
  const policy: RobotsPolicy = {
    found: true,
    // undefined = the URL is on another origin: not this file's business.
    isAllowed: (url) => robots.isAllowed(url, userAgent) !== false,
  };
  if (delay !== undefined && Number.isFinite(delay) && delay > 0) policy.crawlDelayMs = Math.min(delay * 1000, MAX_CRAWL_DELAY_MS);
  return policy;
}
