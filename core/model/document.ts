/**
 * The one document model every input format is turned into (HTML, PDF, DOCX, text, Markdown).
 * Rules only ever see this model, so a rule behaves the same on a web page and on a PDF.
 */
import { z } from 'zod';

export const SourceFormat = z.enum(['html', 'pdf', 'docx', 'text', 'markdown']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const BlockKind = z.enum(['heading', 'paragraph', 'listItem', 'tableCell']);
export type BlockKind = z.infer<typeof BlockKind>;

export const Block = z.object({
  /** Position in reading order, 0-based and dense: blocks[i].index === i. */
  index: z.number().int().nonnegative(),
  kind: BlockKind,
  /** Heading level 1–6 (only for headings). */
  level: z.number().int().min(1).max(6).optional(),
  /** Text as a person reads it: NFKC-normalised, whitespace collapsed, line-end hyphenation undone. */
  text: z.string(),
  /** Texts of the enclosing headings, outermost first (not including the block itself). */
  headingPath: z.array(z.string()),
  /** 1-based page number (PDF, and DOCX/HTML when known). */
  page: z.number().int().positive().optional(),
  /** Where to find the block again: a CSS selector for HTML. */
  locator: z.string().optional(),
});
export type Block = z.infer<typeof Block>;

export const Link = z.object({
  href: z.string(),
  text: z.string(),
  /** The block the link sits in, if it sits in a content block. */
  blockIndex: z.number().int().nonnegative().optional(),
  /** Where the link was: content links are evidence-capable, navigation links are only pointers. */
  region: z.enum(['content', 'navigation']),
});
export type Link = z.infer<typeof Link>;

export const DocumentSource = z.object({
  path: z.string().optional(),
  url: z.string().optional(),
  format: SourceFormat,
  /** Byte size of the original input. */
  bytes: z.number().int().nonnegative().optional(),
});
export type DocumentSource = z.infer<typeof DocumentSource>;

export const DocumentModel = z.object({
  source: DocumentSource,
  /** <title>, PDF Title metadata, or the first heading. */
  title: z.string().optional(),
  blocks: z.array(Block),
  links: z.array(Link),
  pageCount: z.number().int().nonnegative().optional(),
  /** Things a reader should know about the extraction (e.g. "pagina 3 bevat geen tekst"). */
  warnings: z.array(z.string()),
});
export type DocumentModel = z.infer<typeof DocumentModel>;

/** An input that could not be turned into a document model. Carries a one-line Dutch message. */
export class ExtractionError extends Error {
  constructor(
    message: string,
    readonly code:
      | 'empty'
      | 'too-large'
      | 'malformed'
      | 'encrypted'
      | 'unsupported'
      | 'no-text'
      | 'timeout',
  ) {
    super(message);
    this.name = 'ExtractionError';
  }
}
