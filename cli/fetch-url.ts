/**
 * Fetch a document over http(s) with the protections a checker of other people's pages needs:
 * a total timeout, a size limit enforced while streaming, at most 5 redirects, and only
 * content types we can read (HTML, PDF, DOCX). Every failure is an InputError in plain Dutch.
 */
import type { ExtractInput } from '../core/extract/env';
import { InputError } from './errors';
import { USER_AGENT } from './version';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
}

const READABLE_TYPES = new Map<string, string>([
  ['text/html', 'html'],
  ['application/xhtml+xml', 'html'],
  ['application/pdf', 'pdf'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
]);
/** Servers often send PDFs and DOCX as a generic type; then the file name decides. */
const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream', 'application/download', 'application/force-download', '']);

export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

function fileNameOf(url: URL): string | undefined {
  const last = url.pathname.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last) : undefined;
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'de server weigert de verbinding';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'de server is niet gevonden (klopt het adres?)';
    case 'ECONNRESET':
      return 'de verbinding werd verbroken';
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return 'het beveiligingscertificaat van de server is niet geldig';
    default:
      return cause?.message ?? (error instanceof Error ? error.message : String(error));
  }
}

export async function fetchUrl(address: string, limits: FetchLimits): Promise<ExtractInput> {
  const maxRedirects = limits.maxRedirects ?? 5;
  const secondsValue = Math.round(limits.timeoutMs / 100) / 10;
  const seconds = `${secondsValue} ${secondsValue === 1 ? 'seconde' : 'seconden'}`;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  try {
    let url = new URL(address);
    let response: Response;
    for (let redirects = 0; ; redirects++) {
      try {
        response = await fetch(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: {
            'user-agent': USER_AGENT,
            accept: 'text/html, application/xhtml+xml, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9, */*;q=0.1',
          },
        });
      } catch (error) {
        if (timedOut) throw new InputError(`geen antwoord binnen ${seconds} van ${address} (verhoog de wachttijd met --timeout)`);
        throw new InputError(`${address} kan niet worden opgehaald: ${networkReason(error)}`);
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= maxRedirects) throw new InputError(`${address} verwijst te vaak door (meer dan ${maxRedirects} keer)`);
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new InputError(`${address} verwijst door naar een adres dat geen webadres is (${next.protocol})`);
        }
        url = next;
        continue;
      }
      break;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new InputError(`${address} gaf foutcode ${response.status}${response.statusText ? ` (${response.statusText})` : ''}`);
    }

    const mimeType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const fileName = fileNameOf(url);
    const byName = /\.(pdf|docx)$/i.test(fileName ?? '');
    if (!READABLE_TYPES.has(mimeType) && !(GENERIC_TYPES.has(mimeType) && byName)) {
      await response.body?.cancel();
      throw new InputError(
        `${address} is geen webpagina, PDF of Word-document (inhoudstype ${mimeType || 'onbekend'}); passend-check leest alleen HTML, PDF en DOCX`,
      );
    }

    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > limits.maxBytes) {
      await response.body?.cancel();
      throw new InputError(`${address} is te groot (${formatBytes(declared)}, hoogstens ${formatBytes(limits.maxBytes)}; zie --max-bytes)`);
    }

    const bytes = await readLimited(response, limits.maxBytes, address, () => timedOut, seconds);
    if (bytes.length === 0) throw new InputError(`${address} gaf een leeg antwoord`);
    const input: ExtractInput = { bytes, url: url.href, mimeType: mimeType || undefined };
    if (fileName) input.fileName = fileName;
    return input;
  } finally {
    clearTimeout(timer);
  }
}

/** Read the body, aborting as soon as it grows beyond the limit (the header may lie or be absent). */
async function readLimited(response: Response, maxBytes: number, address: string, timedOut: () => boolean, seconds: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new InputError(`${address} is te groot (meer dan ${formatBytes(maxBytes)}; zie --max-bytes)`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (timedOut()) throw new InputError(`geen volledig antwoord binnen ${seconds} van ${address} (verhoog de wachttijd met --timeout)`);
    throw new InputError(`${address} kon niet volledig worden gelezen: ${networkReason(error)}`);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
