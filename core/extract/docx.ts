/**
 * DOCX → HTML (mammoth, browser-compatible API) → the HTML extractor. One code path for
 * web pages and Word documents, so a rule behaves the same on both.
 */
import type { DocumentModel, DocumentSource } from '../model/document';
import { ExtractionError } from '../model/document';
import type { ExtractEnv } from './env';
import { extractHtml } from './html';
import { messages } from './messages';

/** Word's built-in and common Dutch heading styles → h1–h6; "Title" becomes h1 as well. */
const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [
    `p[style-name='Heading ${n}'] => h${n}:fresh`,
    `p[style-name='heading ${n}'] => h${n}:fresh`,
    `p[style-name='Kop ${n}'] => h${n}:fresh`,
  ]),
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Titel'] => h1:fresh",
];

export async function extractDocx(bytes: Uint8Array, env: ExtractEnv, source: DocumentSource): Promise<DocumentModel> {
  const mammoth = await import('mammoth');
  const convert = mammoth.convertToHtml ?? (mammoth as unknown as { default: typeof mammoth }).default.convertToHtml;
  let html: string;
  try {
    const arrayBuffer = bytes.slice().buffer;
    // The browser build of mammoth reads `arrayBuffer`; its Node build only reads `buffer`
    // (JSZip accepts an ArrayBuffer there too). Passing both keeps one call for both hosts.
    const input = { arrayBuffer, buffer: arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await convert(input, { styleMap: STYLE_MAP, externalFileAccess: false, ignoreEmptyParagraphs: true });
    html = result.value;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    // mammoth reports a ZIP without word/document.xml as "Could not find main document part".
    if (/main document part|end of central directory|zip/i.test(message)) {
      throw new ExtractionError(/main document/i.test(message) ? messages.docxNotDocx : messages.docxMalformed, /main document/i.test(message) ? 'unsupported' : 'malformed');
    }
    throw new ExtractionError(messages.docxMalformed, 'malformed');
  }
  const doc = env.parseHtml(`<!doctype html><html><head><title></title></head><body>${html}</body></html>`);
  return extractHtml(doc, source);
}
