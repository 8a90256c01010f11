/**
 * Crawl one website from its home page and judge it: breadth-first over same-site links (so the
 * click count of every page is the shortest path from the home page), pages judged by the
 * website pack, PDFs and DOCX by their own packs, one site verdict per rule at the end.
 * No Node I/O here: the network comes in as a Fetcher. Document models are dropped right after
 * evaluation; only trimmed results stay, so memory does not grow with the size of the site.
 */
import { checkModel, errorReport } from '../check';
import { classifyDocument } from '../classify/classify';
import type { ExtractEnv } from '../extract/env';
import { extractDocument } from '../extract/index';
import type { DocumentModel } from '../model/document';
import { ExtractionError } from '../model/document';
import type { DocumentReport } from '../report/model';
import type { CrawledEntry, SiteDocument, SiteReport, SiteType } from '../report/site';
import { SITE_PACKS, SITE_PAGE_TYPE, SITE_REPORT_VERSION, SiteVerdicts, summarizeSite, trimDocumentReport } from '../report/site';
import type { RuleSet } from '../rules/ruleset';
import type { DocumentType, Sector } from '../rules/schema';
import type { Fetcher, FetchOutcome } from './fetcher';
import { HostGate } from './host-gate';
import type { CrawlLimits } from './limits';
import { resolveCrawlLimits } from './limits';
import { crawlMessages } from './messages';
import type { RobotsPolicy } from './robots';
import { ALLOW_ALL, disallowAll, parseRobots } from './robots';
import { hostOf, isSameSite, isSkippedByExtension, linkPriority, looksLikeDocument, normalizeUrl, siteHost } from './urls';

export interface CrawlDeps {
  fetcher: Fetcher;
  env: ExtractEnv;
  ruleSet: RuleSet;
  userAgent: string;
  /** Shared across the sites of an audit; a private one is made when absent. */
  gate?: HostGate;
  now?: () => number;
  onProgress?: (progress: CrawlProgress) => void;
}

export interface CrawlProgress {
  url: string;
  fetched: number;
  maxPages: number;
}

export interface CrawlOptions {
  peildatum: string;
  siteType?: SiteType;
  sector?: Sector;
  name?: string;
  limits?: Partial<CrawlLimits>;
}

const READABLE_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);
/** Servers often send PDFs and DOCX as a generic type; then the name decides. */
const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream', 'application/download', 'application/force-download', '']);

export function isReadableType(mimeType: string, url: string): boolean {
  return READABLE_TYPES.has(mimeType) || (GENERIC_TYPES.has(mimeType) && looksLikeDocument(url));
}

const DOCUMENT_TYPES = new Set<DocumentType>(['ondersteuningsplan', 'schoolgids', 'schoolondersteuningsprofiel']);

interface QueueItem {
  url: string;
  clicks: number;
  foundOn?: string;
  priority: number;
  seq: number;
}

type Fetched =
  | { kind: 'ok'; url: string; mimeType: string; bytes: Uint8Array }
  | { kind: 'problem'; status: 'error' | 'skipped'; code: string; message: string; url: string }
  | { kind: 'duplicate' };

export async function crawlSite(startUrl: string, deps: CrawlDeps, options: CrawlOptions): Promise<SiteReport> {
  return new SiteCrawl(startUrl, deps, options).run();
}

class SiteCrawl {
  private readonly limits: CrawlLimits;
  private readonly now: () => number;
  private readonly gate: HostGate;
  private readonly started: number;
  private readonly deadline: number;
  private readonly siteHosts = new Set<string>();
  private readonly robots = new Map<string, Promise<RobotsPolicy>>();
  private readonly fetchedUrls = new Set<string>();
  private readonly queued = new Set<string>();
  private readonly queue: QueueItem[] = [];
  private readonly verdicts = new SiteVerdicts();
  private readonly pages: CrawledEntry[] = [];
  private readonly documents: SiteDocument[] = [];
  private readonly timings = { fetchMs: 0, extractMs: 0, evaluateMs: 0 };
  private robotsFound = false;
  private robotsBlocked = 0;
  private seq = 0;
  private fetchCount = 0;
  private siteType: SiteType = 'school';
  private typeSource: 'opgegeven' | 'herkend' = 'herkend';
  private sector: Sector = 'onbekend';

  constructor(
    private readonly startUrl: string,
    private readonly deps: CrawlDeps,
    private readonly options: CrawlOptions,
  ) {
    this.limits = resolveCrawlLimits(options.limits);
    this.now = deps.now ?? (() => Date.now());
    this.gate = deps.gate ?? new HostGate(this.limits.delayMs);
    this.started = this.now();
    this.deadline = this.started + this.limits.siteTimeoutMs;
    if (options.siteType) {
      this.siteType = options.siteType;
      this.typeSource = 'opgegeven';
    }
    if (options.sector) this.sector = options.sector;
  }

  async run(): Promise<SiteReport> {
    const start = normalizeUrl(this.startUrl.trim());
    if (!start) return this.failed('ongeldig-adres', `ongeldig webadres: ${this.startUrl}`);
    this.siteHosts.add(siteHost(hostOf(start)));

    const home = await this.fetchFollowing(start, true);
    if (home.kind !== 'ok') {
      if (home.kind === 'duplicate') return this.failed('doorverwijzing', crawlMessages.redirectLoop);
      if (home.code === 'robots') return this.failed('robots', crawlMessages.homeBlocked);
      return this.failed(home.code, crawlMessages.homeFailed(home.message));
    }
    this.fetchCount++;
    let homeModel: DocumentModel;
    try {
      homeModel = await this.extract(home.url, home.mimeType, home.bytes);
    } catch (error) {
      return this.failed('onleesbaar', `startpagina kon niet gelezen worden: ${messageOf(error)}`);
    }
    if (homeModel.source.format !== 'html') return this.failed('geen-webpagina', crawlMessages.homeNotHtml);
    const homeClass = classifyDocument(homeModel);
    if (!this.options.siteType) this.siteType = homeClass.type === 'website-swv' ? 'swv' : 'school';
    if (!this.options.sector && homeClass.sector !== 'onbekend') this.sector = homeClass.sector;
    this.judgePage(homeModel, home.url, 0, undefined);

    let truncated: SiteReport['truncated'];
    for (;;) {
      const next = this.dequeue();
      if (!next) break;
      if (this.fetchedUrls.has(next.url)) continue;
      if (this.fetchCount >= this.limits.maxPages) {
        truncated = 'paginas';
        break;
      }
      if (this.now() >= this.deadline) {
        truncated = 'tijd';
        break;
      }
      await this.visit(next);
    }

    const rules = this.verdicts.finish(this.deps.ruleSet, this.siteType);
    const report = this.base();
    report.site.homeUrl = home.url;
    report.rules = rules;
    report.summary = summarizeSite(rules);
    if (truncated) report.truncated = truncated;
    return report;
  }

  private async visit(item: QueueItem): Promise<void> {
    const result = await this.fetchFollowing(item.url, false);
    if (result.kind === 'duplicate') return;
    const entry: CrawledEntry = { url: item.url, clicks: item.clicks, kind: looksLikeDocument(item.url) ? 'document' : 'page', status: 'ok' };
    if (item.foundOn) entry.foundOn = item.foundOn;
    if (result.kind === 'problem') {
      if (result.code !== 'robots') this.fetchCount++;
      entry.status = result.status;
      entry.code = result.code;
      entry.message = result.message;
      this.pages.push(entry);
      return;
    }
    this.fetchCount++;
    if (result.url !== item.url) entry.url = result.url;
    let model: DocumentModel;
    try {
      model = await this.extract(result.url, result.mimeType, result.bytes);
    } catch (error) {
      entry.status = 'error';
      entry.code = 'onleesbaar';
      entry.message = messageOf(error);
      const report = errorReport({ url: result.url, bytes: result.bytes }, entry.message);
      this.pages.push(entry);
      if (entry.kind === 'document' || result.mimeType !== 'text/html') this.documents.push(siteDocument(result.url, item, report));
      return;
    }
    if (model.source.format === 'html') {
      entry.kind = 'page';
      const type = this.judgePage(model, result.url, item.clicks, item.foundOn, entry);
      entry.type = type;
    } else {
      entry.kind = 'document';
      const report = this.evaluate(model, { sector: this.options.sector });
      this.verdicts.add(report, result.url, item.clicks);
      this.documents.push(siteDocument(result.url, item, trimDocumentReport(report)));
      entry.type = report.classification.type;
      if (report.title) entry.title = report.title;
      this.pages.push(entry);
    }
    this.deps.onProgress?.({ url: result.url, fetched: this.fetchCount, maxPages: this.limits.maxPages });
  }

  /** Judge an HTML page as a page of this site; a page that carries a whole document is judged as that document too. */
  private judgePage(model: DocumentModel, url: string, clicks: number, foundOn: string | undefined, entry?: CrawledEntry): DocumentType {
    const pageType = SITE_PAGE_TYPE[this.siteType];
    const pageReport = this.evaluate(model, { type: pageType, sector: this.sector });
    this.verdicts.add(pageReport, url, clicks);
    let type: DocumentType = pageType;
    const auto = classifyDocument(model);
    if (DOCUMENT_TYPES.has(auto.type) && SITE_PACKS[this.siteType].includes(auto.type)) {
      const docReport = this.evaluate(model, { sector: this.options.sector });
      this.verdicts.add(docReport, url, clicks);
      this.documents.push(siteDocument(url, { clicks, ...(foundOn ? { foundOn } : {}) }, trimDocumentReport(docReport)));
      type = auto.type;
    }
    const record: CrawledEntry = entry ?? { url, clicks, kind: 'page', status: 'ok' };
    record.type = type;
    if (model.title) record.title = model.title;
    this.pages.push(record);
    this.enqueueLinks(model, url, clicks);
    return type;
  }

  private evaluate(model: DocumentModel, opts: { type?: DocumentType; sector?: Sector }): DocumentReport {
    const t0 = this.now();
    const checkOpts: Parameters<typeof checkModel>[2] = { peildatum: this.options.peildatum };
    if (opts.type) checkOpts.type = opts.type;
    if (opts.sector && opts.sector !== 'onbekend') checkOpts.sector = opts.sector;
    const report = checkModel(model, this.deps.ruleSet, checkOpts);
    this.timings.evaluateMs += this.now() - t0;
    return report;
  }

  private async extract(url: string, mimeType: string, bytes: Uint8Array): Promise<DocumentModel> {
    const t0 = this.now();
    try {
      const fileName = new URL(url).pathname.split('/').pop() || undefined;
      return await extractDocument({ bytes, url, mimeType, ...(fileName ? { fileName } : {}) }, this.deps.env, {
        maxBytes: this.limits.maxBytes,
        timeoutMs: Math.max(1000, Math.min(60_000, this.deadline - this.now())),
      });
    } finally {
      this.timings.extractMs += this.now() - t0;
    }
  }

  private enqueueLinks(model: DocumentModel, pageUrl: string, clicks: number): void {
    if (clicks + 1 > this.limits.maxDepth) return;
    for (const link of model.links) {
      const url = normalizeUrl(link.href, pageUrl);
      if (!url || this.queued.has(url) || this.fetchedUrls.has(url)) continue;
      if (!isSameSite(url, this.siteHosts) || isSkippedByExtension(url)) continue;
      this.queued.add(url);
      this.queue.push({ url, clicks: clicks + 1, foundOn: pageUrl, priority: linkPriority(url, link.text), seq: this.seq++ });
    }
  }

  /** Fewest clicks first (exact click counts), then the most promising link, then page order. */
  private dequeue(): QueueItem | undefined {
    if (this.queue.length === 0) return undefined;
    let best = 0;
    for (let i = 1; i < this.queue.length; i++) {
      const a = this.queue[i]!;
      const b = this.queue[best]!;
      if (a.clicks < b.clicks || (a.clicks === b.clicks && (a.priority > b.priority || (a.priority === b.priority && a.seq < b.seq)))) best = i;
    }
    return this.queue.splice(best, 1)[0];
  }

  /** One address, following redirects within the limits, with robots.txt and same-site checks at every hop. */
  private async fetchFollowing(first: string, isHome: boolean): Promise<Fetched> {
    let url = first;
    const chain = new Set<string>();
    for (let hop = 0; ; hop++) {
      if (!isHome || hop > 0) {
        if (this.fetchedUrls.has(url)) return { kind: 'duplicate' };
      }
      chain.add(url);
      this.fetchedUrls.add(url);
      const robots = await this.robotsFor(url);
      if (!robots.isAllowed(url)) {
        this.robotsBlocked++;
        return { kind: 'problem', status: 'skipped', code: 'robots', message: robots.blockedReason ?? crawlMessages.robots, url };
      }
      const outcome = await this.request(url, (mime, u) => isReadableType(mime, u));
      if (outcome.kind === 'redirect') {
        const next = normalizeUrl(outcome.location, url);
        if (!next) return { kind: 'problem', status: 'error', code: 'doorverwijzing', message: crawlMessages.badRedirect, url };
        if (chain.has(next)) return { kind: 'problem', status: 'error', code: 'doorverwijzing', message: crawlMessages.redirectLoop, url };
        if (hop + 1 > this.limits.maxRedirects) return { kind: 'problem', status: 'error', code: 'doorverwijzing', message: crawlMessages.tooManyRedirects(this.limits.maxRedirects), url };
        if (!isSameSite(next, this.siteHosts)) {
          // The home page may move to another host (school.nl → www.stichting.nl/school): that is the site then.
          if (isHome) this.siteHosts.add(siteHost(hostOf(next)));
          else return { kind: 'problem', status: 'skipped', code: 'andere-site', message: crawlMessages.offSite(hostOf(next)), url };
        }
        url = next;
        continue;
      }
      return this.interpret(outcome, url);
    }
  }

  private interpret(outcome: Exclude<FetchOutcome, { kind: 'redirect' }>, url: string): Fetched {
    switch (outcome.kind) {
      case 'response':
        if (outcome.status >= 400 || outcome.status < 200) {
          return { kind: 'problem', status: 'error', code: `http-${outcome.status}`, message: crawlMessages.httpStatus(outcome.status), url };
        }
        if (outcome.bytes.length === 0) return { kind: 'problem', status: 'error', code: 'leeg', message: crawlMessages.empty, url };
        return { kind: 'ok', url, mimeType: outcome.mimeType, bytes: outcome.bytes };
      case 'skipped-type':
        if (outcome.status >= 400) return { kind: 'problem', status: 'error', code: `http-${outcome.status}`, message: crawlMessages.httpStatus(outcome.status), url };
        return { kind: 'problem', status: 'skipped', code: 'inhoudstype', message: crawlMessages.wrongType(outcome.mimeType), url };
      case 'too-large':
        return { kind: 'problem', status: 'skipped', code: 'te-groot', message: crawlMessages.tooLarge(this.limits.maxBytes), url };
      case 'failure':
        if (outcome.code === 'timeout') return { kind: 'problem', status: 'error', code: 'timeout', message: crawlMessages.timeout(this.requestTimeout()), url };
        return { kind: 'problem', status: 'error', code: outcome.code, message: crawlMessages.failure(outcome.code, outcome.message), url };
    }
  }

  private requestTimeout(): number {
    return Math.max(1, Math.min(this.limits.timeoutMs, this.deadline - this.now()));
  }

  private async request(url: string, accept: (mimeType: string, url: string) => boolean): Promise<FetchOutcome> {
    const host = hostOf(url);
    return this.gate.run(host, async () => {
      const t0 = this.now();
      try {
        return await this.deps.fetcher.fetch({ url, timeoutMs: this.requestTimeout(), maxBytes: this.limits.maxBytes, userAgent: this.deps.userAgent, accept });
      } finally {
        this.timings.fetchMs += this.now() - t0;
      }
    });
  }

  private robotsFor(url: string): Promise<RobotsPolicy> {
    const origin = new URL(url).origin;
    let policy = this.robots.get(origin);
    if (!policy) {
      policy = this.loadRobots(origin);
      this.robots.set(origin, policy);
    }
    return policy;
  }

  private async loadRobots(origin: string): Promise<RobotsPolicy> {
    let url = `${origin}/robots.txt`;
    for (let hop = 0; hop <= this.limits.maxRedirects; hop++) {
      const outcome = await this.request(url, () => true);
      if (outcome.kind === 'redirect') {
        const next = normalizeUrl(outcome.location, url);
        if (!next) return ALLOW_ALL;
        url = next;
        continue;
      }
      if (outcome.kind === 'response') {
        if (outcome.status >= 500) return disallowAll(crawlMessages.robotsUnavailable);
        if (outcome.status >= 400) return ALLOW_ALL;
        const text = new TextDecoder().decode(outcome.bytes);
        const policy = parseRobots(`${origin}/robots.txt`, text, this.deps.userAgent);
        this.robotsFound = true;
        if (policy.crawlDelayMs) this.gate.setHostDelay(new URL(origin).hostname, policy.crawlDelayMs);
        return policy;
      }
      if (outcome.kind === 'failure') {
        // An unreachable robots.txt on an unreachable site: the home page fetch reports the real problem.
        return outcome.code === 'timeout' ? disallowAll(crawlMessages.robotsUnavailable) : ALLOW_ALL;
      }
      // A robots.txt that is huge or not text: ignore it rather than guess.
      return ALLOW_ALL;
    }
    return ALLOW_ALL;
  }

  private base(): SiteReport {
    const site: SiteReport['site'] = { url: this.startUrl, type: this.siteType, typeSource: this.typeSource, sector: this.sector };
    if (this.options.name) site.name = this.options.name;
    return {
      schemaVersion: SITE_REPORT_VERSION,
      kind: 'site',
      site,
      status: 'ok',
      peildatum: this.options.peildatum,
      rulesVersion: this.deps.ruleSet.version,
      startedAt: new Date(Date.now() - (this.now() - this.started)).toISOString(),
      durationMs: Math.round(this.now() - this.started),
      limits: { ...this.limits },
      robots: { found: this.robotsFound, blocked: this.robotsBlocked },
      pages: this.pages,
      documents: this.documents,
      rules: [],
      summary: summarizeSite([]),
      timings: { fetchMs: Math.round(this.timings.fetchMs), extractMs: Math.round(this.timings.extractMs), evaluateMs: Math.round(this.timings.evaluateMs) },
    };
  }

  private failed(code: string, message: string): SiteReport {
    const report = this.base();
    report.status = 'error';
    report.error = message;
    report.errorCode = code;
    return report;
  }
}

function siteDocument(url: string, item: { clicks: number; foundOn?: string }, report: DocumentReport): SiteDocument {
  const doc: SiteDocument = { url, clicks: item.clicks, report };
  if (item.foundOn) doc.foundOn = item.foundOn;
  return doc;
}

function messageOf(error: unknown): string {
  if (error instanceof ExtractionError) return error.message;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
