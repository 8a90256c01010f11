/**
 * HTML (a parsed DOM) → DocumentModel. One code path for linkedom in Node and the real DOM
 * in browsers: only standard DOM properties that linkedom supports (firstChild, nextSibling,
 * parentNode, tagName, getAttribute, textContent, querySelectorAll).
 *
 * The walk is iterative (no recursion), so absurdly deep markup cannot overflow the stack,
 * and every node is visited once, so the cost stays linear in the size of the page.
 */
import type { BlockKind, DocumentModel, DocumentSource, Link } from '../model/document';
import { BlockCollector } from './blocks';
import { isTocTitle, normalizeText } from './normalize';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Never content and never links: skipped with everything inside. */
const DROPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'button', 'select', 'option', 'textarea', 'input', 'head', 'video', 'audio', 'map', 'dialog',
]);

/** Elements that do not start a new block: their text flows into the surrounding block. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img',
  'ins', 'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup',
  'time', 'tt', 'u', 'var', 'wbr', 'output', 'meter', 'progress',
]);

const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary']);
const COOKIE_PATTERN = /cookie|consent|gdpr|cc-banner|cc-window|cookiebar/i;
const BREADCRUMB_PATTERN = /breadcrumb|kruimel/i;
const SKIP_LINK_PATTERN = /skip|sr-only|visually-hidden|screen-reader/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const SECTIONING_FOR_HEADER = new Set(['article', 'main', 'section', 'aside', 'nav']);

/** Locators keep at most this many steps: short enough to read, specific enough to find. */
const MAX_LOCATOR_STEPS = 6;

interface Frame {
  el: Element;
  tag: string;
  /** One selector step for this element, e.g. "p:nth-of-type(3)" or "#inhoud". */
  step: string;
  parent: Frame | undefined;
  /** Block kind of this element, when it is a block container (p, li, td, h1 …). */
  kind: BlockKind | undefined;
  level: number | undefined;
  /** Nesting inside boilerplate / table-of-contents: no blocks, links become navigation. */
  navigation: boolean;
  /** Per child tag: how many children of that tag exist in total, and how many were seen. */
  childTypeTotals: Map<string, number> | undefined;
  childTypeSeen: Map<string, number> | undefined;
  linkParts: string[] | undefined;
  /** Nearest frame (this one or an ancestor) that decides the block kind; inherited so lookups are O(1). */
  kindFrame: Frame | undefined;
  /** Inside a ul/ol, and inside article/main/section (for page-level header/footer). */
  inList: boolean;
  inSection: boolean;
  /** True when this element is a block element: entering and leaving it ends the running text. */
  breaks: boolean;
}

interface PendingLink {
  href: string;
  text: string;
  navigation: boolean;
}

export function extractHtml(doc: Document, source: DocumentSource): DocumentModel {
  const baseUrl = findBaseUrl(doc, source.url);
  const collector = new BlockCollector();
  const links: Link[] = [];
  const warnings: string[] = [];

  // A fragment parsed without <html>/<body> (linkedom does that) has no body: walk the document.
  const root: ParentNode & Node = doc.body?.firstChild ? doc.body : doc;

  let buffer: string[] = [];
  let pendingLinks: PendingLink[] = [];
  /** Inside a table-of-contents section ("Inhoud", "Inhoudsopgave"): skipped until the next heading. */
  let inTocSection = false;
  const frames: Frame[] = [];

  const flush = (): void => {
    if (buffer.length === 0 && pendingLinks.length === 0) return;
    const owner = findOwner(frames);
    const text = buffer.length > 0 ? normalizeText(buffer.join('')) : '';
    buffer = [];
    let blockIndex: number | undefined;
    if (text.length > 0 && owner && !owner.navigation) {
      const kind = owner.kindFrame?.kind ?? 'paragraph';
      const level = owner.kindFrame?.level;
      if (kind === 'heading') inTocSection = isTocTitle(text);
      if (!inTocSection) {
        blockIndex = collector.add(kind, text, { level, locator: locatorOf(owner) });
      }
    }
    for (const link of pendingLinks) {
      const isContent = !link.navigation && blockIndex !== undefined;
      const entry: Link = { href: link.href, text: link.text, region: isContent ? 'content' : 'navigation' };
      if (isContent) entry.blockIndex = blockIndex;
      links.push(entry);
    }
    pendingLinks = [];
  };

  const enter = (el: Element): boolean => {
    const tag = el.tagName.toLowerCase();
    if (DROPPED_TAGS.has(tag) || isHidden(el)) return false;
    const parent = frames[frames.length - 1];
    const breaks = !INLINE_TAGS.has(tag);
    if (breaks) flush();
    const frame: Frame = {
      el,
      tag,
      step: stepFor(el, tag, parent),
      parent,
      kind: undefined,
      level: undefined,
      navigation: parent?.navigation ?? false,
      childTypeTotals: undefined,
      childTypeSeen: undefined,
      linkParts: undefined,
      kindFrame: parent?.kindFrame,
      inList: parent?.inList ?? false,
      inSection: parent?.inSection ?? false,
      breaks,
    };
    const headingMatch = /^h([1-6])$/.exec(tag);
    if (headingMatch) {
      frame.kind = 'heading';
      frame.level = Number(headingMatch[1]);
    } else if (tag === 'li') {
      frame.kind = 'listItem';
    } else if (tag === 'td' || tag === 'th') {
      frame.kind = 'tableCell';
    }
    // p, dt, dd, blockquote, figcaption, pre, and loose text in div/section/…: paragraphs
    // (or the kind of an enclosing li/td, so a <p> inside a table cell stays a table cell).
    if (frame.kind !== undefined) frame.kindFrame = frame;
    if (!frame.navigation && (isBoilerplate(el, tag, frame) || isTocList(el, tag, frame) || (tag === 'a' && isSkipLink(el)))) {
      frame.navigation = true;
    }
    if (tag === 'ul' || tag === 'ol') frame.inList = true;
    if (SECTIONING_FOR_HEADER.has(tag)) frame.inSection = true;
    if (tag === 'a' && el.getAttribute('href') !== null) frame.linkParts = [];
    frames.push(frame);
    return true;
  };

  const exit = (): void => {
    const frame = frames[frames.length - 1];
    if (!frame) return;
    if (frame.linkParts) {
      const href = resolveHref(frame.el.getAttribute('href') ?? '', baseUrl);
      if (href !== undefined) {
        pendingLinks.push({ href, text: normalizeText(frame.linkParts.join('')), navigation: frame.navigation });
      }
    }
    if (frame.breaks) flush();
    frames.pop();
  };

  const addText = (text: string): void => {
    // Text inside boilerplate never reaches a block, but still names its links.
    if (!frames[frames.length - 1]!.navigation) buffer.push(text);
    for (let i = frames.length - 1; i >= 0; i--) {
      const parts = frames[i]!.linkParts;
      if (parts) parts.push(text);
    }
  };

  // Iterative depth-first walk with explicit enter/exit events.
  frames.push(rootFrame(root));
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (el.tagName.toLowerCase() === 'br') addText(' ');
      else descend = enter(el);
    } else if (node.nodeType === TEXT_NODE) {
      addText(node.nodeValue ?? '');
    }
    if (descend) {
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      exit();
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) exit();
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  flush();

  const title = findTitle(doc) ?? collector.firstHeadingText();
  if (collector.count === 0) warnings.push('Er is geen inhoudelijke tekst gevonden (alleen menu’s, kop- en voetteksten of niets).');
  const model: DocumentModel = { source, blocks: collector.blocks, links, warnings };
  if (title) model.title = title;
  return model;
}

function rootFrame(root: ParentNode & Node): Frame {
  const tag = 'tagName' in root ? (root as Element).tagName.toLowerCase() : 'body';
  return {
    el: root as Element, tag, step: tag, parent: undefined, kind: undefined, level: undefined, navigation: false,
    childTypeTotals: undefined, childTypeSeen: undefined, linkParts: undefined, kindFrame: undefined,
    inList: false, inSection: false, breaks: true,
  };
}

/**
 * The innermost open block element: its selector becomes the locator and its navigation flag
 * (inherited downwards) says whether the text is boilerplate.
 */
function findOwner(frames: Frame[]): Frame | undefined {
  const innermost = frames[frames.length - 1];
  if (!innermost) return undefined;
  for (let frame: Frame | undefined = innermost; frame; frame = frame.parent) {
    if (frame.breaks) return innermost.navigation && !frame.navigation ? { ...frame, navigation: true } : frame;
  }
  return undefined;
}

function stepFor(el: Element, tag: string, parent: Frame | undefined): string {
  const id = el.getAttribute('id');
  if (id && /^[A-Za-z][\w-]*$/.test(id)) return `#${id}`;
  if (!parent) return tag;
  if (!parent.childTypeTotals) {
    // One pass over the parent's children, once per parent: keeps nth-of-type linear.
    const totals = new Map<string, number>();
    for (let child = parent.el.firstElementChild; child; child = child.nextElementSibling) {
      const childTag = child.tagName.toLowerCase();
      totals.set(childTag, (totals.get(childTag) ?? 0) + 1);
    }
    parent.childTypeTotals = totals;
    parent.childTypeSeen = new Map();
  }
  const seen = (parent.childTypeSeen!.get(tag) ?? 0) + 1;
  parent.childTypeSeen!.set(tag, seen);
  const total = parent.childTypeTotals.get(tag) ?? 1;
  return total > 1 ? `${tag}:nth-of-type(${seen})` : tag;
}

function locatorOf(frame: Frame): string {
  const steps: string[] = [];
  let current: Frame | undefined = frame;
  while (current && steps.length < MAX_LOCATOR_STEPS) {
    steps.push(current.step);
    if (current.step.startsWith('#') || current.tag === 'body') break;
    current = current.parent;
  }
  return steps.reverse().join(' > ');
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function isBoilerplate(el: Element, tag: string, frame: Frame): boolean {
  if (tag === 'nav' || tag === 'aside' || tag === 'form' || tag === 'search') return true;
  const role = el.getAttribute('role');
  if (role && BOILERPLATE_ROLES.has(role.toLowerCase())) return true;
  if (tag === 'header' || tag === 'footer') {
    // Only page-level headers and footers: an article's own header holds its title.
    return !(frame.parent?.inSection ?? false);
  }
  const marker = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
  if (marker.length > 1) {
    if (COOKIE_PATTERN.test(marker) || BREADCRUMB_PATTERN.test(marker)) return true;
  }
  const label = el.getAttribute('aria-label');
  return label !== null && BREADCRUMB_PATTERN.test(label);
}

/**
 * A table of contents: an outermost list whose links all point to anchors on the same page
 * and whose text is (almost) only those links.
 */
function isTocList(el: Element, tag: string, frame: Frame): boolean {
  if (tag !== 'ul' && tag !== 'ol') return false;
  if (frame.parent?.inList) return false; // only outermost lists: keeps the check linear
  const anchors = el.querySelectorAll('a[href]');
  if (anchors.length < 2) return false;
  let linkTextLength = 0;
  for (const anchor of Array.from(anchors)) {
    if (!(anchor.getAttribute('href') ?? '').startsWith('#')) return false;
    linkTextLength += normalizeText(anchor.textContent ?? '').length;
  }
  const listTextLength = normalizeText(el.textContent ?? '').length;
  return linkTextLength >= listTextLength * 0.8;
}

function isSkipLink(el: Element): boolean {
  const href = el.getAttribute('href') ?? '';
  if (!href.startsWith('#')) return false;
  const marker = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (SKIP_LINK_PATTERN.test(marker)) return true;
  return /^(ga |spring |direct )?naar (de )?(hoofd)?inhoud|^skip to/i.test(normalizeText(el.textContent ?? ''));
}

function findBaseUrl(doc: Document, pageUrl: string | undefined): string | undefined {
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  if (baseHref) {
    try {
      return new URL(baseHref, pageUrl).href;
    } catch {
      // An unusable <base>: fall back to the page URL.
    }
  }
  return pageUrl;
}

function resolveHref(raw: string, baseUrl: string | undefined): string | undefined {
  const href = raw.trim();
  if (href.length === 0 || /^javascript:/i.test(href)) return undefined;
  if (!baseUrl) return href;
  try {
    return new URL(href, baseUrl).href;
  } catch {
    return href;
  }
}

function findTitle(doc: Document): string | undefined {
  const title = doc.querySelector('title')?.textContent;
  const text = title ? normalizeText(title) : '';
  return text.length > 0 ? text : undefined;
}
