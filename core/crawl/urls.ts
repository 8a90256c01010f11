/**
 * URL rules of the crawler: which links to follow, when two addresses are the same page, and
 * which site an address belongs to. Pure functions on the WHATWG URL class (browser and Node).
 */

/** Files we never fetch: they cannot hold text we read, or are too big to be worth it. */
const SKIPPED_EXTENSIONS = /\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|css|js|mjs|json|xml|rss|atom|zip|rar|7z|gz|tar|mp3|mp4|m4a|wav|avi|mov|webm|ogg|doc|xls|xlsx|ppt|pptx|odt|ods|ics|vcf|exe|dmg|apk|woff2?|ttf|eot)$/i;
const DOCUMENT_EXTENSIONS = /\.(?:pdf|docx)$/i;

/** Normalise for "have we seen this?": no fragment, lower-case host, no default port. */
export function normalizeUrl(href: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = base === undefined ? new URL(href) : new URL(href, base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  return url.href;
}

/** The site a host belongs to: "www.school.nl" and "school.nl" are one site. */
export function siteHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase();
}

export function isSameSite(url: string, siteHosts: ReadonlySet<string>): boolean {
  return siteHosts.has(siteHost(hostOf(url)));
}

/** Links to images, scripts, archives and the like are never fetched. */
export function isSkippedByExtension(url: string): boolean {
  return SKIPPED_EXTENSIONS.test(new URL(url).pathname);
}

/** A PDF or DOCX by its name (the content type decides in the end). */
export function looksLikeDocument(url: string): boolean {
  return DOCUMENT_EXTENSIONS.test(new URL(url).pathname);
}

/**
 * Words that point to what the rules look for. Within one click depth these links are fetched
 * first, so a page budget is spent on the pages that matter (clicks are still counted exactly).
 */
const RELEVANT = /passend|ondersteun|zorg|schoolgids|gids|sop|profiel|klacht|ouder|steunpunt|tlv|toelaatba|bezwaar|geschil|document|download|beleid|jaarverslag|opr|medezeggenschap|contact|over-ons|samenwerkingsverband|swv/i;
const UNLIKELY = /nieuws|agenda|blog|foto|album|vacature|kalender|login|inloggen|zoeken|search|tag|categor|page\/\d|privacy|cookie/i;

export function linkPriority(url: string, linkText: string): number {
  const path = decodeURIComponentSafe(new URL(url).pathname);
  const haystack = `${path} ${linkText}`;
  let score = 0;
  if (RELEVANT.test(haystack)) score += 2;
  if (looksLikeDocument(url)) score += 1;
  if (UNLIKELY.test(haystack)) score -= 2;
  return score;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
