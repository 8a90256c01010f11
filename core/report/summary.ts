/**
 * Shared helpers for the report formatters: verdict order, counts, labels and locations.
 * Every formatter speaks the same words (✖ ontbreekt, "beleid — geen wettelijke plicht", "p. 12"),
 * so those words live here and nowhere else.
 */
import type { Level, Verdict } from '../rules/schema';
import type { BasisRef, DocumentReport, Evidence, Report, RuleResult, Summary } from './model';

/** Most urgent first: what is missing, then what is incomplete, then what a person must judge. */
export const VERDICT_ORDER: readonly Verdict[] = ['ontbreekt', 'gedeeltelijk', 'handmatig', 'aanwezig', 'nvt'];

export const LEVEL_ORDER: readonly Level[] = ['wettelijk', 'beleid', 'praktijk'];

/** A symbol always goes together with a word: colour or a symbol alone is never the only signal. */
export const VERDICT_SYMBOL: Record<Verdict, string> = {
  ontbreekt: '✖',
  gedeeltelijk: '⚠',
  handmatig: '?',
  aanwezig: '✔',
  nvt: '–',
};

/** The verdict as a reader sees it (the JSON keeps the machine value). */
export const VERDICT_WORD: Record<Verdict, string> = {
  ontbreekt: 'ontbreekt',
  gedeeltelijk: 'gedeeltelijk',
  handmatig: 'handmatig',
  aanwezig: 'aanwezig',
  nvt: 'n.v.t.',
};

/** One sentence per verdict for legends. */
export const VERDICT_EXPLANATION: Record<Verdict, string> = {
  ontbreekt: 'We vonden geen informatie over dit onderwerp.',
  gedeeltelijk: 'Het onderwerp wordt genoemd, maar er ontbreekt iets of het is nog niet uitgewerkt.',
  handmatig: 'Dit kan een computer niet uit de tekst halen. Een persoon moet het beoordelen.',
  aanwezig: 'De gevraagde informatie staat erin. Dat zegt niets over de kwaliteit.',
  nvt: 'Deze eis geldt niet voor dit document (ander soort document, andere sector of andere periode).',
};

/** Short label; beleid and praktijk always say that they are not a legal duty. */
export const LEVEL_LABEL: Record<Level, string> = {
  wettelijk: 'wettelijk',
  beleid: 'beleid (geen wet)',
  praktijk: 'praktijk (geen wet)',
};

export const LEVEL_EXPLANATION: Record<Level, string> = {
  wettelijk: 'Wettelijke eis: de wet schrijft dit voor.',
  beleid: 'Beleid: landelijke afspraak of beleid. Dit is geen wettelijke plicht.',
  praktijk: 'Praktijk: goede gewoonte die ouders en professionals verwachten. Dit is geen wettelijke plicht.',
};

export const DOCUMENT_TYPE_LABEL: Record<string, string> = {
  ondersteuningsplan: 'Ondersteuningsplan',
  schoolgids: 'Schoolgids',
  schoolondersteuningsprofiel: 'Schoolondersteuningsprofiel',
  'website-school': 'Website van een school',
  'website-swv': 'Website van een samenwerkingsverband',
  onbekend: 'Onbekend soort document',
};

export const SECTOR_LABEL: Record<string, string> = {
  po: 'primair onderwijs (po)',
  vo: 'voortgezet onderwijs (vo)',
  so: 'speciaal onderwijs (so/vso)',
  onbekend: 'sector onbekend',
};

export const DISCLAIMER =
  "Deze controle kijkt alleen of informatie aanwezig is, niet of die klopt of goed is. Een 'aanwezig' betekent niet dat het document aan de wet voldoet.";

export function emptySummary(): Summary {
  return { aanwezig: 0, gedeeltelijk: 0, ontbreekt: 0, handmatig: 0, nvt: 0 };
}

/** Counts the automatic verdicts (a recorded userJudgement is shown beside it, not counted instead). */
export function countVerdicts(results: readonly RuleResult[]): Summary {
  const s = emptySummary();
  for (const r of results) s[r.verdict] += 1;
  return s;
}

export function addSummaries(a: Summary, b: Summary): Summary {
  return {
    aanwezig: a.aanwezig + b.aanwezig,
    gedeeltelijk: a.gedeeltelijk + b.gedeeltelijk,
    ontbreekt: a.ontbreekt + b.ontbreekt,
    handmatig: a.handmatig + b.handmatig,
    nvt: a.nvt + b.nvt,
  };
}

/** Totals over all documents, counted from the results themselves. */
export function totalSummary(report: Report): Summary {
  return report.documents.reduce((sum, d) => addSummaries(sum, countVerdicts(d.results)), emptySummary());
}

function rank<T>(order: readonly T[], value: T): number {
  const i = order.indexOf(value);
  return i === -1 ? order.length : i;
}

/** Verdict (most urgent first), then level (law first), then rule id: a stable order for every format. */
export function compareResults(a: RuleResult, b: RuleResult): number {
  return (
    rank(VERDICT_ORDER, a.verdict) - rank(VERDICT_ORDER, b.verdict) ||
    rank(LEVEL_ORDER, a.level) - rank(LEVEL_ORDER, b.level) ||
    a.rule.localeCompare(b.rule)
  );
}

export function sortBySeverity(results: readonly RuleResult[]): RuleResult[] {
  return [...results].sort(compareResults);
}

/** Results per verdict, each group sorted; every verdict has an entry (possibly empty). */
export function groupByVerdict(results: readonly RuleResult[]): Record<Verdict, RuleResult[]> {
  const groups: Record<Verdict, RuleResult[]> = { ontbreekt: [], gedeeltelijk: [], handmatig: [], aanwezig: [], nvt: [] };
  for (const r of sortBySeverity(results)) groups[r.verdict].push(r);
  return groups;
}

/** The path or URL that identifies the document. */
export function documentSource(doc: DocumentReport): string {
  return doc.source.path ?? doc.source.url ?? '(onbekende bron)';
}

/** A name for headings: the title when known, else the file name or URL. */
export function documentName(doc: DocumentReport): string {
  if (doc.title && doc.title.trim() !== '') return doc.title.trim();
  return documentSource(doc);
}

export function documentTypeLabel(doc: DocumentReport): string {
  return DOCUMENT_TYPE_LABEL[doc.classification.type] ?? doc.classification.type;
}

export function sectorLabel(doc: DocumentReport): string {
  return SECTOR_LABEL[doc.classification.sector] ?? doc.classification.sector;
}

export function confidenceLabel(doc: DocumentReport): string {
  return `${Math.round(doc.classification.confidence * 100)}%`;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2026-03-01" (or a timestamp on that day) → "1 maart 2026"; anything else is returned as given. */
export function formatDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!m) return value;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : value;
}

const PERIOD_KIND_LABEL: Record<string, string> = {
  planperiode: 'planperiode',
  schooljaar: 'schooljaar',
  vaststelling: 'vastgesteld',
};

/** "planperiode 1 augustus 2022 t/m 31 juli 2026". */
export function periodLabel(doc: DocumentReport): string | undefined {
  const p = doc.period;
  if (!p) return undefined;
  const kind = PERIOD_KIND_LABEL[p.kind] ?? p.kind;
  if (p.kind === 'vaststelling') return `${kind} op ${formatDate(p.from)}`;
  return p.to ? `${kind} ${formatDate(p.from)} t/m ${formatDate(p.to)}` : `${kind} vanaf ${formatDate(p.from)}`;
}

/** "WPO art. 18a lid 8 c"; a policy basis reads "<name> (geen wet)" so it can never pass as law. */
export function articleLabel(b: BasisRef): string {
  if (b.policy) return `${b.policy} (geen wet)`;
  const parts = [b.law];
  if (b.article) parts.push(`art. ${b.article}`);
  if (b.lid) parts.push(`lid ${b.lid}`);
  if (b.onderdeel) parts.push(b.onderdeel);
  return parts.join(' ');
}

/** All articles of a result, joined: "WPO art. 18a lid 8 c; WMS art. 14a". */
export function articlesLabel(result: RuleResult): string {
  return result.basis.map(articleLabel).join('; ');
}

/** A tag per legal basis, like axe's "EN-9.1.1": "WPO-18a-8c", "WVO2020-2.47-9c". Policies get none. */
export function basisTag(b: BasisRef): string | undefined {
  if (b.policy || !b.article) return undefined;
  const law = b.law.replace(/\s+/g, '');
  const tail = `${b.lid ?? ''}${b.onderdeel ?? ''}`.replace(/\s+/g, '');
  return tail ? `${law}-${b.article}-${tail}` : `${law}-${b.article}`;
}

/** Where the quote is: "p. 12", or the HTML locator, with the heading path when known. */
export function evidenceLocation(ev: Evidence): string {
  const parts: string[] = [];
  if (ev.page !== undefined) parts.push(`p. ${ev.page}`);
  if (ev.headingPath && ev.headingPath.length > 0) parts.push(ev.headingPath.join(' › '));
  if (ev.page === undefined && ev.locator) parts.push(ev.locator);
  return parts.join(', ');
}

/** Cut a quote to a readable length on a word boundary. */
export function shortenText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "2 ontbreekt, 1 gedeeltelijk, …" in verdict order, with symbols; zero counts included. */
export function summaryParts(s: Summary): { verdict: Verdict; count: number; symbol: string; word: string }[] {
  return VERDICT_ORDER.map((v) => ({ verdict: v, count: s[v], symbol: VERDICT_SYMBOL[v], word: VERDICT_WORD[v] }));
}

/**
 * Links that may become clickable in a report: http(s), file and relative URLs. Everything else
 * (javascript:, data:, vbscript:, …) is shown as text. Browsers ignore tabs and newlines inside a
 * scheme ("java\tscript:"), so those are removed before the scheme is read, and control
 * characters make a URL unsafe outright.
 */
export function isSafeLink(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(url)) return false;
  const compact = url.replace(/[\t\n\r ]/g, '');
  if (compact === '') return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(compact);
  if (!scheme) return !compact.startsWith('\\');
  return ['http', 'https', 'file'].includes(scheme[1]!.toLowerCase());
}
