/**
 * The site report: one verdict per rule for a whole website (its pages and the documents it
 * links to), plus what was crawled. The best evidence across the site wins
 * (aanwezig > gedeeltelijk > handmatig > ontbreekt; nvt only when nothing applied), with the
 * address, the page number and the number of clicks from the home page where it was found.
 * Pure data and pure functions: the CLI streams these as JSONL, the dashboard renders them.
 */
import type { RuleSet } from '../rules/ruleset';
import type { DocumentType, Level, Sector, Verdict } from '../rules/schema';
import type { DocumentReport, RuleResult } from './model';

export const SITE_REPORT_VERSION = '1.0.0';

/** More than this many clicks from the home page: hard to find for a parent. */
export const FINDABLE_CLICKS = 3;

export type SiteType = 'school' | 'swv';

export const SITE_PACKS: Record<SiteType, DocumentType[]> = {
  school: ['website-school', 'schoolgids', 'schoolondersteuningsprofiel'],
  swv: ['website-swv', 'ondersteuningsplan'],
};

export const SITE_PAGE_TYPE: Record<SiteType, DocumentType> = { school: 'website-school', swv: 'website-swv' };

/** How an address ended up in the crawl. */
export interface CrawledEntry {
  url: string;
  /** Clicks from the home page (0 = the home page itself). */
  clicks: number;
  /** The page that linked here first. */
  foundOn?: string;
  kind: 'page' | 'document';
  status: 'ok' | 'error' | 'skipped';
  /** Machine code for error/skipped: http-404, timeout, te-groot, inhoudstype, robots, doorverwijzing, … */
  code?: string;
  /** Dutch one-liner for error/skipped. */
  message?: string;
  type?: DocumentType;
  title?: string;
}

export interface SiteFinding {
  url: string;
  clicks: number;
  page?: number;
  openUrl?: string;
  quote?: string;
  documentType: DocumentType;
  documentTitle?: string;
}

export interface SiteRuleResult {
  rule: string;
  title: string;
  pack: string;
  level: Level;
  /** null: no page or document of the kind this rule judges was found, so it was not judged. */
  verdict: Verdict | null;
  reason: string;
  message: string;
  /** Where the winning verdict came from. */
  found?: SiteFinding;
  /** The winning evidence is more than FINDABLE_CLICKS clicks deep. */
  hardToFind?: boolean;
  /** How many pages or documents this rule was judged on. */
  judgedOn: number;
}

export interface SiteDocument {
  url: string;
  clicks: number;
  foundOn?: string;
  report: DocumentReport;
}

export interface SiteTimings {
  fetchMs: number;
  extractMs: number;
  evaluateMs: number;
}

export interface SiteSummary {
  aanwezig: number;
  gedeeltelijk: number;
  ontbreekt: number;
  handmatig: number;
  nvt: number;
  /** Rules not judged because no page or document of their kind was found. */
  nietBeoordeeld: number;
}

export interface SiteReport {
  schemaVersion: string;
  kind: 'site';
  site: {
    /** The address as given (the key for resuming an audit). */
    url: string;
    /** Where the home page really is after redirects. */
    homeUrl?: string;
    name?: string;
    type: SiteType;
    typeSource: 'opgegeven' | 'herkend';
    sector: Sector;
  };
  status: 'ok' | 'error';
  /** Why the site could not be judged (unreachable, 404 home page, redirect loop, …). */
  error?: string;
  errorCode?: string;
  peildatum: string;
  rulesVersion: string;
  startedAt: string;
  durationMs: number;
  /** The crawl stopped early: page budget or time budget used up. */
  truncated?: 'paginas' | 'tijd';
  limits: Record<string, number>;
  robots: { found: boolean; blocked: number };
  pages: CrawledEntry[];
  documents: SiteDocument[];
  rules: SiteRuleResult[];
  summary: SiteSummary;
  timings: SiteTimings;
}

const RANK: Record<Verdict, number> = { aanwezig: 4, gedeeltelijk: 3, handmatig: 2, ontbreekt: 1, nvt: 0 };

/** Is `a` better evidence than `b`? Better verdict first, then fewer clicks. */
export function betterThan(a: { verdict: Verdict; clicks: number }, b: { verdict: Verdict; clicks: number }): boolean {
  if (RANK[a.verdict] !== RANK[b.verdict]) return RANK[a.verdict] > RANK[b.verdict];
  return a.clicks < b.clicks;
}

interface Best {
  result: RuleResult;
  url: string;
  clicks: number;
  documentType: DocumentType;
  documentTitle?: string;
  judgedOn: number;
}

/**
 * Collects rule results page by page and keeps only the best per rule, so a crawl never holds
 * more than one result per rule in memory, whatever the number of pages.
 */
export class SiteVerdicts {
  private readonly best = new Map<string, Best>();

  add(report: DocumentReport, url: string, clicks: number): void {
    for (const result of report.results) {
      const current = this.best.get(result.rule);
      if (!current) {
        const entry: Best = { result: trimResult(result), url, clicks, documentType: report.classification.type, judgedOn: 1 };
        if (report.title) entry.documentTitle = report.title;
        this.best.set(result.rule, entry);
        continue;
      }
      current.judgedOn++;
      if (betterThan({ verdict: result.verdict, clicks }, { verdict: current.result.verdict, clicks: current.clicks })) {
        current.result = trimResult(result);
        current.url = url;
        current.clicks = clicks;
        current.documentType = report.classification.type;
        if (report.title) current.documentTitle = report.title;
        else delete current.documentTitle;
      }
    }
  }

  /** One result per rule of the site's packs, in rule-set order. */
  finish(ruleSet: RuleSet, siteType: SiteType): SiteRuleResult[] {
    const types = new Set(SITE_PACKS[siteType]);
    const out: SiteRuleResult[] = [];
    for (const rule of ruleSet.rules) {
      if (!rule.applies_to.some((t) => types.has(t))) continue;
      const best = this.best.get(rule.id);
      const pack = ruleSet.packs.find((p) => rule.applies_to.some((t) => p.applies_to.includes(t)))?.id ?? rule.id.split('.')[0]!;
      if (!best) {
        const kinds = rule.applies_to.filter((t) => types.has(t)).join(' of ');
        out.push({
          rule: rule.id,
          title: rule.title,
          pack,
          level: rule.level,
          verdict: null,
          reason: 'geen-document',
          message: `Niet beoordeeld: op de site is geen ${kinds} gevonden.`,
          judgedOn: 0,
        });
        continue;
      }
      const r = best.result;
      const evidence = r.evidence[0];
      const found: SiteFinding = { url: best.url, clicks: best.clicks, documentType: best.documentType };
      if (best.documentTitle) found.documentTitle = best.documentTitle;
      if (evidence?.page !== undefined) found.page = evidence.page;
      if (evidence?.openUrl) found.openUrl = evidence.openUrl;
      if (evidence?.text) found.quote = evidence.text;
      const result: SiteRuleResult = { rule: r.rule, title: r.title, pack: r.pack, level: r.level, verdict: r.verdict, reason: r.reason, message: r.message, judgedOn: best.judgedOn };
      if (r.verdict === 'aanwezig' || r.verdict === 'gedeeltelijk') {
        result.found = found;
        if (best.clicks > FINDABLE_CLICKS) result.hardToFind = true;
      } else if (r.verdict === 'handmatig') {
        result.found = found;
      }
      out.push(result);
    }
    return out;
  }
}

/** Keep what a report needs; drop long evidence lists (memory on long audits). */
export function trimResult(result: RuleResult): RuleResult {
  const trimmed: RuleResult = { ...result, evidence: result.evidence.slice(0, 2).map((e) => ({ ...e, text: e.text.length > 400 ? `${e.text.slice(0, 397)}…` : e.text })) };
  if (trimmed.searched && trimmed.searched.terms.length > 30) trimmed.searched = { terms: trimmed.searched.terms.slice(0, 30) };
  return trimmed;
}

export function trimDocumentReport(report: DocumentReport): DocumentReport {
  return { ...report, results: report.results.map(trimResult) };
}

export function summarizeSite(rules: readonly SiteRuleResult[]): SiteSummary {
  const s: SiteSummary = { aanwezig: 0, gedeeltelijk: 0, ontbreekt: 0, handmatig: 0, nvt: 0, nietBeoordeeld: 0 };
  for (const r of rules) {
    if (r.verdict === null) s.nietBeoordeeld++;
    else s[r.verdict]++;
  }
  return s;
}

/** The address as a resume key: no fragment, no trailing slash differences, lower-case host. */
export function siteKey(url: string): string {
  try {
    const u = new URL(url.trim());
    u.hash = '';
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}${u.search}`;
  } catch {
    return url.trim();
  }
}
