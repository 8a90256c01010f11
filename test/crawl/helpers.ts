/** Shared set-up for the crawl and audit tests: the fixture internet and a fetcher that finds it. */
import { createNodeFetcher, lookupFor } from '../../cli/crawl/node-fetcher';
import { nodeEnv } from '../../cli/env';
import { loadRulesDir } from '../../cli/rules-dir';
import type { CrawlDeps, CrawlOptions } from '../../core/crawl/crawl-site';
import { crawlSite } from '../../core/crawl/crawl-site';
import type { Fetcher } from '../../core/crawl/fetcher';
import type { CrawlLimits } from '../../core/crawl/limits';
import type { SiteReport } from '../../core/report/site';
import type { RuleSet } from '../../core/rules/ruleset';
import type { FixtureInternet } from '../fixtures/sites/internet';
import { startInternet } from '../fixtures/sites/internet';

export const USER_AGENT = 'passend-check/0.0.0-test (+https://github.com/passend-check)';
export const PEILDATUM = '2026-01-15';
/** Small limits keep the suite fast: the slow page answers after 8 s, the big files are 2 MB. The 4 s timeout leaves room for a loaded CI machine. */
export const TEST_LIMITS: Partial<CrawlLimits> = { timeoutMs: 4000, maxBytes: 1024 * 1024, delayMs: 0, siteTimeoutMs: 30_000 };

export interface Fixture {
  net: FixtureInternet;
  fetcher: Fetcher & { close(): void };
  ruleSet: RuleSet;
  deps(): CrawlDeps;
  crawl(host: string, options?: Partial<CrawlOptions>): Promise<SiteReport>;
  close(): Promise<void>;
}

export async function startFixture(): Promise<Fixture> {
  const net = await startInternet();
  const fetcher = createNodeFetcher({ lookup: lookupFor((host) => net.resolve(host)) });
  const ruleSet = loadRulesDir();
  const deps = (): CrawlDeps => ({ fetcher, env: nodeEnv, ruleSet, userAgent: USER_AGENT });
  return {
    net,
    fetcher,
    ruleSet,
    deps,
    crawl: (host, options = {}) => crawlSite(net.url(host), deps(), { peildatum: PEILDATUM, ...options, limits: { ...TEST_LIMITS, ...options.limits } }),
    close: async () => {
      fetcher.close();
      await net.close();
    },
  };
}

export function pathOf(url: string): string {
  return new URL(url).pathname;
}
