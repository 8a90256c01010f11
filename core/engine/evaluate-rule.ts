/**
 * One rule on one document → one RuleResult with evidence. The order of decisions is
 * documented in docs/writing-rules.md ("From conditions to a verdict"); keep them in sync.
 */
import type { BasisRef, Evidence, Notice, Period, RuleResult } from '../report/model';
import type { DocumentType, Rule, Sector, Verdict } from '../rules/schema';
import { findDates, formatDutchDate, yearsBetween } from '../text/dates';
import { fold } from '../text/fold';
import { conditionTerms } from './compile';
import { evaluate, type EvalContext, type Scope } from './conditions';
import type { Match } from './doc-index';
import { latestAdoption } from './period';
import { DEFAULT_MESSAGES, dutchList, render } from './messages';
import type { NearMissClassifier, NearMissKind, NearMissOptions } from './near-miss';
import { evidenceFor } from './evidence';

export interface DocumentFacts {
  type: DocumentType;
  sector: Sector;
  peildatum: string;
  /** The date whose law judges the document (period start), or undefined: use the peildatum. */
  referenceDate?: string;
  period?: Period;
  pack: string;
  /** For evidence links: the source URL or path. */
  sourceUrl?: string;
  format: string;
}

interface Outcome {
  verdict: Verdict;
  reason: string;
  evidence: Match[];
  partEvidence?: { id: string; match: Match }[];
  missing?: { id: string; label: string }[];
  data?: Record<string, string>;
  notices?: Notice[];
}

export function basisRefs(rule: Rule, facts: Pick<DocumentFacts, 'sector' | 'referenceDate' | 'peildatum'>): BasisRef[] {
  const date = facts.referenceDate ?? facts.peildatum;
  const refs: BasisRef[] = [];
  for (const b of rule.basis) {
    if ('beleid' in b) {
      const ref: BasisRef = { law: 'beleid', article: '', policy: b.beleid };
      if (b.url) ref.url = b.url;
      if (b.toelichting) ref.text = b.toelichting;
      refs.push(ref);
      continue;
    }
    if (b.sector && facts.sector !== 'onbekend' && !b.sector.includes(facts.sector)) continue;
    if (b.geldig?.van && date < b.geldig.van) continue;
    if (b.geldig?.tot && date > b.geldig.tot) continue;
    const ref: BasisRef = { law: b.wet, article: b.artikel, url: b.url, text: b.citaat };
    if (b.lid) ref.lid = b.lid;
    if (b.onderdeel) ref.onderdeel = b.onderdeel;
    refs.push(ref);
  }
  // Never leave a rule without its source: fall back to all law entries for the sector.
  if (refs.length === 0) {
    for (const b of rule.basis) if (!('beleid' in b)) refs.push({ law: b.wet, article: b.artikel, url: b.url, text: b.citaat, ...(b.lid ? { lid: b.lid } : {}), ...(b.onderdeel ? { onderdeel: b.onderdeel } : {}) });
  }
  return refs;
}

function applicability(rule: Rule, facts: DocumentFacts): Outcome | null {
  if (!rule.applies_to.includes(facts.type as never)) return { verdict: 'nvt', reason: 'nvt-type', evidence: [] };
  if (facts.sector !== 'onbekend' && !rule.sector.includes(facts.sector)) return { verdict: 'nvt', reason: 'nvt-sector', evidence: [] };
  const peil = rule.geldig.peil === 'peildatum' ? facts.peildatum : (facts.referenceDate ?? facts.peildatum);
  const { van, tot } = rule.geldig;
  if (peil >= van && (!tot || peil <= tot)) return null;
  if (peil < van && facts.peildatum >= van) {
    return {
      verdict: 'nvt',
      reason: 'nvt-later-recht',
      evidence: [],
      data: { van: formatDutchDate(van) },
      notices: [{ level: 'info', code: 'later-recht', message: `Deze eis geldt sinds ${formatDutchDate(van)}. De periode van dit document begon eerder; een volgend document moet er wel aan voldoen.` }],
    };
  }
  return { verdict: 'nvt', reason: 'nvt-periode', evidence: [] };
}

function nearMissOptions(rule: Rule): NearMissOptions {
  const n = rule.check.nearMiss ?? {};
  return { definition: n.definition ?? true, promise: n.promise ?? true, deferral: n.deferral ?? true, headingOnly: n.headingOnly ?? true };
}

/** Blocks in the sections (or chapters) of the given matches. */
function scopeAround(ctx: EvalContext, matches: Match[], level: 'section' | 'chapter'): Scope {
  const heads = new Set<number>();
  for (const m of matches) {
    if (m.block >= 0) heads.add(level === 'section' ? ctx.index.sectionOf[m.block]! : ctx.index.chapterOf[m.block]!);
  }
  const scope = new Set<number>();
  for (const head of heads) {
    const [from, to] = ctx.index.sectionBlocks(head);
    for (let i = from; i < to; i++) scope.add(i);
  }
  return scope;
}

function mostTelling(kinds: NearMissKind[]): NearMissKind {
  const order: NearMissKind[] = ['belofte', 'verwijzing', 'definitie', 'alleen-kop'];
  const counts = new Map<NearMissKind, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))[0]![0];
}

function decide(rule: Rule, ctx: EvalContext, nm: NearMissClassifier, facts: DocumentFacts): Outcome {
  const check = rule.check;
  const opts = nearMissOptions(rule);
  const isDateAnchor = 'date' in check.anchor;
  let anchor = evaluate(check.anchor, ctx);

  if (check.unwanted) {
    // The anchor is something that should not be there (an outdated term): finding it is the finding.
    const excuse = ctx.compiled.excuses.get(rule.id);
    const real = anchor.filter((m) => {
      if (!excuse || m.block < 0) return true;
      const [s, e] = ctx.index.sentenceRange(m.block, m.start);
      return !excuse.test(ctx.index.blockFolded(m.block).slice(s, e));
    });
    return real.length > 0 ? { verdict: 'gedeeltelijk', reason: 'ongewenst', evidence: real } : { verdict: 'aanwezig', reason: 'aanwezig', evidence: [] };
  }

  if (anchor.length === 0) {
    // A link whose text names the topic (in the content, or only in the menu or footer) means the
    // information may be elsewhere: that is "gedeeltelijk", never "ontbreekt".
    const pointerTerms = check.pointer ?? conditionTerms(check.anchor);
    const pointer = pointerTerms.length > 0 ? evaluate({ link: { text: pointerTerms, region: 'any' } }, ctx) : [];
    if (pointer.length > 0) {
      const inContent = pointer.some((m) => m.linkIndex !== undefined && ctx.index.doc.links[m.linkIndex]?.region === 'content');
      return { verdict: 'gedeeltelijk', reason: inContent ? 'alleen-link' : 'alleen-menulink', evidence: pointer };
    }
    const verdict = check.missing ?? 'ontbreekt';
    return { verdict, reason: verdict === 'ontbreekt' ? 'ontbreekt' : verdict === 'handmatig' ? 'handmatig' : 'gedeeltelijk', evidence: [] };
  }

  // Classify every anchor match; keep the substantive ones.
  const kinds: NearMissKind[] = [];
  const substantive: Match[] = [];
  for (const m of anchor) {
    const kind = isDateAnchor ? null : nm.classify(m, opts);
    if (kind) kinds.push(kind);
    else substantive.push(m);
  }

  if (check.past) {
    const done = substantive.filter((m) => nm.isPastTense(m));
    if (done.length === 0) return { verdict: 'gedeeltelijk', reason: 'niet-verleden-tijd', evidence: substantive.length > 0 ? substantive : anchor };
    anchor = done;
  } else if (substantive.length === 0) {
    return { verdict: 'gedeeltelijk', reason: mostTelling(kinds), evidence: anchor };
  } else anchor = substantive;

  // Required parts, each judged in its scope and without near-miss matches.
  const partEvidence: { id: string; match: Match }[] = [];
  const missing: { id: string; label: string }[] = [];
  for (const part of check.parts ?? []) {
    const scope = part.within === 'anchor-section' ? scopeAround(ctx, anchor, 'section') : part.within === 'anchor-chapter' ? scopeAround(ctx, anchor, 'chapter') : null;
    const found = evaluate(part.when, ctx, scope).filter((m) => nm.classify(m, { ...opts, headingOnly: false }) === null);
    if (found.length > 0) partEvidence.push({ id: part.id, match: found[0]! });
    else missing.push({ id: part.id, label: part.label });
  }
  const partsTotal = check.parts?.length ?? 0;
  const required = check.partsRequired === undefined || check.partsRequired === 'all' ? partsTotal : Math.min(check.partsRequired, partsTotal);
  if (partsTotal - missing.length < required) {
    return { verdict: 'gedeeltelijk', reason: 'onderdelen-ontbreken', evidence: anchor, partEvidence, missing, data: { missing: dutchList(missing.map((m) => m.label)) } };
  }

  const temporal = check.temporal ? judgeTemporal(rule, ctx, facts, [...anchor, ...partEvidence.map((p) => p.match)]) : null;
  if (temporal) return { ...temporal, evidence: anchor, partEvidence, missing };
  return { verdict: 'aanwezig', reason: 'aanwezig', evidence: anchor, partEvidence, ...(missing.length > 0 ? { missing } : {}) };
}

/**
 * A web page has no period of its own, but the evidence may carry one: a link "Ondersteuningsplan
 * 2019-2023". The latest period of the wanted kind in the evidence stands in for the document's.
 */
function periodInEvidence(ctx: EvalContext, matches: Match[], kind: 'planperiode' | 'schooljaar'): Period | undefined {
  let best: Period | undefined;
  const consider = (d: { kind: string; from: string; to?: string }, text: string): void => {
    if (d.kind !== kind || !d.to) return;
    if (!best || d.to > (best.to ?? '')) best = { kind, from: d.from, to: d.to, text };
  };
  for (const m of matches) {
    if (m.linkIndex !== undefined) {
      const link = ctx.index.doc.links[m.linkIndex];
      if (link) for (const d of findDates(fold(link.text))) consider(d, link.text.slice(d.start, d.end));
    } else if (m.block >= 0) {
      const block = ctx.index.blocks[m.block]!;
      for (const d of ctx.index.dates()) if (d.block === m.block) consider(d, block.text.slice(d.start, d.end));
    }
  }
  return best;
}

function judgeTemporal(rule: Rule, ctx: EvalContext, facts: DocumentFacts, evidence: Match[]): Pick<Outcome, 'verdict' | 'reason' | 'data'> | null {
  const t = rule.check.temporal!;
  const period = facts.period ?? (t.kind === 'vaststelling' ? undefined : periodInEvidence(ctx, evidence, t.kind));
  const data: Record<string, string> = { peildatum: formatDutchDate(facts.peildatum) };
  if (t.kind === 'vaststelling') {
    const adopted = latestAdoption(ctx.index, facts.peildatum);
    const date = adopted?.from ?? period?.from;
    if (!date) return null;
    data.period = formatDutchDate(date);
    if (t.maxAgeYears && yearsBetween(date, facts.peildatum) >= t.maxAgeYears) return { verdict: 'gedeeltelijk', reason: 'verouderd', data };
    if (!adopted && t.requireAdoptionDate) return { verdict: 'gedeeltelijk', reason: 'geen-vaststelling', data };
    return null;
  }
  if (!period || period.kind === 'vaststelling') return null;
  data.period = period.text;
  const to = period.to ?? period.from;
  if (t.maxYears && Number(to.slice(0, 4)) - Number(period.from.slice(0, 4)) > t.maxYears) return { verdict: 'gedeeltelijk', reason: 'te-lang', data };
  if (t.mustBeCurrent && facts.peildatum > to) return { verdict: 'gedeeltelijk', reason: 'verouderd', data };
  if (t.requireAdoptionDate && !latestAdoption(ctx.index, facts.peildatum)) return { verdict: 'gedeeltelijk', reason: 'geen-vaststelling', data };
  return null;
}

export function evaluateRule(rule: Rule, ctx: EvalContext, nm: NearMissClassifier, facts: DocumentFacts): RuleResult {
  const outcome = applicability(rule, facts) ?? decide(rule, ctx, nm, facts);
  const data: Record<string, string> = { title: rule.title, peildatum: formatDutchDate(facts.peildatum), ...outcome.data };
  const evidence: Evidence[] = evidenceFor(ctx.index, outcome.evidence, facts, 'anker', 3);
  for (const p of outcome.partEvidence ?? []) evidence.push(...evidenceFor(ctx.index, [p.match], facts, p.id, 1));
  const dedup = new Map<string, Evidence>();
  for (const e of evidence) if (!dedup.has(e.text)) dedup.set(e.text, e);
  if (evidence[0]) data.quote = evidence[0].text;

  const template = (rule.messages as Record<string, string> | undefined)?.[outcome.reason] ?? DEFAULT_MESSAGES[outcome.reason] ?? outcome.reason;
  const result: RuleResult = {
    rule: rule.id,
    title: rule.title,
    pack: facts.pack,
    level: rule.level,
    detectable: rule.detectable,
    verdict: outcome.verdict,
    reason: outcome.reason,
    message: render(template, data),
    evidence: outcome.verdict === 'nvt' ? [] : [...dedup.values()],
    basis: basisRefs(rule, facts),
    help: rule.help,
  };
  if (outcome.missing && outcome.missing.length > 0) result.missing = outcome.missing;
  if (outcome.verdict === 'ontbreekt' || outcome.verdict === 'handmatig') {
    const terms = [...new Set(conditionTerms(rule.check.anchor))];
    if (terms.length > 0) result.searched = { terms: terms.slice(0, 40) };
  }
  if (outcome.notices) result.notices = outcome.notices;
  return result;
}
