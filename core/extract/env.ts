/**
 * What extraction needs from its host. core/ stays free of Node and browser specifics:
 * the CLI passes linkedom and the legacy pdf.js build (with the Node 20 polyfill), the
 * extension passes DOMParser and the browser build of pdf.js.
 */
export type PdfjsModule = typeof import('pdfjs-dist');

export interface ExtractEnv {
  /** Parse an HTML string into a DOM Document. */
  parseHtml(html: string): Document;
  /** Load pdf.js lazily: only when a PDF is actually checked. */
  loadPdfjs(): Promise<PdfjsModule>;
}

/** Limits that protect against hostile or absurd input. All have sane defaults. */
export interface ExtractLimits {
  /** Refuse inputs larger than this many bytes (default 50 MB). */
  maxBytes?: number;
  /** Read at most this many PDF pages (default 1000). */
  maxPages?: number;
  /** Give up after this many milliseconds (default 60 000). */
  timeoutMs?: number;
}

export interface ExtractInput {
  bytes: Uint8Array;
  /** File name or URL path, used for format sniffing and the report. */
  fileName?: string;
  url?: string;
  /** Content-Type header, when fetched. */
  mimeType?: string;
}
