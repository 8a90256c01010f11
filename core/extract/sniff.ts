/** Decides the input format from the bytes first, then the MIME type and file name. */
import type { SourceFormat } from '../model/document';
import type { ExtractInput } from './env';

export type Sniffed =
  | { kind: 'format'; format: SourceFormat }
  | { kind: 'zip-not-docx' }
  | { kind: 'legacy-doc' }
  | { kind: 'image' }
  | { kind: 'binary' }
  | { kind: 'pdf-named-garbage' };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const IMAGE_MAGICS = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a],
];
const OTHER_BINARY_MAGICS = [
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x52, 0x61, 0x72, 0x21], // RAR
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
];
const DOCX_MAIN_PART = asciiBytes('word/document.xml');
const PDF_HEADER = asciiBytes('%PDF-');

export function sniffFormat(input: ExtractInput, text: () => string): Sniffed {
  const { bytes } = input;
  const name = (input.fileName ?? urlPath(input.url) ?? '').toLowerCase();
  const mime = (input.mimeType ?? '').toLowerCase();

  // pdf.js accepts the header anywhere in the first kilobyte.
  if (indexOf(bytes, PDF_HEADER, 0, 1024) >= 0) return { kind: 'format', format: 'pdf' };
  if (startsWith(bytes, ZIP)) {
    return indexOf(bytes, DOCX_MAIN_PART, 0, bytes.length) >= 0 ? { kind: 'format', format: 'docx' } : { kind: 'zip-not-docx' };
  }
  if (startsWith(bytes, OLE2)) return { kind: 'legacy-doc' };
  if (IMAGE_MAGICS.some((magic) => startsWith(bytes, magic))) return { kind: 'image' };
  if (OTHER_BINARY_MAGICS.some((magic) => startsWith(bytes, magic))) return { kind: 'binary' };
  if (name.endsWith('.pdf') || mime.includes('application/pdf')) return { kind: 'pdf-named-garbage' };
  if (name.endsWith('.docx') || mime.includes('wordprocessingml')) return { kind: 'zip-not-docx' };

  const decoded = text();
  if (looksBinary(decoded)) return { kind: 'binary' };
  if (mime.includes('text/html') || mime.includes('xhtml') || /\.(html?|xhtml|php|aspx?)$/.test(name)) {
    return { kind: 'format', format: 'html' };
  }
  if (name.endsWith('.md') || name.endsWith('.markdown') || mime.includes('text/markdown')) {
    return { kind: 'format', format: 'markdown' };
  }
  if (looksLikeHtml(decoded)) return { kind: 'format', format: 'html' };
  return { kind: 'format', format: 'text' };
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<?xml') && head.includes('<html'))) {
    return true;
  }
  return /<(html|head|body|p|div|h[1-6]|ul|table|article|main|section)[\s>]/.test(head) && head.startsWith('<');
}

/** Control characters and undecodable bytes in the first 64 kB give binary content away. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.length === 0) return false;
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0xfffd) suspicious++;
  }
  return suspicious / sample.length > 0.05;
}

function urlPath(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

function asciiBytes(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((value, i) => bytes[i] === value);
}

function indexOf(bytes: Uint8Array, needle: number[], from: number, to: number): number {
  const end = Math.min(to, bytes.length) - needle.length;
  const first = needle[0];
  for (let i = from; i <= end; i++) {
    if (bytes[i] !== first) continue;
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** Bytes → string: UTF-8 (with or without BOM), UTF-16 by BOM, else Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('windows-1252').decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}
