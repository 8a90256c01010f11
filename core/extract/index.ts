/**
 * Entry point of extraction: any input (bytes + name/URL/MIME type) → DocumentModel.
 * Failures always surface as an ExtractionError with a one-line Dutch message; library errors
 * and stack traces never reach the user.
 */
import type { DocumentModel, DocumentSource, SourceFormat } from '../model/document';
import { ExtractionError } from '../model/document';
import { extractDocx } from './docx';
import type { ExtractEnv, ExtractInput, ExtractLimits } from './env';
import { extractHtml } from './html';
import type { ResolvedLimits } from './limits';
import { Cancellation, assertSizeAllowed, resolveLimits } from './limits';
import { messages } from './messages';
import { extractPdf } from './pdf';
import { decodeText, sniffFormat } from './sniff';
import { extractMarkdown, extractPlainText } from './text';

export { extractHtml } from './html';
export { extractMarkdown, extractPlainText } from './text';
export { assertSizeAllowed, DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT_MS } from './limits';
export type { ExtractEnv, ExtractInput, ExtractLimits } from './env';

export async function extractDocument(input: ExtractInput, env: ExtractEnv, limits?: ExtractLimits): Promise<DocumentModel> {
  const resolved = resolveLimits(limits);
  assertSizeAllowed(input.bytes.length, limits);
  const cancellation = new Cancellation(resolved.timeoutMs);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      cancellation.cancel();
      reject(cancellation.error());
    }, resolved.timeoutMs);
  });
  try {
    return await Promise.race([run(input, env, resolved, cancellation), timeout]);
  } catch (error) {
    throw asExtractionError(error);
  } finally {
    clearTimeout(timer);
  }
}

async function run(input: ExtractInput, env: ExtractEnv, limits: ResolvedLimits, cancellation: Cancellation): Promise<DocumentModel> {
  let decoded: string | undefined;
  const text = (): string => (decoded ??= decodeText(input.bytes));
  const sniffed = sniffFormat(input, text);
  switch (sniffed.kind) {
    case 'zip-not-docx':
      throw new ExtractionError(messages.docxNotDocx, 'unsupported');
    case 'legacy-doc':
      throw new ExtractionError(messages.docLegacy, 'unsupported');
    case 'image':
      throw new ExtractionError(messages.image, 'unsupported');
    case 'binary':
      throw new ExtractionError(messages.binary, 'unsupported');
    case 'pdf-named-garbage':
      throw new ExtractionError(messages.pdfNotPdf, 'malformed');
    case 'format':
      break;
  }
  const source = sourceOf(input, sniffed.format);
  switch (sniffed.format) {
    case 'pdf':
      return extractPdf(input.bytes, env, source, { maxPages: limits.maxPages, cancellation });
    case 'docx':
      return requireContent(await extractDocx(input.bytes, env, source));
    case 'html':
      // Yield once so a timeout set to 0–1 ms can still win before the synchronous parse.
      await Promise.resolve();
      requireText(text());
      return extractHtml(env.parseHtml(text()), source);
    case 'markdown':
      requireText(text());
      return extractMarkdown(text(), source);
    case 'text':
      requireText(text());
      return extractPlainText(text(), source);
  }
}

function sourceOf(input: ExtractInput, format: SourceFormat): DocumentSource {
  const source: DocumentSource = { format, bytes: input.bytes.length };
  if (input.fileName) source.path = input.fileName;
  if (input.url) source.url = input.url;
  return source;
}

function requireText(text: string): void {
  if (text.trim().length === 0) throw new ExtractionError(messages.emptyText, 'empty');
}

/** A DOCX without any text is reported like an empty file, not as an empty result. */
function requireContent(model: DocumentModel): DocumentModel {
  if (model.blocks.length === 0) throw new ExtractionError(messages.emptyText, 'empty');
  return model;
}

function asExtractionError(error: unknown): ExtractionError {
  if (error instanceof ExtractionError) return error;
  // e.g. RangeError from a hostile input deep inside a parser: never show the stack.
  return new ExtractionError(messages.unexpected, 'malformed');
}
