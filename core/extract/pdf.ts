/**
 * PDF → DocumentModel via the injected pdf.js. Safety first: eval off, no scripting, no font
 * loading into the page, a copy of the bytes (pdf.js detaches the buffer), and the loading task
 * is always destroyed.
 */
import type { DocumentModel, DocumentSource } from '../model/document';
import { ExtractionError } from '../model/document';
import { BlockCollector } from './blocks';
import type { ExtractEnv } from './env';
import type { Cancellation } from './limits';
import { messages } from './messages';
import { normalizeText } from './normalize';
import type { PageText, TextRun } from './pdf-layout';
import { buildLines, linesToBlocks, removeRunningLines } from './pdf-layout';

export interface PdfOptions {
  maxPages: number;
  cancellation: Cancellation;
}

const BOLD_FONT_NAME = /bold|black|heavy|semibold|demi/i;

export async function extractPdf(
  bytes: Uint8Array,
  env: ExtractEnv,
  source: DocumentSource,
  options: PdfOptions,
): Promise<DocumentModel> {
  const pdfjs = await env.loadPdfjs();
  options.cancellation.throwIfCancelled();
  // pdf.js 6 dropped isEvalSupported (no eval path is left); we still pass it so an older
  // build injected by a host can never compile font code with eval (CVE-2024-4367).
  const params: Exclude<Parameters<typeof pdfjs.getDocument>[0], string | URL | ArrayBuffer | Uint8Array> & {
    isEvalSupported: false;
  } = {
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  };
  const loadingTask = pdfjs.getDocument(params);
  const stopOnCancel = options.cancellation.onCancel(() => void loadingTask.destroy());
  try {
    const pdf = await loadingTask.promise.catch((error: unknown) => {
      throw toExtractionError(error);
    });
    const pageCount = pdf.numPages;
    const pagesToRead = Math.min(pageCount, options.maxPages);
    const warnings: string[] = [];
    const pages: PageText[] = [];
    const pagesWithoutText: number[] = [];
    for (let pageNumber = 1; pageNumber <= pagesToRead; pageNumber++) {
      options.cancellation.throwIfCancelled();
      try {
        const pageText = await readPage(pdf, pageNumber);
        if (!pageText.runs.some((run) => run.text.trim().length > 0)) pagesWithoutText.push(pageNumber);
        pages.push(pageText);
      } catch (error) {
        if (error instanceof ExtractionError) throw error;
        options.cancellation.throwIfCancelled();
        warnings.push(messages.pdfPageFailed(pageNumber));
        pagesWithoutText.push(pageNumber);
      }
    }
    if (pagesToRead > 0 && pagesWithoutText.length === pagesToRead) {
      throw new ExtractionError(messages.pdfNoText, 'no-text');
    }
    if (pagesWithoutText.length > 0) warnings.push(messages.pdfPagesWithoutText(pagesWithoutText));
    if (pagesToRead < pageCount) warnings.push(messages.pdfPagesCapped(pagesToRead, pageCount));

    const lines = removeRunningLines(pages.map(buildLines));
    const collector = new BlockCollector();
    linesToBlocks(lines, collector);

    const model: DocumentModel = { source, blocks: collector.blocks, links: [], pageCount, warnings };
    const title = (await metadataTitle(pdf)) ?? collector.firstHeadingText();
    if (title) model.title = title;
    return model;
  } finally {
    stopOnCancel();
    await loadingTask.destroy().catch(() => undefined);
  }
}

type PdfDocument = Awaited<ReturnType<Awaited<ReturnType<ExtractEnv['loadPdfjs']>>['getDocument']>['promise']>;

async function readPage(pdf: PdfDocument, pageNumber: number): Promise<PageText> {
  const page = await pdf.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    const [, bottom = 0, , top = 842] = page.view;
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.length === 0) continue;
      const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
      // Rotated text (margins, stamps) is left out: it is almost never body text.
      if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01) continue;
      const size = Math.abs(d) || Math.abs(a) || item.height;
      runs.push({ text: item.str, x, y, width: item.width, size, bold: isBold(page, item.fontName, content.styles) });
    }
    return { page: pageNumber, bottom, top, runs };
  } finally {
    page.cleanup();
  }
}

/**
 * Bold from the font name when pdf.js has it at hand. In Node, pdf.js only exposes font
 * objects after rendering, so there we rely on font size and numbering instead.
 */
function isBold(
  page: { commonObjs: { has(id: string): boolean; get(id: string): unknown } },
  fontName: string,
  styles: Record<string, { fontFamily?: string }>,
): boolean {
  if (BOLD_FONT_NAME.test(styles[fontName]?.fontFamily ?? '')) return true;
  if (!page.commonObjs.has(fontName)) return false;
  const font = page.commonObjs.get(fontName) as { name?: unknown; bold?: unknown; black?: unknown } | null;
  if (!font) return false;
  if (font.bold === true || font.black === true) return true;
  return typeof font.name === 'string' && BOLD_FONT_NAME.test(font.name);
}

async function metadataTitle(pdf: PdfDocument): Promise<string | undefined> {
  try {
    const { info } = await pdf.getMetadata();
    const raw = (info as { Title?: unknown } | undefined)?.Title;
    if (typeof raw !== 'string') return undefined;
    const title = normalizeText(raw.replace(/^Microsoft (Word|PowerPoint) - /, '').replace(/\.(docx?|pdf)$/i, ''));
    return title.length > 0 && !/^(untitled|naamloos|document\d*)$/i.test(title) ? title : undefined;
  } catch {
    return undefined;
  }
}

function toExtractionError(error: unknown): ExtractionError {
  if (error instanceof ExtractionError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException') return new ExtractionError(messages.pdfEncrypted, 'encrypted');
  return new ExtractionError(messages.pdfMalformed, 'malformed');
}
