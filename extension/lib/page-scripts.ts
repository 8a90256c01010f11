/**
 * The only code that runs inside the web page, injected with scripting.executeScript on the
 * user's request (activeTab). No persistent content script: reading the page and showing a
 * quote are two small functions. They must be self-contained (they are serialised).
 */

export interface PageSnapshot {
  url: string;
  title: string;
  html: string;
}

/** Serialises the live page; the panel parses it with DOMParser, where scripts never run. */
export function snapshotPage(): PageSnapshot {
  return { url: location.href, title: document.title, html: document.documentElement.outerHTML };
}

/**
 * Scrolls to a quote and highlights it: the CSS Custom Highlight API where available (the
 * page's DOM is not changed), otherwise an outline on the element. Returns whether it was found.
 */
export function highlightOnPage(locator: string, quote: string): boolean {
  const name = 'passend-check';
  let element: Element | null;
  try {
    element = locator ? document.querySelector(locator) : null;
  } catch {
    element = null;
  }
  const words = quote.replace(/^Link: /, '').replace(/…/g, ' ').replace(/\s+/g, ' ').trim();
  if (!element && words) {
    // Fall back to the first element whose text contains the start of the quote.
    const probe = words.slice(0, 40).toLowerCase();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n.textContent ?? '').replace(/\s+/g, ' ').toLowerCase().includes(probe)) {
        element = n.parentElement;
        break;
      }
    }
  }
  if (!element) return false;
  element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  const range = document.createRange();
  range.selectNodeContents(element);
  const registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightCtor = (globalThis as unknown as { Highlight?: new (r: Range) => unknown }).Highlight;
  if (registry && HighlightCtor) {
    if (!document.getElementById('passend-check-style')) {
      const style = document.createElement('style');
      style.id = 'passend-check-style';
      style.textContent = `::highlight(${name}) { background-color: #ffe066; color: #000; }`;
      (document.head ?? document.documentElement).append(style);
    }
    registry.set(name, new HighlightCtor(range));
  } else {
    (element as HTMLElement).style.outline = '3px solid #b8860b';
  }
  document.documentElement.dataset.passendCheckHighlight = locator || 'tekst';
  return true;
}

export interface PageFetchResult {
  ok: boolean;
  status: string;
  mimeType?: string;
  /** The body as base64 (executeScript results must be JSON-serialisable). */
  base64?: string;
}

/**
 * Fetches a document of the page's own site from inside the page (isolated world), so
 * same-site documents need no extra permission beyond activeTab. Other sites go through
 * optional_host_permissions instead.
 */
export async function fetchFromPage(url: string, maxBytes: number): Promise<PageFetchResult> {
  try {
    const response = await fetch(url, { credentials: 'include' });
    const status = `${response.status} ${response.statusText}`.trim();
    if (!response.ok) return { ok: false, status };
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > maxBytes) return { ok: false, status: 'te groot' };
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { ok: true, status, mimeType: response.headers.get('content-type') ?? undefined, base64: btoa(binary) };
  } catch (error) {
    return { ok: false, status: error instanceof Error ? error.message : String(error) };
  }
}
