/**
 * Which linked documents are worth checking: PDF or Word files whose link text or address
 * names one of the passend-onderwijs documents. Pure, so it is unit-tested without a browser.
 */
import type { Link } from '../../core/model/document';

export interface LinkedCandidate {
  url: string;
  text: string;
  format: 'pdf' | 'docx';
}

/** Words that mark a relevant document, in link text or file name (folded to lower case). */
const RELEVANT = /ondersteuningsplan|schoolgids|schoolondersteuningsprofiel|ondersteuningsprofiel|\bsop\b|jaarverslag|passend[\s_-]*onderwijs/;

export const MAX_LINKED = 10;

function formatOf(url: URL): 'pdf' | 'docx' | undefined {
  const path = url.pathname.toLowerCase();
  if (path.endsWith('.pdf')) return 'pdf';
  if (path.endsWith('.docx')) return 'docx';
  return undefined;
}

function fold(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // A malformed escape: use the raw text.
  }
  return decoded.toLowerCase().replace(/[_+]/g, ' ');
}

/** Relevant PDF/DOCX links, absolute, de-duplicated (fragment ignored), in page order. */
export function relevantLinks(links: readonly Pick<Link, 'href' | 'text'>[], pageUrl: string): LinkedCandidate[] {
  const out: LinkedCandidate[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    let url: URL;
    try {
      url = new URL(link.href, pageUrl);
    } catch {
      continue;
    }
    // Only web addresses: javascript:, data: and file: links are never fetched.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const format = formatOf(url);
    if (!format) continue;
    const fileName = url.pathname.split('/').pop() ?? '';
    if (!RELEVANT.test(fold(`${link.text} ${fileName}`))) continue;
    url.hash = '';
    const key = url.href;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ url: key, text: link.text.trim() || fileName, format });
    if (out.length >= MAX_LINKED) break;
  }
  return out;
}

/** The origin patterns to ask permission for, e.g. "https://school.nl/*". */
export function originPatterns(candidates: readonly LinkedCandidate[]): string[] {
  return [...new Set(candidates.map((c) => `${new URL(c.url).origin}/*`))];
}

/** Documents on the page's own origin (fetched through the page with activeTab) vs elsewhere (need permission). */
export function splitByOrigin(candidates: readonly LinkedCandidate[], pageUrl: string): { sameOrigin: LinkedCandidate[]; otherOrigin: LinkedCandidate[] } {
  let pageOrigin = '';
  try {
    pageOrigin = new URL(pageUrl).origin;
  } catch {
    // No usable page URL: everything counts as another site.
  }
  const sameOrigin: LinkedCandidate[] = [];
  const otherOrigin: LinkedCandidate[] = [];
  for (const c of candidates) (new URL(c.url).origin === pageOrigin ? sameOrigin : otherOrigin).push(c);
  return { sameOrigin, otherOrigin };
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
