/**
 * Abbreviations a document defines itself: "Commissie van Advies (CvA)" makes later "CvA"
 * count as "commissie van advies". Uses the Schwartz–Hearst algorithm (2003): the letters of
 * the short form must appear, in order, in the long form, the first one starting a word.
 */

export interface AbbreviationDefinition {
  short: string;
  long: string;
  /** Offset of the "(" in the scanned text. */
  at: number;
}

// The short form in brackets; the long form is looked for in the text just before it.
const SHORT_FORM = /\(\s*([\p{Lu}][\p{L}\d]{1,7})\s*\)/gu;

/** Find the long form for `short` at the end of `before`, or null. */
export function longFormFor(short: string, before: string): string | null {
  const words = before.trim().split(/\s+/);
  const maxWords = Math.min(short.length + 5, short.length * 2);
  const candidate = words.slice(-maxWords).join(' ');
  const s = short.toLowerCase();
  const l = candidate.toLowerCase();
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s.charAt(si);
    if (!/[\p{L}\d]/u.test(c)) {
      si--;
      continue;
    }
    // The first short-form letter must start a word of the long form.
    while (li >= 0 && (l.charAt(li) !== c || (si === 0 && li > 0 && /[\p{L}\d]/u.test(l.charAt(li - 1))))) li--;
    if (li < 0) return null;
    si--;
    li--;
  }
  const start = l.lastIndexOf(' ', li) + 1;
  const long = candidate.slice(start).trim();
  // A long form of one word equal to the short form's letters is no definition.
  if (long.length <= short.length) return null;
  return long;
}

export function findAbbreviationDefinitions(text: string): AbbreviationDefinition[] {
  const defs: AbbreviationDefinition[] = [];
  SHORT_FORM.lastIndex = 0;
  for (let m = SHORT_FORM.exec(text); m; m = SHORT_FORM.exec(text)) {
    const short = m[1]!;
    // Skip short forms that are all lower case after the first letter and look like words ("Zie").
    if (!/\p{Lu}.*\p{Lu}|\p{Lu}\d/u.test(short) && short.length > 3) continue;
    let before = text.slice(Math.max(0, m.index - 120), m.index);
    const cut = Math.max(before.lastIndexOf('('), before.lastIndexOf(')'), before.lastIndexOf('\n'));
    if (cut >= 0) before = before.slice(cut + 1);
    if (before.trim().length < 2) continue;
    const long = longFormFor(short, before);
    if (long) defs.push({ short, long, at: m.index });
  }
  return defs;
}
