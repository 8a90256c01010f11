/**
 * The crawler's only window on the network. core/ stays free of Node I/O: the CLI passes a
 * Fetcher built on node:http(s), the extension could pass one built on fetch(). A Fetcher does
 * one request and never follows redirects itself: the crawler follows them, so it can check
 * robots.txt, the same-site rule and loops at every hop.
 */

export interface FetchRequest {
  url: string;
  /** Give up (and report a timeout) after this many milliseconds. */
  timeoutMs: number;
  /** Stop reading once the body grows beyond this many bytes (report "too-large"). */
  maxBytes: number;
  userAgent: string;
  /**
   * Decides from the Content-Type (lowercase, without parameters) and the URL whether the body
   * is worth reading. When it returns false, the body is not downloaded.
   */
  accept(mimeType: string, url: string): boolean;
}

export type FetchFailureCode = 'timeout' | 'dns' | 'refused' | 'tls' | 'network';

export type FetchOutcome =
  /** A final answer with its body (empty for status ≥ 400). */
  | { kind: 'response'; status: number; mimeType: string; bytes: Uint8Array }
  | { kind: 'redirect'; status: number; location: string }
  /** The content type was refused by `accept`; the body was not read. */
  | { kind: 'skipped-type'; status: number; mimeType: string }
  | { kind: 'too-large'; status: number; declaredBytes?: number }
  | { kind: 'failure'; code: FetchFailureCode; message: string };

export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchOutcome>;
}
