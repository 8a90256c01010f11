/**
 * Sentence boundaries inside one block of text. Good enough for Dutch plans: it does not
 * split after common abbreviations ("bijv.", "o.a.", "art.", "nr.") or inside numbers ("2.47").
 */
const ABBREVIATIONS = new Set([
  'bijv', 'bv', 'o.a', 'oa', 'd.w.z', 'dwz', 'm.b.t', 'mbt', 'i.v.m', 'ivm', 'e.d', 'ed', 'art', 'nr', 'no', 'blz', 'p', 'pag',
  'ca', 'z.s.m', 'zsm', 'jl', 'j.l', 't.a.v', 'tav', 'mr', 'dr', 'drs', 'ir', 'ing', 'mevr', 'dhr', 'st', 'evt', 'incl', 'excl',
  'vs', 'enz', 'etc', 'resp', 'zgn', 'm.u.v', 'muv', 'n.a.v', 'nav', 'i.s.m', 'ism', 'v.d', 'a.s', 'jr', 'lid', 'sub', 'tel',
]);

/** [start, end) ranges of the sentences in `text`. */
export function sentenceRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  // A semicolon always ends a clause: legal lists ("de procedure …; de criteria …;") are one item per clause.
  const re = /;+(?=\s)|[.!?:]+(?=\s+["'(\u2018\u201c]?[\p{Lu}\p{N}•-])|[.!?]+(?=\s*$)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    if (m[0] === '.' || m[0] === ':') {
      // The word before the period: an abbreviation does not end a sentence.
      const before = text.slice(Math.max(start, m.index - 12), m.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase();
      if (m[0] === '.' && word && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
      if (m[0] === ':') continue; // a colon introduces, it does not end
    }
    ranges.push([start, end]);
    start = end;
    while (start < text.length && /\s/.test(text.charAt(start))) start++;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}
