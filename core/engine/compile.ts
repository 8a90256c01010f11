/**
 * Compile a rule set once: expand @groups, collect every term of every rule into one
 * TermMatcher (one scan per document), and turn the near-miss and tense phrase lists into
 * regular expressions that run only on the few sentences where a rule found its anchor.
 */
import type { Condition, Rule } from '../rules/schema';
import type { RuleSet } from '../rules/ruleset';
import { fold } from '../text/fold';
import { TermMatcher } from '../text/terms';

export interface CompiledRuleSet {
  ruleSet: RuleSet;
  matcher: TermMatcher;
  /** Rule id → rule with every @group expanded. */
  rules: Map<string, Rule>;
  /** Quoted law texts as an inverted index: word → the law texts (by number) that contain it. */
  lawIndex: Map<string, number[]>;
  /** Rule id → the `excuse` phrases of an `unwanted` rule, as one regex. */
  excuses: Map<string, RegExp>;
  phrases: {
    definition: RegExp;
    promise: RegExp;
    deferral: RegExp;
    past: RegExp;
    nonPast: RegExp;
  };
}

export function expandTerms(terms: string[], groups: Record<string, string[]>, seen: Set<string> = new Set()): string[] {
  const out: string[] = [];
  for (const t of terms) {
    if (t.startsWith('@')) {
      const name = t.slice(1);
      if (seen.has(name)) continue; // a group that includes itself: ignore the cycle
      const group = groups[name];
      if (!group) throw new Error(`Onbekende termgroep ${t}`);
      out.push(...expandTerms(group, groups, new Set([...seen, name])));
    } else out.push(t);
  }
  return out;
}

function expandCondition(c: Condition, groups: Record<string, string[]>): Condition {
  if ('terms' in c) return { ...c, terms: expandTerms(c.terms, groups) };
  if ('all' in c) return { all: c.all.map((x) => expandCondition(x, groups)) };
  if ('any' in c) return { any: c.any.map((x) => expandCondition(x, groups)) };
  if ('near' in c) return { ...c, near: c.near.map((x) => expandCondition(x, groups)) };
  if ('section' in c) {
    const out: Condition = { ...c, section: expandTerms(c.section, groups) };
    if (c.has) out.has = expandCondition(c.has, groups);
    return out;
  }
  if ('link' in c) {
    const link = { ...c.link };
    if (link.text) link.text = expandTerms(link.text, groups);
    if (link.href) link.href = expandTerms(link.href, groups);
    return { link };
  }
  return c;
}

export function expandRule(rule: Rule, groups: Record<string, string[]>): Rule {
  const check = { ...rule.check, anchor: expandCondition(rule.check.anchor, groups) };
  if (rule.check.parts) check.parts = rule.check.parts.map((p) => ({ ...p, when: expandCondition(p.when, groups) }));
  if (rule.check.pointer) check.pointer = expandTerms(rule.check.pointer, groups);
  return { ...rule, check };
}

/** Every term used by a condition (for the single scan, and for "Gezocht naar: …"). */
export function conditionTerms(c: Condition, out: string[] = []): string[] {
  if ('terms' in c) out.push(...c.terms);
  else if ('all' in c) c.all.forEach((x) => conditionTerms(x, out));
  else if ('any' in c) c.any.forEach((x) => conditionTerms(x, out));
  else if ('near' in c) c.near.forEach((x) => conditionTerms(x, out));
  else if ('section' in c) {
    out.push(...c.section);
    if (c.has) conditionTerms(c.has, out);
  } else if ('link' in c) out.push(...(c.link.text ?? []));
  return out;
}

/**
 * A phrase list as one regex over folded text. In phrases, " * " stands for up to five words
 * ("onder * verstaan" matches "onder basisondersteuning verstaan").
 */
export function phraseRegex(phrases: string[]): RegExp {
  const alts = phrases
    .map((p) =>
      fold(p.trim())
        .split(/\s+/)
        .map((w) => (w === '*' ? '(?:[\\p{L}\\p{N}\\-]+\\s+){0,5}?' : w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s+'))
        .join('')
        .replace(/\\s\+$/, ''),
    )
    .filter((s) => s.length > 0);
  if (alts.length === 0) return /(?!)/u;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

const STOPWORDS = new Set(
  'de het een en van in op te met voor naar aan door bij die dat dit deze zijn is wordt worden werd of om als ook niet kan kunnen zij wij we ze er hun haar zijn wat wie hoe waar welke over uit tot dan nog al wel meer veel andere onder tegen zo heeft hebben moet moeten zal zullen'.split(' '),
);

/** Folded words of three letters or more that are not stopwords: the words that carry meaning. */
export function contentWords(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !STOPWORDS.has(w));
}

export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const groups = ruleSet.vocab.groups;
  const rules = new Map<string, Rule>();
  const allTerms: string[] = [];
  const excuses = new Map<string, RegExp>();
  const lawIndex = new Map<string, number[]>();
  let lawCount = 0;
  for (const rule of ruleSet.rules) {
    for (const b of rule.basis) {
      if (!('citaat' in b)) continue;
      const n = lawCount++;
      for (const w of new Set(contentWords(b.citaat))) {
        const list = lawIndex.get(w);
        if (list) list.push(n);
        else lawIndex.set(w, [n]);
      }
    }
    const expanded = expandRule(rule, groups);
    if (expanded.check.excuse) excuses.set(rule.id, phraseRegex(expandTerms(expanded.check.excuse, groups)));
    rules.set(rule.id, expanded);
    conditionTerms(expanded.check.anchor, allTerms);
    for (const p of expanded.check.parts ?? []) conditionTerms(p.when, allTerms);
    allTerms.push(...(expanded.check.pointer ?? []));
  }
  const v = ruleSet.vocab;
  return {
    ruleSet,
    matcher: new TermMatcher(allTerms),
    rules,
    excuses,
    lawIndex,
    phrases: {
      definition: phraseRegex(v.nearMiss.definition),
      promise: phraseRegex(v.nearMiss.promise),
      deferral: phraseRegex(v.nearMiss.deferral),
      past: phraseRegex(v.tense.past),
      nonPast: phraseRegex(v.tense.nonPast),
    },
  };
}
