/**
 * A loaded, validated rule set: what the loader (core/rules/load.ts) returns and the engine takes.
 */
import type { Pack, Rule, Vocab } from './schema';

export interface RuleSet {
  packs: Pack[];
  rules: Rule[];
  /** All rules/vocab/*.yaml merged into one. */
  vocab: Required<Pick<Vocab, 'groups'>> & {
    nearMiss: { definition: string[]; promise: string[]; deferral: string[] };
    tense: { past: string[]; nonPast: string[] };
  };
  /** A stable version string: the date-based version in rules/VERSION plus a content hash. */
  version: string;
}

/** One source file of a rule set, as read by an adapter (CLI from disk, extension from the bundle). */
export interface RuleSourceFile {
  /** Path relative to the rules root, e.g. "ondersteuningsplan/op.looptijd.yaml". */
  path: string;
  text: string;
}
