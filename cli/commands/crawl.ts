/**
 * `passend-check crawl <url>`: crawl one site from its home page and judge it as a whole.
 * The crawling and judging live in core/crawl; this command does the I/O around it.
 */
import { writeFileSync } from 'node:fs';
import { crawlSite } from '../../core/crawl/crawl-site';
import type { Fetcher } from '../../core/crawl/fetcher';
import { formatDashboard } from '../../core/report/format/dashboard';
import { formatSiteCsv } from '../../core/report/format/site-csv';
import type { SiteReport } from '../../core/report/site';
import { createNodeFetcher } from '../crawl/node-fetcher';
import type { CrawlLimitOptions } from '../crawl/options';
import { parseCrawlLimits, parseSiteType } from '../crawl/options';
import { formatSiteText } from '../crawl/site-text';
import { nodeEnv } from '../env';
import { EXIT_ERROR, EXIT_OK, InputError, UsageError, errorLine } from '../errors';
import { parsePeildatum, parseSector, today } from '../options';
import { loadRulesDir } from '../rules-dir';
import { TOOL_VERSION, USER_AGENT } from '../version';

export interface CrawlCommandOptions extends CrawlLimitOptions {
  type?: string;
  sector?: string;
  peildatum?: string;
  format?: string;
  output?: string;
  rules?: string;
}

export interface CrawlIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTty: boolean;
}

/** Tests pass a fetcher that resolves made-up host names to a local server. */
export interface CrawlOverrides {
  fetcher?: Fetcher;
}

const SITE_FORMATS = ['text', 'json', 'html', 'csv'] as const;
type SiteFormat = (typeof SITE_FORMATS)[number];

function siteFormat(opts: CrawlCommandOptions): SiteFormat {
  if (opts.format !== undefined) {
    if ((SITE_FORMATS as readonly string[]).includes(opts.format)) return opts.format as SiteFormat;
    throw new UsageError(`ongeldige uitvoervorm (--format) "${opts.format}"; kies uit ${SITE_FORMATS.join(', ')}`);
  }
  const ext = /\.([a-z]+)$/i.exec(opts.output ?? '')?.[1]?.toLowerCase();
  if (ext === 'json' || ext === 'html' || ext === 'csv') return ext;
  if (ext === 'htm') return 'html';
  return 'text';
}

export function formatSite(report: SiteReport, format: SiteFormat, peildatum: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'html':
      return formatDashboard([report], { generatedAt: new Date().toISOString(), peildatum, toolVersion: TOOL_VERSION, title: `Passend Check: ${report.site.name ?? report.site.url}` });
    case 'csv':
      return formatSiteCsv([report]);
    case 'text':
      return formatSiteText(report);
  }
}

export async function runCrawl(address: string, opts: CrawlCommandOptions, io: CrawlIo, overrides: CrawlOverrides = {}): Promise<number> {
  if (!/^https?:\/\//i.test(address)) throw new UsageError(`geef een webadres dat begint met http:// of https://, bijvoorbeeld https://www.voorbeeldschool.nl (kreeg "${address}")`);
  const format = siteFormat(opts);
  const peildatum = opts.peildatum !== undefined ? parsePeildatum(opts.peildatum) : today();
  const limits = parseCrawlLimits(opts);
  const crawlOptions: Parameters<typeof crawlSite>[2] = { peildatum, limits };
  if (opts.type !== undefined) crawlOptions.siteType = parseSiteType(opts.type);
  if (opts.sector !== undefined) crawlOptions.sector = parseSector(opts.sector);
  const ruleSet = loadRulesDir(opts.rules);

  const own = overrides.fetcher ? undefined : createNodeFetcher();
  const fetcher = overrides.fetcher ?? own!;
  let report: SiteReport;
  try {
    report = await crawlSite(address, { fetcher, env: nodeEnv, ruleSet, userAgent: USER_AGENT }, crawlOptions);
  } finally {
    own?.close();
  }

  const text = formatSite(report, format, peildatum);
  if (opts.output) {
    try {
      writeFileSync(opts.output, text);
    } catch {
      throw new InputError(`kan niet schrijven naar ${opts.output}`);
    }
    if (format !== 'text') io.stdout(formatSiteText(report));
  } else {
    io.stdout(text);
  }
  if (report.status === 'error') {
    io.stderr(`${errorLine(`${address}: ${report.error ?? 'niet gecontroleerd'}`)}\n`);
    return EXIT_ERROR;
  }
  return EXIT_OK;
}
