/**
 * Term compilation: all terms of all active rules become ONE regular expression (a trie of
 * plain alternatives) that scans the folded text once. Rules then work on the hit list.
 * This is the Vale technique taken further (design-notes.md: 300 terms in one pass ≈ 2.5 ms
 * on a 150-page plan, against ≈ 110 ms for one pass per term).
 *
 * Term syntax (see docs/writing-rules.md): "woord", "prefix*", "*suffix", "meer woorden",
 * "HOOFDLETTERS" (case-sensitive). Group references (@name) are expanded by the caller.
 */
import { fold } from './fold';

/** Common Dutch compound heads: "ondersteunings-plan" and "ondersteunings plan" match "ondersteuningsplan". */
export const COMPOUND_HEADS = [
  'plan', 'plannen', 'profiel', 'profielen', 'commissie', 'verklaring', 'verklaringen', 'regeling', 'regelingen',
  'steunpunt', 'punt', 'raad', 'ondersteuning', 'voorziening', 'voorzieningen', 'begroting', 'verband', 'verbanden',
  'beleid', 'aanbod', 'procedure', 'traject', 'team', 'overleg', 'periode', 'verslag', 'gids', 'recht', 'plicht',
  'model', 'arrangement', 'arrangementen', 'onderwijs', 'school', 'scholen', 'consulent', 'consulenten', 'loket',
];

/** A term after parsing: what the scanner must find and how hits are keyed. */
export interface CompiledTerm {
  /** The key hits are filed under: the term as written (after trimming). */
  key: string;
  caseSensitive: boolean;
  prefix: boolean; // "woord*"
  suffix: boolean; // "*woord"
  /** Folded words (for case-sensitive terms: the original words). */
  words: string[];
}

const CASE_SENSITIVE = /^[A-Z][A-Z0-9]{1,5}(?:'?s)?$/;

export function parseTerm(raw: string): CompiledTerm {
  const key = raw.trim();
  if (CASE_SENSITIVE.test(key)) {
    return { key, caseSensitive: true, prefix: false, suffix: false, words: [key] };
  }
  let body = key;
  const suffix = body.startsWith('*');
  const prefix = body.endsWith('*');
  body = body.replace(/^\*+|\*+$/g, '');
  const words = fold(body)
    .split(/[\s\-/]+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
  return { key, caseSensitive: false, prefix, suffix, words };
}

/** Canonical form of a span of words: separators removed, so compound spellings coincide. */
export function canonical(span: string): string {
  return span.replace(/[\s\-/]+/g, '');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Atoms of the trie: single characters, or one of these markers.
const SEP = '\u0001'; // between words: [\s-/]+
const OPT = '\u0002'; // inside a compound: optional hyphen or space
const CONT = '\u0003'; // word continues: [\p{L}\p{N}]*
const LEAD = '\u0004'; // word may start earlier: [\p{L}\p{N}]*  (only at the start)

const ATOM_SOURCE: Record<string, string> = {
  [SEP]: '[\\s\\-/]+',
  [OPT]: '[\\- ]?',
  [CONT]: '[\\p{L}\\p{N}]*',
  [LEAD]: '[\\p{L}\\p{N}]*',
};

function compoundSplit(word: string): string[] {
  for (const head of COMPOUND_HEADS) {
    if (word.length - head.length >= 3 && word.endsWith(head)) {
      return [word.slice(0, word.length - head.length), head];
    }
  }
  return [word];
}

function atomsOf(t: CompiledTerm): string[] {
  const atoms: string[] = [];
  if (t.suffix) atoms.push(LEAD);
  t.words.forEach((w, i) => {
    if (i > 0) atoms.push(SEP);
    const isLast = i === t.words.length - 1;
    const parts = isLast && t.prefix ? [w] : compoundSplit(w);
    parts.forEach((p, j) => {
      if (j > 0) atoms.push(OPT);
      atoms.push(...p);
    });
  });
  if (t.prefix) atoms.push(CONT);
  return atoms;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

function trieSource(node: TrieNode): string {
  const alts: string[] = [];
  // Longer continuations first, so the regex prefers the longest term at a position.
  const entries = [...node.children.entries()].sort((a, b) => depth(b[1]) - depth(a[1]));
  for (const [atom, child] of entries) {
    const head = ATOM_SOURCE[atom] ?? escapeRegex(atom);
    alts.push(head + trieSource(child));
  }
  if (alts.length === 0) return '';
  const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  if (node.end) return `(?:${body})?`;
  return body;
}

const depthCache = new WeakMap<TrieNode, number>();
function depth(n: TrieNode): number {
  let d = depthCache.get(n);
  if (d === undefined) {
    d = 0;
    for (const c of n.children.values()) d = Math.max(d, 1 + depth(c));
    depthCache.set(n, d);
  }
  return d;
}

/** A hit: a term found at [start, end) of the scanned text. */
export interface TermHit {
  key: string;
  start: number;
  end: number;
}

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';

/**
 * A compiled set of terms. `scan` finds every term occurrence, including shorter terms that
 * start where a longer one matched ("commissie" inside "commissie van advies") and terms
 * that start inside a multi-word match.
 */
export class TermMatcher {
  readonly terms: CompiledTerm[];
  private readonly foldedRegex: RegExp | null;
  private readonly caseRegex: RegExp | null;
  private readonly exact = new Map<string, string[]>();
  // Prefix terms indexed by their first three letters, suffix terms by their last three, so a
  // match is compared with a handful of candidates instead of every wildcard term.
  private readonly prefixes = new Map<string, { canon: string; key: string }[]>();
  private readonly suffixes = new Map<string, { canon: string; key: string }[]>();
  private readonly infixes: { canon: string; key: string }[] = [];
  private readonly caseKeys = new Map<string, string[]>();
  private readonly spanCache = new Map<string, { hits: TermHit[]; next: number }>();

  constructor(rawTerms: Iterable<string>) {
    const seen = new Set<string>();
    this.terms = [];
    for (const raw of rawTerms) {
      const t = parseTerm(raw);
      if (seen.has(t.key) || (t.words.length === 0 && !t.caseSensitive)) continue;
      seen.add(t.key);
      this.terms.push(t);
    }
    const root: TrieNode = { children: new Map(), end: false };
    const caseAlts: string[] = [];
    for (const t of this.terms) {
      if (t.caseSensitive) {
        const w = t.words[0]!;
        caseAlts.push(escapeRegex(w));
        push(this.caseKeys, w, t.key);
        continue;
      }
      let node = root;
      for (const atom of atomsOf(t)) {
        let next = node.children.get(atom);
        if (!next) {
          next = { children: new Map(), end: false };
          node.children.set(atom, next);
        }
        node = next;
      }
      node.end = true;
      const canon = canonical(t.words.join(' '));
      if (t.suffix && t.prefix) this.infixes.push({ canon, key: t.key });
      else if (t.suffix) push(this.suffixes, canon.slice(-3), { canon, key: t.key });
      else if (t.prefix) push(this.prefixes, canon.slice(0, 3), { canon, key: t.key });
      else push(this.exact, canon, t.key);
    }
    this.foldedRegex = root.children.size > 0 ? new RegExp(BOUNDARY_BEFORE + trieSource(root) + BOUNDARY_AFTER, 'gu') : null;
    caseAlts.sort((a, b) => b.length - a.length);
    // Capital terms are ASCII: plain \b is enough and much faster than Unicode lookarounds; a letter
    // with a diacritic right next to an abbreviation ("TLVé") is not a realistic case.
    this.caseRegex = caseAlts.length > 0 ? new RegExp(`\\b(?:${caseAlts.join('|')})\\b`, 'g') : null;
  }

  /** Scan folded text (and the original, same offsets, for case-sensitive terms). */
  scan(folded: string, original: string = folded): TermHit[] {
    const hits: TermHit[] = [];
    this.scanEach(folded, original, (key, start, end) => hits.push({ key, start, end }));
    return hits;
  }

  /** Like scan, but calls `onHit` for every hit instead of building a list (no garbage on the hot path). */
  scanEach(folded: string, original: string, onHit: (key: string, start: number, end: number) => void): void {
    const re = this.foldedRegex;
    if (re) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(folded)) !== null) {
        const start = m.index;
        const span = m[0];
        // The same words match again and again in a long plan: resolve each span's terms once.
        let resolved = this.spanCache.get(span);
        if (!resolved) {
          const hits: TermHit[] = [];
          this.keysForSpan(span, 0, hits);
          const sep = span.search(/[\s\-/]/);
          resolved = { hits, next: sep > 0 ? sep + 1 : Math.max(span.length, 1) };
          if (this.spanCache.size < 50_000) this.spanCache.set(span, resolved);
        }
        for (const r of resolved.hits) onHit(r.key, start + r.start, start + r.end);
        // Continue at the next word inside a multi-word match, so terms starting there are found.
        re.lastIndex = start + resolved.next;
      }
    }
    const cre = this.caseRegex;
    if (cre) {
      cre.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = cre.exec(original)) !== null) {
        for (const key of this.caseKeys.get(m[0]) ?? []) onHit(key, m.index, m.index + m[0].length);
      }
    }
  }

  /** Which terms does `span` (a regex match at `start`) satisfy, including its leading sub-spans? */
  private keysForSpan(span: string, start: number, out: TermHit[]): void {
    const found = new Set<string>();
    // Word-boundary cut points: every separator run ends a candidate sub-span.
    const cuts: number[] = [];
    const sepRe = /[\s\-/]+/g;
    let s: RegExpExecArray | null;
    while ((s = sepRe.exec(span)) !== null) cuts.push(s.index);
    cuts.push(span.length);
    for (const cut of cuts) {
      const canon = canonical(span.slice(0, cut));
      const add = (key: string): void => {
        if (found.has(key)) return;
        found.add(key);
        out.push({ key, start, end: start + cut });
      };
      for (const key of this.exact.get(canon) ?? []) add(key);
      for (const p of this.prefixes.get(canon.slice(0, 3)) ?? []) if (canon.startsWith(p.canon)) add(p.key);
      for (const p of this.suffixes.get(canon.slice(-3)) ?? []) if (canon.endsWith(p.canon)) add(p.key);
      // Wildcard terms of one or two letters are filed under themselves.
      for (let n = 1; n < 3; n++) {
        for (const p of this.prefixes.get(canon.slice(0, n)) ?? []) if (p.canon.length === n) add(p.key);
        for (const p of this.suffixes.get(canon.slice(-n)) ?? []) if (p.canon.length === n) add(p.key);
      }
      for (const p of this.infixes) if (canon.includes(p.canon)) add(p.key);
    }
  }

  /** The regex source, for the benchmark's raw-scan baseline and for debugging. */
  get source(): string {
    return this.foldedRegex?.source ?? '';
  }
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
