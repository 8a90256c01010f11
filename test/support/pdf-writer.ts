/**
 * Renders Markdown to a realistic A4 PDF with pdf-lib: bold, larger headings; word-wrapped
 * paragraphs and list items; a running header and a "Pagina N" footer on every page;
 * optional line-end hyphenation; a dotted table of contents where the text says `[[toc]]`.
 * Used by tests, the corpus and the bundled examples, so it stays general.
 */
import type { PDFFont, PDFPage } from 'pdf-lib';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import type { MdElement } from './markdown-blocks';
import { parseMarkdown } from './markdown-blocks';

export interface RenderPdfOptions {
  /** PDF Title metadata (also the running header when `header` is not given). */
  title?: string;
  /** Running header text on every page. */
  header?: string;
  /** "Pagina N" footer on every page (default true). */
  footer?: boolean;
  /** Break long words at the line end with a hyphen (default false). */
  hyphenate?: boolean;
}

const PAGE_WIDTH = 595.28;
const PAGE_HEIGHT = 841.89;
const MARGIN_X = 64;
const TOP = PAGE_HEIGHT - 72;
const BOTTOM = 72;
const BODY_SIZE = 10.5;
const LEADING = 1.4;
const HEADING_SIZES: Record<number, number> = { 1: 20, 2: 15, 3: 12.5, 4: 11.5, 5: 11, 6: 11 };
const LIST_INDENT = 14;
const LIST_TEXT_INDENT = 28;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

type DrawOp = { page: number; text: string; x: number; y: number; size: number; bold: boolean };

interface LayoutResult {
  ops: DrawOp[];
  pageCount: number;
  headingPages: { level: number; text: string; page: number }[];
}

export async function renderPdf(markdown: string, opts: RenderPdfOptions = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const elements = parseMarkdown(markdown).map((el) => sanitizeElement(el, fonts));
  // Two passes when there is a table of contents: the first finds the heading pages.
  let layout = layoutDocument(elements, fonts, opts, undefined);
  if (elements.some((el) => el.type === 'toc')) layout = layoutDocument(elements, fonts, opts, layout.headingPages);

  const pages: PDFPage[] = [];
  for (let i = 0; i < layout.pageCount; i++) pages.push(doc.addPage([PAGE_WIDTH, PAGE_HEIGHT]));
  for (const op of layout.ops) {
    pages[op.page]!.drawText(op.text, { x: op.x, y: op.y, size: op.size, font: op.bold ? fonts.bold : fonts.regular, color: rgb(0, 0, 0) });
  }
  const header = sanitize(opts.header ?? opts.title ?? '', fonts.regular);
  pages.forEach((page, i) => {
    if (header) page.drawText(header, { x: MARGIN_X, y: PAGE_HEIGHT - 40, size: 8, font: fonts.regular, color: rgb(0.3, 0.3, 0.3) });
    if (opts.footer !== false) {
      const footer = `Pagina ${i + 1}`;
      const width = fonts.regular.widthOfTextAtSize(footer, 8);
      page.drawText(footer, { x: (PAGE_WIDTH - width) / 2, y: 36, size: 8, font: fonts.regular, color: rgb(0.3, 0.3, 0.3) });
    }
  });
  if (opts.title) doc.setTitle(sanitize(opts.title, fonts.regular));
  doc.setProducer('passend-check test writer');
  return doc.save();
}

function layoutDocument(
  elements: MdElement[],
  fonts: Fonts,
  opts: RenderPdfOptions,
  tocEntries: { level: number; text: string; page: number }[] | undefined,
): LayoutResult {
  const ops: DrawOp[] = [];
  const headingPages: LayoutResult['headingPages'] = [];
  const maxWidth = PAGE_WIDTH - 2 * MARGIN_X;
  let page = 0;
  let y = TOP;

  const newPage = (): void => {
    page++;
    y = TOP;
  };
  const ensureSpace = (height: number): void => {
    if (y - height < BOTTOM) newPage();
  };
  const writeLines = (text: string, size: number, bold: boolean, x: number, width: number, firstPrefix?: { text: string; x: number }): void => {
    const font = bold ? fonts.bold : fonts.regular;
    const lines = wrapText(text, font, size, width, opts.hyphenate ?? false);
    lines.forEach((line, i) => {
      ensureSpace(size * LEADING);
      y -= size * LEADING;
      if (i === 0 && firstPrefix) ops.push({ page, text: firstPrefix.text, x: firstPrefix.x, y, size, bold: false });
      ops.push({ page, text: line, x, y, size, bold });
    });
  };

  for (const el of elements) {
    switch (el.type) {
      case 'heading': {
        const size = HEADING_SIZES[el.level] ?? BODY_SIZE;
        ensureSpace(size * 4); // never leave a heading alone at the bottom of a page
        y -= size * 0.9;
        headingPages.push({ level: el.level, text: el.text, page: page + 1 });
        writeLines(el.text, size, true, MARGIN_X, maxWidth);
        y -= size * 0.3;
        break;
      }
      case 'paragraph':
        writeLines(el.text, BODY_SIZE, false, MARGIN_X, maxWidth);
        y -= BODY_SIZE * 0.8;
        break;
      case 'listItem': {
        const marker = el.ordered ? `${el.number}.` : '•';
        writeLines(el.text, BODY_SIZE, false, MARGIN_X + LIST_TEXT_INDENT, maxWidth - LIST_TEXT_INDENT, { text: marker, x: MARGIN_X + LIST_INDENT });
        y -= BODY_SIZE * 0.25;
        break;
      }
      case 'table': {
        const columns = Math.max(1, ...el.rows.map((r) => r.length));
        const columnWidth = maxWidth / columns;
        for (const row of el.rows) {
          const cellLines = row.map((cell) => wrapText(cell, fonts.regular, BODY_SIZE, columnWidth - 10, false));
          const height = Math.max(1, ...cellLines.map((l) => l.length)) * BODY_SIZE * LEADING;
          ensureSpace(height);
          const rowTop = y;
          cellLines.forEach((lines, c) => {
            lines.forEach((line, i) => {
              ops.push({ page, text: line, x: MARGIN_X + c * columnWidth, y: rowTop - (i + 1) * BODY_SIZE * LEADING, size: BODY_SIZE, bold: false });
            });
          });
          y = rowTop - height - BODY_SIZE * 0.5;
        }
        y -= BODY_SIZE * 0.5;
        break;
      }
      case 'toc': {
        const size = HEADING_SIZES[1]!;
        ensureSpace(size * 4);
        y -= size * 0.9;
        writeLines('Inhoudsopgave', size, true, MARGIN_X, maxWidth);
        y -= size * 0.3;
        const entries = tocEntries ?? headingPagesPlaceholder(elements);
        for (const entry of entries.filter((e) => e.level <= 2)) {
          const indent = (entry.level - 1) * 14;
          const number = String(entry.page);
          const label = truncate(entry.text, fonts.regular, BODY_SIZE, maxWidth - indent - 60);
          const labelWidth = fonts.regular.widthOfTextAtSize(label, BODY_SIZE);
          const numberWidth = fonts.regular.widthOfTextAtSize(number, BODY_SIZE);
          const dotWidth = fonts.regular.widthOfTextAtSize('.', BODY_SIZE);
          const dots = '.'.repeat(Math.max(4, Math.floor((maxWidth - indent - labelWidth - numberWidth - 8) / dotWidth)));
          ensureSpace(BODY_SIZE * LEADING);
          y -= BODY_SIZE * LEADING;
          ops.push({ page, text: `${label} ${dots} ${number}`, x: MARGIN_X + indent, y, size: BODY_SIZE, bold: false });
        }
        newPage();
        break;
      }
      case 'pageBreak':
        newPage();
        break;
    }
  }
  return { ops, pageCount: page + 1, headingPages };
}

/** Same number of entries as the real TOC, so both layout passes put headings on the same pages. */
function headingPagesPlaceholder(elements: MdElement[]): { level: number; text: string; page: number }[] {
  return elements.flatMap((el) => (el.type === 'heading' ? [{ level: el.level, text: el.text, page: 99 }] : []));
}

/** Greedy word wrap; with `hyphenate`, long words are split at the line end with a hyphen. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number, hyphenate: boolean): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  const width = (s: string): number => font.widthOfTextAtSize(s, size);
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (width(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (hyphenate && current && word.length >= 10 && /^\p{L}+$/u.test(word)) {
      // Fit as much of the word as possible (at least 4 letters each side), then a hyphen.
      let cut = word.length - 4;
      while (cut >= 4 && width(`${current} ${word.slice(0, cut)}-`) > maxWidth) cut--;
      if (cut >= 4) {
        lines.push(`${current} ${word.slice(0, cut)}-`);
        current = word.slice(cut);
        continue;
      }
    }
    if (current) lines.push(current);
    current = word;
  }
  if (current) lines.push(current);
  return lines.length > 0 ? lines : [''];
}

function truncate(text: string, font: PDFFont, size: number, maxWidth: number): string {
  let result = text;
  while (result.length > 4 && font.widthOfTextAtSize(result, size) > maxWidth) result = result.slice(0, -1);
  return result;
}

function sanitizeElement(el: MdElement, fonts: Fonts): MdElement {
  switch (el.type) {
    case 'heading':
      return { ...el, text: sanitize(el.text, fonts.bold) };
    case 'paragraph':
    case 'listItem':
      return { ...el, text: sanitize(el.text, fonts.regular) };
    case 'table':
      return { ...el, rows: el.rows.map((row) => row.map((cell) => sanitize(cell, fonts.regular))) };
    default:
      return el;
  }
}

const REPLACEMENTS: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201C': '"', '\u201D': '"', '\u2192': '->', '\u2265': '>=', '\u2264': '<=', '\u00A0': ' ' };

/** Standard fonts only encode WinAnsi: keep ë, é, €, – and friends, replace the rest. */
export function sanitize(text: string, font: PDFFont): string {
  let cache = encodableCache.get(font);
  if (!cache) encodableCache.set(font, (cache = new Map<string, boolean>()));
  const out: string[] = [];
  for (const ch of text.normalize('NFC')) {
    const replaced = REPLACEMENTS[ch] ?? ch;
    let ok = cache.get(replaced);
    if (ok === undefined) {
      try {
        font.encodeText(replaced);
        ok = true;
      } catch {
        ok = false;
      }
      cache.set(replaced, ok);
    }
    out.push(ok ? replaced : '?');
  }
  return out.join('');
}

const encodableCache = new WeakMap<PDFFont, Map<string, boolean>>();
