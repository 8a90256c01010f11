/**
 * Near-miss detection: a term that stands in a definition, a promise, a deferral to an
 * appendix that is not there, or only in a heading is a mention, not content. Such matches
 * turn "aanwezig" into "gedeeltelijk" (shared/real-world-language.md, "Common near-miss patterns").
 */
import { contentWords, type CompiledRuleSet } from './compile';
import type { DocIndex, Match } from './doc-index';

export type NearMissKind = 'definitie' | 'belofte' | 'verwijzing' | 'alleen-kop';

export interface NearMissOptions {
  definition: boolean;
  promise: boolean;
  deferral: boolean;
  headingOnly: boolean;
}

const GLOSSARY_HEADING = /begrip|woordenlijst|afkorting|verklarende|glossari|definitie|lijst van termen/;
const DEFINING_VERB = /^\s*(?:\([^)]*\)\s*)?(?:is|zijn)\s+(?:de|het|een)\s|^\s*(?:\([^)]*\)\s*)?(?:betekent|betekenen|houdt in|houden in|omvat|omvatten|staat voor)\b|^\s*:\s/;
const APPENDIX_REF = /bijlage\s+([0-9]+|[a-z](?![a-z]))/g;

export class NearMissClassifier {
  private appendixCache: Set<string> | null = null;
  private glossaryCache = new Map<number, boolean>();
  private sentenceCache = new Map<string, NearMissKind | null>();

  constructor(
    private readonly index: DocIndex,
    private readonly compiled: CompiledRuleSet,
  ) {}

  /** The appendices the document itself contains ("Bijlage 4" as a heading). */
  private appendices(): Set<string> {
    if (!this.appendixCache) {
      this.appendixCache = new Set();
      this.index.blocks.forEach((b, i) => {
        if (b.kind !== 'heading') return;
        for (const m of this.index.blockFolded(i).matchAll(/bijlage\s+([0-9]+|[a-z](?![a-z]))/g)) this.appendixCache!.add(m[1]!);
      });
    }
    return this.appendixCache;
  }

  private inGlossary(block: number): boolean {
    let g = this.glossaryCache.get(block);
    if (g === undefined) {
      const path = this.index.blocks[block]!.headingPath.join(' ').toLowerCase();
      g = GLOSSARY_HEADING.test(path);
      this.glossaryCache.set(block, g);
    }
    return g;
  }

  /** Classify the sentence around a match; null = substantive. */
  classifySentence(block: number, start: number, end: number, opts: NearMissOptions): NearMissKind | null {
    const idx = this.index;
    const [s, e] = idx.sentenceRange(block, start);
    const cacheKey = `${block}:${s}:${opts.promise ? 1 : 0}${opts.deferral ? 1 : 0}${opts.definition ? 1 : 0}`;
    let sentenceKind = this.sentenceCache.get(cacheKey);
    if (sentenceKind === undefined) {
      sentenceKind = this.classifySentenceText(block, s, e, opts);
      this.sentenceCache.set(cacheKey, sentenceKind);
    }
    if (sentenceKind) return sentenceKind;
    if (opts.definition) {
      // "Terugplaatsing is de ..." — depends on where the term stands, so it is not cached.
      const after = idx.blockFolded(block).slice(end, Math.min(e, end + 40));
      if (start - s < 40 && DEFINING_VERB.test(after)) return 'definitie';
    }
    return null;
  }

  private classifySentenceText(block: number, s: number, e: number, opts: NearMissOptions): NearMissKind | null {
    const idx = this.index;
    const sentence = idx.blockFolded(block).slice(s, e);
    const ph = this.compiled.phrases;
    if (opts.promise && ph.promise.test(sentence)) return 'belofte';
    if (opts.deferral && ph.deferral.test(sentence)) {
      const refs = [...sentence.matchAll(APPENDIX_REF)].map((m) => m[1]!);
      const present = this.appendices();
      // A deferral to an appendix the document contains is not a near miss: the content is here.
      if (refs.length === 0 || refs.some((r) => !present.has(r))) return 'verwijzing';
    }
    if (opts.definition) {
      if (this.inGlossary(block)) return 'definitie';
      if (ph.definition.test(sentence)) return 'definitie';
      if (this.restatesLaw(sentence)) return 'definitie';
    }
    return null;
  }

  /**
   * Does the sentence mostly repeat a law text? Plans often copy the legal list of what a plan
   * must contain ("de procedure en het beleid omtrent terugplaatsing;"): that is not content.
   */
  restatesLaw(sentence: string): boolean {
    const words = contentWords(sentence);
    if (words.length < 3) return false; // too short to tell
    const shared = new Map<number, number>();
    for (const w of words) for (const law of this.compiled.lawIndex.get(w) ?? []) shared.set(law, (shared.get(law) ?? 0) + 1);
    for (const n of shared.values()) if (n / words.length >= 0.8) return true;
    return false;
  }

  /** Classify a match; null = substantive. */
  classify(m: Match, opts: NearMissOptions): NearMissKind | null {
    if (m.block < 0) return null;
    const idx = this.index;
    const block = idx.blocks[m.block]!;
    if (block.kind !== 'heading') return this.classifySentence(m.block, m.start, m.end, opts);
    const words = idx.wordsInSection(m.block);
    if (words >= 40) return null;
    // A short section: judge it by what it says.
    const [from, to] = idx.sectionBlocks(m.block);
    for (let i = from + 1; i < to; i++) {
      if (idx.blocks[i]!.kind === 'heading') continue;
      const kind = this.classifySentence(i, 0, 0, opts);
      if (kind) return kind;
    }
    if (words < 15 && opts.headingOnly) return 'alleen-kop';
    return null;
  }

  /** Does the sentence report something as done (past tense, not a description of the law)? */
  isPastTense(m: Match): boolean {
    if (m.block < 0) return false;
    const [s, e] = this.index.sentenceRange(m.block, m.start);
    const sentence = this.index.blockFolded(m.block).slice(s, e);
    const ph = this.compiled.phrases;
    return ph.past.test(sentence) && !ph.nonPast.test(sentence);
  }
}
