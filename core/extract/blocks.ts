import type { Block, BlockKind } from '../model/document';

interface OpenHeading {
  level: number;
  text: string;
}

export interface BlockExtras {
  level?: number;
  page?: number;
  locator?: string;
}

/**
 * Collects blocks in reading order and keeps the heading path up to date.
 * Every format-specific extractor feeds its blocks through here, so index and
 * headingPath mean the same thing for HTML, PDF, DOCX and text.
 */
export class BlockCollector {
  readonly blocks: Block[] = [];
  private readonly open: OpenHeading[] = [];
  /** Shared snapshot of the open heading texts; rebuilt only when a heading changes it. */
  private path: string[] = [];

  /** Adds a block (text must already be normalised); returns its index, or undefined for empty text. */
  add(kind: BlockKind, text: string, extras: BlockExtras = {}): number | undefined {
    if (text.length === 0) return undefined;
    const index = this.blocks.length;
    const block: Block = { index, kind, text, headingPath: this.path };
    if (kind === 'heading') {
      const level = clampLevel(extras.level ?? 2);
      while (this.open.length > 0 && this.open[this.open.length - 1]!.level >= level) this.open.pop();
      block.level = level;
      block.headingPath = this.open.map((h) => h.text);
      this.open.push({ level, text });
      this.path = this.open.map((h) => h.text);
    }
    if (extras.page !== undefined) block.page = extras.page;
    if (extras.locator !== undefined) block.locator = extras.locator;
    this.blocks.push(block);
    return index;
  }

  get count(): number {
    return this.blocks.length;
  }

  firstHeadingText(): string | undefined {
    const h1 = this.blocks.find((b) => b.kind === 'heading' && b.level === 1);
    return (h1 ?? this.blocks.find((b) => b.kind === 'heading'))?.text;
  }
}

function clampLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.round(level)));
}
