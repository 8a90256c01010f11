/**
 * Renders Markdown to a Word document (.docx) with the `docx` package: Heading 1–6 styles,
 * paragraphs, bulleted and numbered lists, and tables. Used by tests, the corpus and the
 * bundled examples, so it stays general.
 */
import type { ParagraphChild } from 'docx';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { MdElement } from './markdown-blocks';
import { parseMarkdown } from './markdown-blocks';

export interface RenderDocxOptions {
  title?: string;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

export async function renderDocx(markdown: string, opts: RenderDocxOptions = {}): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let numberedListInstance = 0;
  let previous: MdElement | undefined;
  for (const el of parseMarkdown(markdown, true)) {
    switch (el.type) {
      case 'heading':
        children.push(new Paragraph({ heading: HEADINGS[Math.min(6, el.level) - 1], children: runs(el.text) }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: runs(el.text) }));
        break;
      case 'listItem':
        if (el.ordered) {
          // A new numbered list restarts at 1.
          if (!(previous?.type === 'listItem' && previous.ordered)) numberedListInstance++;
          children.push(new Paragraph({ children: runs(el.text), numbering: { reference: 'numbered', level: 0, instance: numberedListInstance } }));
        } else {
          children.push(new Paragraph({ children: runs(el.text), bullet: { level: 0 } }));
        }
        break;
      case 'table':
        children.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: el.rows.map(
              (row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell) })] })) }),
            ),
          }),
        );
        break;
      case 'toc':
        // Word builds its own table of contents from fields; a plain heading is enough here.
        break;
      case 'pageBreak':
        children.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
    previous = el;
  }
  const doc = new Document({
    title: opts.title,
    creator: 'passend-check test writer',
    numbering: {
      config: [
        {
          reference: 'numbered',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [{ children }],
  });
  const buffer = await Packer.toArrayBuffer(doc);
  return new Uint8Array(buffer);
}

/** Plain text runs, with Markdown links [text](url) as real hyperlinks. */
function runs(text: string): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  const pattern = /\[([^\]]*)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) children.push(new TextRun(text.slice(last, match.index)));
    children.push(new ExternalHyperlink({ link: match[2]!, children: [new TextRun({ text: match[1]!, style: 'Hyperlink' })] }));
    last = match.index + match[0].length;
  }
  if (last < text.length) children.push(new TextRun(text.slice(last)));
  return children;
}
