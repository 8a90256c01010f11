import { describe, expect, it } from 'vitest';
import { nodeEnv } from '../../cli/env';
import { extractDocument } from '../../core/extract/index';
import type { DocumentModel } from '../../core/model/document';
import { DocumentModel as DocumentModelSchema } from '../../core/model/document';
import { renderPdf } from '../support/pdf-writer';
import { PLAN_MARKDOWN } from './fixtures';

const HEADER = 'SWV De Waterlanden - Ondersteuningsplan 2026-2030';
const LONG_SECTION = Array.from({ length: 14 }, (_, i) =>
  `Alinea ${i + 1}: het samenwerkingsverband verdeelt de middelen voor ondersteuningsvoorzieningen over de scholen. ` +
  'De scholen verantwoorden jaarlijks hoe zij de ondersteuningsmiddelen hebben ingezet en welke resultaten dat opleverde voor de leerlingen.',
).join('\n\n');
const MARKDOWN = `${PLAN_MARKDOWN}\n## 5 Middelen\n\n${LONG_SECTION}\n`;

async function extractPdf(markdown: string, opts: Parameters<typeof renderPdf>[1] = {}): Promise<DocumentModel> {
  const bytes = await renderPdf(markdown, opts);
  return extractDocument({ bytes, fileName: 'plan.pdf' }, nodeEnv);
}

describe('PDF extraction', async () => {
  const model = await extractPdf(MARKDOWN, { title: 'Ondersteuningsplan 2026-2030', header: HEADER, hyphenate: true });
  const allText = model.blocks.map((b) => b.text).join('\n');

  it('is a valid document model with pages', () => {
    expect(DocumentModelSchema.safeParse(model).success).toBe(true);
    expect(model.source.format).toBe('pdf');
    expect(model.pageCount).toBeGreaterThanOrEqual(3);
    expect(model.title).toBe('Ondersteuningsplan 2026-2030');
    expect(model.warnings).toEqual([]);
  });

  it('detects headings with levels from font size', () => {
    const heading = (text: string) => model.blocks.find((b) => b.kind === 'heading' && b.text === text);
    expect(heading('Ondersteuningsplan Samenwerkingsverband De Waterlanden 2026-2030')?.level).toBe(1);
    expect(heading('3 Toelaatbaarheid')?.level).toBe(2);
    expect(heading('2.1 Basisondersteuning')?.level).toBe(3);
    const paragraph = model.blocks.find((b) => b.text.startsWith('De commissie van deskundigen'))!;
    expect(paragraph.kind).toBe('paragraph');
    expect(paragraph.headingPath).toEqual(['Ondersteuningsplan Samenwerkingsverband De Waterlanden 2026-2030', '3 Toelaatbaarheid']);
  });

  it('reads list items and table cells', () => {
    expect(model.blocks.filter((b) => b.kind === 'listItem').map((b) => b.text)).toEqual([
      'Elke school heeft een intern begeleider met voldoende tijd.',
      'De school werkt handelingsgericht en betrekt ouders vanaf het begin.',
      'Een ontwikkelingsperspectief wordt binnen zes weken na plaatsing vastgesteld.',
    ]);
    expect(model.blocks.filter((b) => b.kind === 'tableCell').map((b) => b.text)).toEqual(['Categorie', 'Bekostiging', 'Laag', 'Categorie 1', 'Midden', 'Categorie 2']);
  });

  it('removes the running header, the page-number footer and the table of contents', () => {
    expect(allText).not.toContain('SWV De Waterlanden - Ondersteuningsplan');
    expect(allText).not.toMatch(/Pagina \d/);
    expect(allText).not.toContain('Inhoudsopgave');
    expect(allText).not.toMatch(/\.{4,}/);
    // Title and table of contents fill page 1; the first chapter starts on page 2.
    expect(model.blocks.find((b) => b.text === '1 Inleiding')!.page).toBe(2);
  });

  it('re-joins words hyphenated at the end of a line', () => {
    const paragraphs = model.blocks.filter((b) => b.text.startsWith('Alinea'));
    expect(paragraphs).toHaveLength(14);
    for (const p of paragraphs) {
      expect(p.text).toContain('ondersteuningsvoorzieningen');
      expect(p.text).toContain('ondersteuningsmiddelen');
      expect(p.text).not.toMatch(/\p{L}- \p{Ll}/u);
    }
  });

  it('puts the right page number on every block', () => {
    expect(model.blocks.every((b) => b.page !== undefined && b.page >= 1 && b.page <= model.pageCount!)).toBe(true);
    const pages = model.blocks.map((b) => b.page!);
    expect([...pages].sort((a, b) => a - b)).toEqual(pages); // reading order
    expect(new Set(pages).size).toBeGreaterThanOrEqual(2);
  });

  it('leaves hyphens in real compounds alone', async () => {
    const doc = await extractPdf('Leer- en gedragsproblemen vragen om een plan.');
    expect(doc.blocks[0]!.text).toBe('Leer- en gedragsproblemen vragen om een plan.');
  });

  it('extracts a 150-page plan completely', async () => {
    const chapters: string[] = [];
    for (let c = 1; c <= 50; c++) {
      chapters.push(`## ${c} Hoofdstuk over ondersteuning ${c}`);
      for (let p = 1; p <= 6; p++) {
        // Lengths vary per chapter, as in a real plan, so pages do not all look alike.
        const sentences = 2 + ((c + p) % 4);
        chapters.push(`Hoofdstuk ${c}, alinea ${p}. ${'De school en het samenwerkingsverband maken samen afspraken over de ondersteuning van leerlingen en betrekken ouders daarbij. '.repeat(sentences)}`);
      }
      chapters.push('[[pagebreak]]');
    }
    // Three pages per chapter: fill the remainder with list items.
    const markdown = chapters.join('\n\n').replaceAll('[[pagebreak]]', `${'- Een afspraak over begeleiding in de klas en de rol van de intern begeleider.\n'.repeat(60)}\n[[pagebreak]]`);
    const doc = await extractPdf(`# Groot plan\n\n${markdown}`, { header: 'Groot plan' });
    expect(doc.pageCount).toBeGreaterThanOrEqual(150);
    expect(doc.blocks.filter((b) => b.kind === 'heading' && b.level === 2)).toHaveLength(50);
    expect(doc.blocks.filter((b) => b.text.startsWith('Hoofdstuk ') && b.kind === 'paragraph')).toHaveLength(300);
    expect(doc.blocks.filter((b) => b.kind === 'listItem')).toHaveLength(50 * 60);
    // The final page break leaves one empty page (only a footer) at the end.
    expect(doc.blocks.at(-1)!.page).toBe(doc.pageCount! - 1);
    expect(doc.blocks.some((b) => b.text === 'Groot plan' && b.kind !== 'heading')).toBe(false);
  });
});
