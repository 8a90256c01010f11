/**
 * Safety checks for the `pattern:` escape hatch in rule files. The engine runs patterns with the
 * `u` flag over normalised (lower-case, accent-free) text, so that is how they are compiled here.
 *
 * Catastrophic backtracking is detected with redos-detector. The pattern is checked anchored
 * (`^(?:…)`): unanchored, redos-detector also counts the engine retrying at every start position,
 * which makes even `\d+ weken` "unsafe" (quadratic at worst, bounded by the block length). What
 * we must refuse is a pattern whose single match attempt can explode, like `(a+)+$`.
 */
import { isSafePattern } from 'redos-detector';

/** Longest pattern we accept; long patterns are hard to review and slow to check. */
export const MAX_PATTERN_LENGTH = 300;
/**
 * redos-detector's step limit (its default, 20,000) decides, so the verdict is the same on a
 * loaded CI machine as on a laptop. The wall-clock timeout is only a backstop against a hang;
 * running out of either counts as unsafe.
 */
const CHECK_MAX_STEPS = 20_000;
const CHECK_TIMEOUT_MS = 10_000;

/** The analysis takes tens of milliseconds per pattern; rule sets repeat patterns, so remember answers. */
const verdicts = new Map<string, string | null>();

/** Returns a Dutch explanation of what is wrong with the pattern, or null when it is fine. */
export function patternProblem(pattern: string): string | null {
  let verdict = verdicts.get(pattern);
  if (verdict === undefined) {
    verdict = analysePattern(pattern);
    verdicts.set(pattern, verdict);
  }
  return verdict;
}

function analysePattern(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return `reguliere expressie is te lang (${pattern.length} tekens, hoogstens ${MAX_PATTERN_LENGTH})`;
  }
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return `reguliere expressie is ongeldig: ${firstLine(error)}`;
  }
  if (/[A-Z]/.test(pattern.replace(/\\[pPkK]\{[^}]*\}|\\[A-Za-z]/g, ''))) {
    return 'reguliere expressie bevat hoofdletters, maar de tekst wordt in kleine letters doorzocht: schrijf het patroon in kleine letters';
  }
  let safe: boolean;
  try {
    safe = isSafePattern(`^(?:${pattern})`, { unicode: true, maxSteps: CHECK_MAX_STEPS, timeout: CHECK_TIMEOUT_MS }).safe;
  } catch {
    // redos-detector cannot analyse some constructs (back-references in odd places); refuse them.
    safe = false;
  }
  if (!safe) {
    return `reguliere expressie "${pattern}" is onveilig: hij kan bij sommige teksten extreem traag worden (catastrofale backtracking). Vermijd herhalingen binnen herhalingen, zoals (a+)+ of (\\w+\\s?)*`;
  }
  return null;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
