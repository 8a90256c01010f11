/** Text as a person reads it: NFKC, one space between words, no soft hyphens or zero-width characters. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const WHITESPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;

export function normalizeText(raw: string): string {
  return raw.normalize('NFKC').replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim();
}

/** Headings that announce a table of contents. Their content is never evidence. */
const TOC_TITLE = /^(inhoud|inhoudsopgave|inhoudstafel|table of contents|contents)\s*:?$/i;

export function isTocTitle(text: string): boolean {
  return TOC_TITLE.test(text.trim());
}
