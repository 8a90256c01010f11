/**
 * Pure layout logic for PDF text: positioned text runs → lines → blocks. Kept apart from the
 * pdf.js calls so it can be reasoned about (and tested) without a PDF.
 */
import type { BlockKind } from '../model/document';
import { BlockCollector } from './blocks';
import { isTocTitle, normalizeText } from './normalize';
import { isDottedTocLine } from './text';

/** One positioned piece of text, as pdf.js reports it (y grows upwards). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

export interface PageText {
  page: number;
  /** Bottom and top of the page box, for the header/footer bands. */
  bottom: number;
  top: number;
  runs: TextRun[];
}

export interface Line {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  page: number;
  /** In the top or bottom 8% of the page, where running headers and footers live. */
  band: 'top' | 'bottom' | undefined;
  /** Texts split at wide horizontal gaps: a table row (only set when there are two or more). */
  cells?: string[];
}

// Word and most layouts keep body text at least 2.5 cm from the edge; running headers and footers sit outside that.
const BAND_FRACTION = 0.08;
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:(?:pagina|page|blz\.?|pag\.?|p\.)\s*)?\d{1,4}(?:\s*(?:van|of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;
const BULLET = /^(?:[•·▪◦‣●○■□➢►–—*-]|\d{1,2}[.)]|[a-z][.)])\s+/;
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})+)\.?\s+\p{Lu}/u;
const CHAPTER_HEADING = /^(hoofdstuk|paragraaf|bijlage|deel)\s+\d+/i;

/** Groups runs into lines by baseline, top to bottom, left to right within a line. */
export function buildLines(page: PageText): Line[] {
  const runs = page.runs.filter((r) => r.text.length > 0);
  runs.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let group: TextRun[] = [];
  const height = page.top - page.bottom;
  const flush = (): void => {
    if (group.length === 0) return;
    group.sort((a, b) => a.x - b.x);
    const line = joinRuns(group);
    if (line.text.length > 0) {
      const relative = (line.y - page.bottom) / (height || 1);
      lines.push({
        ...line,
        page: page.page,
        band: relative > 1 - BAND_FRACTION ? 'top' : relative < BAND_FRACTION ? 'bottom' : undefined,
      });
    }
    group = [];
  };
  for (const run of runs) {
    const first = group[0];
    if (first && Math.abs(first.y - run.y) > Math.max(first.size, run.size) * 0.45) flush();
    group.push(run);
  }
  flush();
  return lines;
}

function joinRuns(runs: TextRun[]): Omit<Line, 'page' | 'band'> {
  const parts: string[] = [];
  let previousEnd = -Infinity;
  let boldChars = 0;
  let totalChars = 0;
  const sizeChars = new Map<number, number>();
  let previousText = '';
  const cellStarts: number[] = [0];
  // pdf.js reports a wide gap either as distance between runs or as one wide space run.
  let cellBreak = false;
  for (const run of runs) {
    const gap = run.x - previousEnd;
    const blank = run.text.trim().length === 0;
    if (parts.length > 0 && (gap > run.size * 2.5 || (blank && run.width > run.size * 2.5))) cellBreak = true;
    if (parts.length > 0 && gap > run.size * 0.15 && !/\s$/.test(previousText) && !/^\s/.test(run.text)) parts.push(' ');
    if (cellBreak && !blank) {
      cellStarts.push(parts.length);
      cellBreak = false;
    }
    parts.push(run.text);
    previousText = run.text;
    previousEnd = run.x + run.width;
    const chars = run.text.trim().length;
    totalChars += chars;
    if (run.bold) boldChars += chars;
    const size = roundSize(run.size);
    sizeChars.set(size, (sizeChars.get(size) ?? 0) + chars);
  }
  const first = runs[0]!;
  const cells =
    cellStarts.length > 1
      ? cellStarts.map((start, i) => normalizeText(parts.slice(start, cellStarts[i + 1]).join(''))).filter(Boolean)
      : undefined;
  return {
    ...(cells && cells.length > 1 ? { cells } : {}),
    text: normalizeText(parts.join('')),
    x: first.x,
    y: first.y,
    size: dominant(sizeChars) ?? roundSize(first.size),
    bold: totalChars > 0 && boldChars / totalChars >= 0.6,
  };
}

export function roundSize(size: number): number {
  return Math.round(size * 2) / 2;
}

function dominant(counts: Map<number, number>): number | undefined {
  let best: number | undefined;
  let bestCount = -1;
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** Bare page numbers: "12", "Pagina 12 van 80", "- 12 -". */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text);
}

/**
 * Removes running headers and footers: lines in the top/bottom band that repeat (digits
 * ignored) on many pages, and bare page numbers in those bands.
 */
export function removeRunningLines(pages: Line[][]): Line[][] {
  const pagesWithKey = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const line of lines) {
      if (!line.band) continue;
      const key = runningKey(line);
      if (!seen.has(key)) {
        seen.add(key);
        pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
      }
    }
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.25));
  return pages.map((lines) =>
    lines.filter((line) => {
      if (!line.band) return true;
      if (isPageNumber(line.text)) return false;
      return pages.length < 2 || (pagesWithKey.get(runningKey(line)) ?? 0) < threshold;
    }),
  );
}

/** Running headers sit at a fixed height: same band, same height (within 3 pt), same text bar digits. */
function runningKey(line: Line): string {
  return `${line.band}|${Math.round(line.y / 3)}|${line.text.toLowerCase().replace(/\d+/g, '#')}`;
}

interface HeadingStyle {
  /** Heading levels by font size, largest first. */
  levelBySize: Map<number, number>;
  bodySize: number;
  /** Level for bold headings at body size (one below the smallest larger size). */
  boldLevel: number;
  /** Usual distance between two lines of body text. */
  leading: number;
}

function analyseStyle(pages: Line[][]): HeadingStyle {
  const sizeChars = new Map<number, number>();
  for (const lines of pages) {
    for (const line of lines) sizeChars.set(line.size, (sizeChars.get(line.size) ?? 0) + line.text.length);
  }
  const bodySize = dominant(sizeChars) ?? 11;
  const headingSizes = new Set<number>();
  const gaps = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.size >= bodySize * 1.12 && line.text.length <= 200) headingSizes.add(line.size);
      const next = lines[i + 1];
      if (next && line.size === bodySize && next.size === bodySize) {
        const gap = Math.round((line.y - next.y) * 2) / 2;
        if (gap > 0 && gap < bodySize * 3) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
      }
    }
  }
  const sorted = [...headingSizes].sort((a, b) => b - a).slice(0, 5);
  const levelBySize = new Map(sorted.map((size, i) => [size, i + 1]));
  return { levelBySize, bodySize, boldLevel: Math.min(6, sorted.length + 1), leading: lineLeading(gaps) ?? bodySize * 1.3 };
}

/**
 * The distance between lines inside a paragraph: the smallest gap that is common. (The most
 * common gap can be the one between list items, when a document has many short items.)
 */
function lineLeading(gaps: Map<number, number>): number | undefined {
  let max = 0;
  for (const count of gaps.values()) max = Math.max(max, count);
  let leading: number | undefined;
  for (const [gap, count] of gaps) {
    if (count >= max * 0.2 && (leading === undefined || gap < leading)) leading = gap;
  }
  return leading;
}

interface HeadingInfo {
  level: number;
}

function headingInfo(line: Line, style: HeadingStyle): HeadingInfo | undefined {
  const text = line.text;
  if (text.length > 150 || isDottedTocLine(text)) return undefined;
  const bySize = style.levelBySize.get(line.size);
  if (bySize !== undefined && /\p{L}/u.test(text)) return { level: bySize };
  const endsLikeSentence = /[.;,:]$/.test(text);
  if (line.bold && line.size >= style.bodySize * 0.95 && text.length <= 100 && !endsLikeSentence && /^[\p{Lu}\d]/u.test(text)) {
    return { level: style.boldLevel };
  }
  const numbered = NUMBERED_HEADING.exec(text);
  if (numbered && text.length <= 70 && !endsLikeSentence) {
    const depth = numbered[1]!.split('.').length;
    return { level: Math.min(6, Math.max(style.boldLevel, depth)) };
  }
  if (CHAPTER_HEADING.test(text) && text.length <= 70 && !endsLikeSentence && line.bold) return { level: style.boldLevel };
  return undefined;
}

interface OpenBlock {
  kind: BlockKind;
  level?: number;
  page: number;
  parts: string[];
  firstX: number;
  last: Line;
}

/** Turns lines into blocks: headings, list items and paragraphs, each with its page number. */
export function linesToBlocks(pages: Line[][], collector: BlockCollector): void {
  const style = analyseStyle(pages);
  const paragraphGap = style.leading * 1.35;
  let open: OpenBlock | undefined;
  /** Inside a table-of-contents section ("Inhoudsopgave"): skipped until the next heading. */
  let inToc = false;

  const close = (): void => {
    if (!open) return;
    const text = normalizeText(open.parts.join(''));
    if (open.kind === 'heading') inToc = isTocTitle(text);
    if (!inToc) collector.add(open.kind, text, { level: open.level, page: open.page });
    open = undefined;
  };

  for (const lines of pages) {
    close(); // blocks never span pages, so every block has one page number
    for (const line of lines) {
      if (isDottedTocLine(line.text)) {
        close();
        continue;
      }
      const heading = headingInfo(line, style);
      if (heading) {
        // A heading may wrap over two lines: same style, right below.
        if (
          open?.kind === 'heading' && open.level === heading.level && open.last.size === line.size &&
          open.last.y - line.y <= line.size * 1.6
        ) {
          appendLine(open, line);
          continue;
        }
        close();
        open = { kind: 'heading', level: heading.level, page: line.page, parts: [line.text], firstX: line.x, last: line };
        continue;
      }
      if (line.cells) {
        close();
        for (const cell of line.cells) collector.add('tableCell', cell, { page: line.page });
        continue;
      }
      const bullet = BULLET.exec(line.text);
      if (bullet) {
        close();
        const text = line.text.slice(bullet[0].length);
        open = { kind: 'listItem', page: line.page, parts: [text], firstX: line.x, last: line };
        continue;
      }
      if (open && open.kind !== 'heading' && continuesBlock(open, line, paragraphGap)) {
        appendLine(open, line);
        continue;
      }
      close();
      open = { kind: 'paragraph', page: line.page, parts: [line.text], firstX: line.x, last: line };
    }
  }
  close();
}

function continuesBlock(open: OpenBlock, line: Line, paragraphGap: number): boolean {
  const gap = open.last.y - line.y;
  if (gap <= 0 || gap > paragraphGap) return false;
  if (Math.abs(open.last.size - line.size) > 0.6) return false;
  // List items continue on lines indented past the bullet; a line back at the margin is new text.
  if (open.kind === 'listItem') return line.x > open.firstX + 1;
  // A first-line indent starts a new paragraph.
  return line.x <= open.last.x + line.size * 0.8;
}

/** Appends a line, undoing line-end hyphenation ("ondersteunings-" + "plan"). */
function appendLine(open: OpenBlock, line: Line): void {
  const lastIndex = open.parts.length - 1;
  const previous = open.parts[lastIndex]!;
  if (/\p{L}[-\u2010]$/u.test(previous) && /^\p{Ll}/u.test(line.text)) {
    open.parts[lastIndex] = previous.slice(0, -1);
    open.parts.push(line.text);
  } else {
    open.parts.push(' ', line.text);
  }
  open.last = line;
}
