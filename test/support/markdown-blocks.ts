/**
 * A tiny Markdown reader shared by the PDF and DOCX writers: headings, paragraphs,
 * list items, table rows and the `[[toc]]` marker. Enough to render realistic test documents.
 */
export type MdElement =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'listItem'; text: string; ordered: boolean; number: number }
  | { type: 'table'; rows: string[][] }
  | { type: 'toc' }
  | { type: 'pageBreak' };

/** With keepLinks, [text](url) stays in the text (the DOCX writer turns it into a hyperlink). */
export function parseMarkdown(markdown: string, keepLinks = false): MdElement[] {
  const stripInline = (text: string): string => stripInlineMarkup(text, keepLinks);
  const elements: MdElement[] = [];
  let paragraph: string[] = [];
  let table: string[][] | undefined;
  const flush = (): void => {
    if (paragraph.length > 0) elements.push({ type: 'paragraph', text: stripInline(paragraph.join(' ')) });
    paragraph = [];
    if (table) elements.push({ type: 'table', rows: table });
    table = undefined;
  };
  for (const rawLine of markdown.split(/\r?\n/)) {
    const line = rawLine.trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (/^\s*\[\[toc\]\]\s*$/i.test(line)) {
      flush();
      elements.push({ type: 'toc' });
      continue;
    }
    if (/^\s*\[\[pagebreak\]\]\s*$/i.test(line)) {
      flush();
      elements.push({ type: 'pageBreak' });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      elements.push({ type: 'heading', level: heading[1]!.length, text: stripInline(heading[2]!.trim()) });
      continue;
    }
    if (/^\s*\|/.test(line)) {
      if (paragraph.length > 0) {
        elements.push({ type: 'paragraph', text: stripInline(paragraph.join(' ')) });
        paragraph = [];
      }
      if (/^\s*\|?[\s:|-]+\|?\s*$/.test(line) && line.includes('-')) continue; // separator row
      const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => stripInline(c.trim()));
      (table ??= []).push(cells);
      continue;
    }
    const item = /^\s*(?:([-*+])|(\d{1,3})[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const ordered = item[2] !== undefined;
      elements.push({ type: 'listItem', text: stripInline(item[3]!), ordered, number: ordered ? Number(item[2]) : 0 });
      continue;
    }
    if (table) flush();
    paragraph.push(line.trim());
  }
  flush();
  return elements;
}

function stripInlineMarkup(text: string, keepLinks: boolean): string {
  return (keepLinks ? text : text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1');
}
