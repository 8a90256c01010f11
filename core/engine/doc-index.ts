/**
 * Everything the engine needs to know about one document, computed once: the joined and
 * folded text, block offsets, sections and chapters, the term hits of the rule set's single
 * scan, and (lazily) sentences, dates, contact routes and figures.
 */
import type { Block, DocumentModel } from '../model/document';
import { findAbbreviationDefinitions } from '../text/abbreviations';
import { findDates, type FoundDate } from '../text/dates';
import { fold } from '../text/fold';
import { sentenceRanges } from '../text/sentences';
import type { TermMatcher } from '../text/terms';

/** A located piece of evidence inside one block (block -1: a link outside any content block). */
export interface Match {
  block: number;
  start: number;
  end: number;
  key: string;
  linkIndex?: number;
}

export interface LocatedDate extends FoundDate {
  block: number;
}

const SEPARATOR = '\n';

export class DocIndex {
  readonly blocks: Block[];
  readonly original: string;
  readonly folded: string;
  readonly blockStart: number[] = [];
  /** For every block: the index of the heading that opens its section (a heading opens its own), or -1. */
  readonly sectionOf: number[] = [];
  /** For every block: the index of the top-level heading above it, or -1. */
  readonly chapterOf: number[] = [];
  /** For every heading: the index one past the last block of its section. */
  private readonly sectionEndOf = new Map<number, number>();
  private readonly hitsByKey = new Map<string, Match[]>();
  private sentenceCache = new Map<number, [number, number][]>();
  private foldedBlockCache = new Map<number, string>();
  private datesCache: LocatedDate[] | null = null;
  private wordCountCache: number[] | null = null;
  private wordPrefix: number[] | null = null;
  private patternCache = new Map<string, Match[]>();
  private contactCache: Match[] | null = null;
  private figureCache: Match[] | null = null;

  constructor(
    readonly doc: DocumentModel,
    matcher: TermMatcher,
  ) {
    this.blocks = doc.blocks;
    let offset = 0;
    const parts: string[] = [];
    for (const b of this.blocks) {
      this.blockStart.push(offset);
      parts.push(b.text);
      offset += b.text.length + SEPARATOR.length;
    }
    this.original = parts.join(SEPARATOR);
    this.folded = fold(this.original);
    this.computeSections();
    matcher.scanEach(this.folded, this.original, (key, start, end) => this.addHit(key, start, end));
    this.addAbbreviationHits(matcher);
  }

  private computeSections(): void {
    const headingLevels = this.blocks.filter((b) => b.kind === 'heading').map((b) => b.level ?? 2);
    // The chapter level: the highest level that occurs more than once (a single h1 is the title).
    const counts = new Map<number, number>();
    for (const l of headingLevels) counts.set(l, (counts.get(l) ?? 0) + 1);
    const levels = [...counts.keys()].sort((a, b) => a - b);
    const chapterLevel = levels.find((l) => (counts.get(l) ?? 0) > 1) ?? levels[0] ?? 1;

    const open: { index: number; level: number }[] = [];
    let chapter = -1;
    this.blocks.forEach((b, i) => {
      if (b.kind === 'heading') {
        const level = b.level ?? 2;
        while (open.length > 0 && open[open.length - 1]!.level >= level) this.sectionEndOf.set(open.pop()!.index, i);
        open.push({ index: i, level });
        if (level <= chapterLevel) chapter = i;
        this.sectionOf.push(i);
      } else {
        this.sectionOf.push(open.length > 0 ? open[open.length - 1]!.index : -1);
      }
      this.chapterOf.push(chapter);
    });
    for (const o of open) this.sectionEndOf.set(o.index, this.blocks.length);
  }

  /** Block index holding global offset `pos` (binary search). */
  blockAt(pos: number): number {
    let lo = 0;
    let hi = this.blockStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.blockStart[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private addHit(key: string, start: number, end: number): void {
    const block = this.blockAt(start);
    const bs = this.blockStart[block]!;
    const match: Match = { block, start: start - bs, end: Math.min(end - bs, this.blocks[block]!.text.length), key };
    const list = this.hitsByKey.get(key);
    if (list) list.push(match);
    else this.hitsByKey.set(key, [match]);
  }

  private addAbbreviationHits(matcher: TermMatcher): void {
    const keysByShort = new Map<string, Set<string>>();
    for (const def of findAbbreviationDefinitions(this.original)) {
      const longFolded = fold(def.long);
      const keys = matcher
        .scan(longFolded, def.long)
        .filter((h) => h.end - h.start >= longFolded.length * 0.6)
        .map((h) => h.key);
      if (keys.length === 0) continue;
      const set = keysByShort.get(def.short) ?? new Set<string>();
      keys.forEach((k) => set.add(k));
      keysByShort.set(def.short, set);
    }
    if (keysByShort.size === 0) return;
    // One pass over the text for all defined short forms.
    const alts = [...keysByShort.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    for (let m = re.exec(this.original); m; m = re.exec(this.original)) {
      for (const key of keysByShort.get(m[0]) ?? []) this.addHit(key, m.index, m.index + m[0].length);
    }
  }

  hits(key: string): Match[] {
    return this.hitsByKey.get(key) ?? [];
  }

  blockFolded(i: number): string {
    let f = this.foldedBlockCache.get(i);
    if (f === undefined) {
      const s = this.blockStart[i]!;
      f = this.folded.slice(s, s + this.blocks[i]!.text.length);
      this.foldedBlockCache.set(i, f);
    }
    return f;
  }

  sentences(i: number): [number, number][] {
    let s = this.sentenceCache.get(i);
    if (!s) {
      s = sentenceRanges(this.blocks[i]!.text);
      this.sentenceCache.set(i, s);
    }
    return s;
  }

  /** Index of the sentence of block `i` that contains offset `pos`. */
  sentenceIndex(i: number, pos: number): number {
    const ranges = this.sentences(i);
    for (let k = 0; k < ranges.length; k++) if (pos < ranges[k]![1]) return k;
    return Math.max(0, ranges.length - 1);
  }

  sentenceRange(i: number, pos: number): [number, number] {
    const ranges = this.sentences(i);
    return ranges[this.sentenceIndex(i, pos)] ?? [0, this.blocks[i]!.text.length];
  }

  /** Blocks of the section opened by heading `h` (the heading included). */
  sectionBlocks(h: number): [number, number] {
    if (h < 0) return [0, this.blocks.length];
    return [h, this.sectionEndOf.get(h) ?? h + 1];
  }

  /** Words of body text directly under heading `h`, up to the next heading of any level. */
  wordsUnderHeading(h: number): number {
    let words = 0;
    for (let i = h + 1; i < this.blocks.length && this.blocks[i]!.kind !== 'heading'; i++) words += this.wordCount(i);
    return words;
  }

  /** Body words in the whole section of heading `h`, subsections included. */
  wordsInSection(h: number): number {
    const [from, to] = this.sectionBlocks(h);
    let words = 0;
    for (let i = from + 1; i < to; i++) if (this.blocks[i]!.kind !== 'heading') words += this.wordCount(i);
    return words;
  }

  wordCount(i: number): number {
    if (!this.wordCountCache) {
      this.wordCountCache = this.blocks.map((b) => (b.text.match(/[\p{L}\p{N}]+/gu) ?? []).length);
    }
    return this.wordCountCache[i] ?? 0;
  }

  /** Global word position of an offset in a block (for "within N words"). */
  wordPosition(i: number, pos: number): number {
    if (!this.wordPrefix) {
      this.wordPrefix = [0];
      for (let k = 0; k < this.blocks.length; k++) this.wordPrefix.push(this.wordPrefix[k]! + this.wordCount(k));
    }
    return this.wordPrefix[i]! + (this.blocks[i]!.text.slice(0, pos).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  }

  dates(): LocatedDate[] {
    if (!this.datesCache) {
      this.datesCache = findDates(this.folded).map((d) => {
        const block = this.blockAt(d.start);
        const bs = this.blockStart[block]!;
        return { ...d, block, start: d.start - bs, end: d.end - bs };
      });
    }
    return this.datesCache;
  }

  /** Matches of a (safe, validated) pattern on the folded text, cached per pattern. */
  patternMatches(pattern: string): Match[] {
    let list = this.patternCache.get(pattern);
    if (!list) {
      list = this.regexMatches(new RegExp(pattern, 'gu'), this.folded, `pattern:${pattern}`);
      this.patternCache.set(pattern, list);
    }
    return list;
  }

  private regexMatches(re: RegExp, text: string, key: string): Match[] {
    const out: Match[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const block = this.blockAt(m.index);
      const bs = this.blockStart[block]!;
      out.push({ block, start: m.index - bs, end: Math.min(m.index + m[0].length - bs, this.blocks[block]!.text.length), key });
    }
    return out;
  }

  contacts(): Match[] {
    if (!this.contactCache) {
      const t = this.original;
      this.contactCache = [
        ...this.regexMatches(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, t, 'contact:email'),
        ...this.regexMatches(/(?<![\d])(?:\+31[\s-]?(?:\(0\))?[\s-]?|0)\d{1,3}[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2,3}(?![\d])|(?<![\d])0[89]00[\s-]?\d{3,4}(?:[\s-]?\d{3})?(?![\d])/g, t, 'contact:telefoon'),
        ...this.regexMatches(/\b(?:https?:\/\/|www\.)[^\s<>"')]+|\b[\w-]+\.(?:nl|com|org|eu|net)(?:\/[^\s<>"')]*)?\b/g, t, 'contact:website'),
        ...this.regexMatches(/\b\d{4}\s?[A-Z]{2}\b(?=\s+\p{Lu})|\bpostbus\s+\d+/giu, t, 'contact:adres'),
      ];
    }
    return this.contactCache;
  }

  figures(): Match[] {
    if (!this.figureCache) {
      const t = this.folded;
      this.figureCache = [
        ...this.regexMatches(/€\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:euro|mln|miljoen|k€)\b/g, t, 'figures:bedrag'),
        ...this.regexMatches(/\b\d+(?:[.,]\d+)?\s?(?:%|procent)/g, t, 'figures:percentage'),
        ...this.regexMatches(/(?<![\d.,\-/])\d+(?:[.,]\d+)?(?![\d.,\-/]|\s?(?:%|procent))/g, t, 'figures:getal'),
      ];
    }
    return this.figureCache;
  }
}
