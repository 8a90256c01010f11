/**
 * Markdown and plain text → DocumentModel. Also used to build documents from rule examples,
 * so it accepts any string and never throws.
 */
import type { DocumentModel, DocumentSource } from '../model/document';
import { BlockCollector } from './blocks';
import { isTocTitle, normalizeText } from './normalize';

const MD_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;
const MD_LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(.*)$/;
const MD_TABLE_ROW = /^[ \t]*\|(.*)\|?[ \t]*$/;
const MD_TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const MD_FENCE = /^[ \t]*(```|~~~)/;
const MD_TOC_MARKER = /^[ \t]*\[\[toc\]\][ \t]*$/i;
const MD_LINK = /\[([^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const DOTTED_TOC_LINE = /(?:\.\s?){4,}\s*\d+\s*$|…{2,}\s*\d+\s*$/;

/** "Hoofdstuk 3 Toelaatbaarheid ........ 14". Long lines are never table-of-contents lines (and would make the regex slow). */
export function isDottedTocLine(line: string): boolean {
  return line.length <= 300 && DOTTED_TOC_LINE.test(line);
}

const DEFAULT_MARKDOWN_SOURCE: DocumentSource = { format: 'markdown' };
const DEFAULT_TEXT_SOURCE: DocumentSource = { format: 'text' };

/** Markdown → blocks: headings, list items, table cells and blank-line separated paragraphs. */
export function extractMarkdown(text: string, source: DocumentSource = DEFAULT_MARKDOWN_SOURCE): DocumentModel {
  const collector = new BlockCollector();
  const links: DocumentModel['links'] = [];
  let paragraph: string[] = [];
  let inFence = false;
  /** Inside a table-of-contents section ("Inhoud"): skipped until the next heading. */
  let inToc = false;

  const addBlock = (kind: 'paragraph' | 'listItem' | 'tableCell', raw: string): void => {
    if (inToc) return;
    const { plain, found } = stripInlineMarkdown(raw);
    const index = collector.add(kind, normalizeText(plain));
    for (const link of found) {
      links.push(index === undefined ? { ...link, region: 'navigation' } : { ...link, region: 'content', blockIndex: index });
    }
  };
  const flushParagraph = (): void => {
    if (paragraph.length > 0) addBlock('paragraph', paragraph.join(' '));
    paragraph = [];
  };

  for (const line of splitLines(text)) {
    if (MD_FENCE.test(line)) {
      flushParagraph();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      paragraph.push(line);
      continue;
    }
    if (line.trim().length === 0 || MD_TOC_MARKER.test(line)) {
      flushParagraph();
      continue;
    }
    const heading = MD_HEADING.exec(line);
    if (heading) {
      flushParagraph();
      const level = heading[1]!.length;
      const headingText = normalizeText(stripInlineMarkdown(heading[2] ?? '').plain);
      inToc = isTocTitle(headingText);
      if (!inToc) collector.add('heading', headingText, { level });
      continue;
    }
    if (MD_TABLE_RULE.test(line) && line.includes('-')) {
      flushParagraph();
      continue;
    }
    const row = MD_TABLE_ROW.exec(line);
    if (row) {
      flushParagraph();
      for (const cell of (row[1] ?? '').split('|')) addBlock('tableCell', cell);
      continue;
    }
    const item = MD_LIST_ITEM.exec(line);
    if (item) {
      flushParagraph();
      addBlock('listItem', item[1] ?? '');
      continue;
    }
    if (isDottedTocLine(line)) continue;
    paragraph.push(line.trim());
  }
  flushParagraph();
  return finish(collector, links, source);
}

const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(\S.*)$/;
const MAX_HEADING_LINE = 80;

/**
 * Plain text → blocks. Paragraphs are separated by blank lines. A short line without a final
 * period that is followed by more text is a heading (level 2); "3.2 Toelaatbaarheid" is a
 * heading whose level follows the depth of its number.
 */
export function extractPlainText(text: string, source: DocumentSource = DEFAULT_TEXT_SOURCE): DocumentModel {
  const collector = new BlockCollector();
  const paragraphs = splitParagraphs(text);
  /** Inside a table-of-contents section ("Inhoud"): skipped until the next heading. */
  let inToc = false;
  for (let p = 0; p < paragraphs.length; p++) {
    const lines = paragraphs[p]!;
    let start = 0;
    // A heading line may sit directly on top of its paragraph, or alone before the next one.
    const first = lines[0]!.trim();
    const hasFollower = lines.length > 1 || p + 1 < paragraphs.length;
    const numbered = NUMBERED_HEADING.exec(first);
    if (hasFollower && looksLikeHeadingLine(first)) {
      const level = numbered ? Math.min(6, numbered[1]!.split('.').filter(Boolean).length) : 2;
      const headingText = normalizeText(first);
      inToc = isTocTitle(headingText);
      if (!inToc) collector.add('heading', headingText, { level });
      start = 1;
    }
    if (inToc) continue;
    const rest = lines.slice(start).filter((line) => !isDottedTocLine(line));
    if (rest.length > 0) collector.add('paragraph', normalizeText(rest.join(' ')));
  }
  return finish(collector, [], source);
}

function looksLikeHeadingLine(line: string): boolean {
  if (line.length === 0 || line.length > MAX_HEADING_LINE) return false;
  if (/[.:;,]$/.test(line) && !/^\d+(\.\d+)*\.$/.test(line)) return false;
  if (isDottedTocLine(line)) return false;
  // A heading starts with a capital or a section number, and is not a bullet.
  return /^(\d{1,2}(\.\d{1,2})*\.?\s+)?[\p{Lu}\d]/u.test(line) && !/^[-*•]/.test(line);
}

function finish(collector: BlockCollector, links: DocumentModel['links'], source: DocumentSource): DocumentModel {
  const model: DocumentModel = { source, blocks: collector.blocks, links, warnings: [] };
  const title = collector.firstHeadingText();
  if (title) model.title = title;
  return model;
}

function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
}

function splitParagraphs(text: string): string[][] {
  const result: string[][] = [];
  let current: string[] = [];
  for (const line of splitLines(text)) {
    if (line.trim().length === 0) {
      if (current.length > 0) result.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** Removes emphasis markers and turns [text](url) into text, collecting the links. */
function stripInlineMarkdown(raw: string): { plain: string; found: { href: string; text: string }[] } {
  const found: { href: string; text: string }[] = [];
  const plain = raw
    .replace(MD_LINK, (_match, label: string, href: string) => {
      found.push({ href, text: normalizeText(label) });
      return label;
    })
    .replace(/(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])[*_](?=\S)([^*_]{1,300}?)(?<=\S)[*_](?=$|[\s).,;:!?])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1');
  return { plain, found };
}
