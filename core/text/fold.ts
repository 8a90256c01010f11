/**
 * Dutch-aware text folding for matching: lower case, diacritics removed (ë → e, é → e),
 * typographic dashes and quotes made plain, non-breaking spaces made spaces.
 *
 * Folding is length-preserving per UTF-16 code unit, so an offset in the folded text is the
 * same offset in the original. That lets the engine match on folded text and quote the
 * original without an offset map. (Ligatures are resolved earlier: extraction applies NFKC.)
 */

const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);
const SINGLE_QUOTES = new Set(['\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4']);
const DOUBLE_QUOTES = new Set(['\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb']);
const SPACES = new Set(['\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u2002', '\u2003']);

const cache = new Map<string, string>();

function foldChar(c: string): string {
  let f = cache.get(c);
  if (f !== undefined) return f;
  if (DASHES.has(c)) f = '-';
  else if (SINGLE_QUOTES.has(c)) f = "'";
  else if (DOUBLE_QUOTES.has(c)) f = '"';
  else if (SPACES.has(c)) f = ' ';
  else if (c === '\u00ad') f = '-'; // soft hyphen; extraction normally removes it
  else {
    const base = c.normalize('NFD').charAt(0).toLowerCase();
    // Keep the original when folding would change the length (e.g. 'İ'.toLowerCase()).
    f = base.length === 1 ? base : c;
  }
  cache.set(c, f);
  return f;
}

/** Fold text for matching. The result has exactly the same length as the input. */
export function fold(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 65 && code <= 90) {
        out += text.slice(runStart, i) + String.fromCharCode(code + 32);
        runStart = i + 1;
      }
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) continue; // surrogate halves stay as they are
    const f = foldChar(text.charAt(i));
    if (f !== text.charAt(i)) {
      out += text.slice(runStart, i) + f;
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
