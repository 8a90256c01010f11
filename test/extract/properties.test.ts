import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeEnv } from '../../cli/env';
import { extractHtml } from '../../core/extract/html';
import { extractMarkdown, extractPlainText } from '../../core/extract/text';
import { DocumentModel } from '../../core/model/document';

const markdownish = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom('# ', '## ', '- ', '* ', '1. ', '| a | b |', '|---|', '\n', '\n\n', '```', '[[toc]]', '[x](y)', '**', '_', '....... 3'),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(''));

const htmlish = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom('<p>', '</p>', '<h2>', '</h2>', '<li>', '<ul>', '<nav>', '</nav>', '<a href="#x">', '</a>', '<td>', '<div hidden>', '<!--', '-->', '<script>', '</script>', '<h1>Inhoud</h1>', '&amp;', '<br>'),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(''));

describe('extractors never throw', () => {
  it('extractMarkdown and extractPlainText accept any string', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        for (const model of [extractMarkdown(text), extractPlainText(text)]) {
          expect(DocumentModel.safeParse(model).success).toBe(true);
          model.blocks.forEach((b, i) => expect(b.index).toBe(i));
          expect(model.blocks.every((b) => b.text.length > 0 && b.text === b.text.trim())).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('extractHtml accepts any markup', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const model = extractHtml(nodeEnv.parseHtml(html), { format: 'html', url: 'https://example.org/a/b' });
        expect(DocumentModel.safeParse(model).success).toBe(true);
        for (const link of model.links) {
          if (link.blockIndex !== undefined) expect(model.blocks[link.blockIndex]).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
