/**
 * Turn matches into quotes a person can verify in one click: the sentence around the match
 * (shortened around it), its page or locator, heading path and a link that opens it.
 */
import type { Evidence } from '../report/model';
import type { DocIndex, Match } from './doc-index';
import type { DocumentFacts } from './evaluate-rule';

const MAX_QUOTE = 280;

function shorten(text: string, start: number, end: number): string {
  if (text.length <= MAX_QUOTE) return text;
  const room = Math.max(0, MAX_QUOTE - (end - start));
  const from = Math.max(0, start - Math.floor(room / 2));
  const to = Math.min(text.length, from + MAX_QUOTE);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

function openUrl(facts: Pick<DocumentFacts, 'sourceUrl' | 'format'>, page: number | undefined, quote: string): string | undefined {
  if (!facts.sourceUrl) return undefined;
  const base = facts.sourceUrl.split('#')[0]!;
  if (page !== undefined && (facts.format === 'pdf' || facts.format === 'docx')) return `${base}#page=${page}`;
  if (facts.format === 'html' && /^https?:/.test(base)) {
    const words = quote.replace(/^…/, '').split(/\s+/).slice(0, 8).join(' ');
    return `${base}#:~:text=${encodeURIComponent(words)}`;
  }
  return undefined;
}

export function evidenceFor(index: DocIndex, matches: Match[], facts: Pick<DocumentFacts, 'sourceUrl' | 'format'>, supports: string, max: number): Evidence[] {
  const out: Evidence[] = [];
  const seenBlocks = new Set<number>();
  for (const m of matches) {
    if (out.length >= max) break;
    if (m.block < 0) {
      const link = m.linkIndex !== undefined ? index.doc.links[m.linkIndex] : undefined;
      if (link) out.push({ text: `${link.region === 'navigation' ? 'Link in menu of voettekst' : 'Link'}: ${link.text} (${link.href})`, supports });
      continue;
    }
    if (seenBlocks.has(m.block)) continue;
    seenBlocks.add(m.block);
    const block = index.blocks[m.block]!;
    let text: string;
    if (block.kind === 'heading') {
      // A heading alone says little: quote it with the first sentence under it.
      const next = index.blocks[m.block + 1];
      const first = next && next.kind !== 'heading' ? next.text.slice(0, index.sentences(m.block + 1)[0]?.[1] ?? next.text.length) : '';
      text = shorten(first ? `${block.text} — ${first}` : block.text, 0, block.text.length);
    } else {
      const [s, e] = index.sentenceRange(m.block, m.start);
      text = shorten(block.text.slice(s, e), m.start - s, m.end - s);
    }
    const ev: Evidence = { text, supports };
    if (block.page !== undefined) ev.page = block.page;
    if (block.locator) ev.locator = block.locator;
    if (block.headingPath.length > 0) ev.headingPath = block.headingPath;
    const url = openUrl(facts, block.page, text);
    if (url) ev.openUrl = url;
    out.push(ev);
  }
  return out;
}
