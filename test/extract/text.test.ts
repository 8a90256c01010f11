import { describe, expect, it } from 'vitest';
import { nodeEnv } from '../../cli/env';
import { extractDocument } from '../../core/extract/index';
import { extractMarkdown, extractPlainText } from '../../core/extract/text';
import { DocumentModel } from '../../core/model/document';
import { PLAN_MARKDOWN } from './fixtures';

describe('extractMarkdown', () => {
  const model = extractMarkdown(PLAN_MARKDOWN);

  it('reads headings, list items, table cells and paragraphs', () => {
    expect(DocumentModel.safeParse(model).success).toBe(true);
    expect(model.title).toBe('Ondersteuningsplan Samenwerkingsverband De Waterlanden 2026-2030');
    const kinds = (kind: string) => model.blocks.filter((b) => b.kind === kind).map((b) => b.text);
    expect(kinds('heading')).toContain('2.1 Basisondersteuning');
    expect(kinds('listItem')).toEqual([
      'Elke school heeft een intern begeleider met voldoende tijd.',
      'De school werkt handelingsgericht en betrekt ouders vanaf het begin.',
      'Een ontwikkelingsperspectief wordt binnen zes weken na plaatsing vastgesteld.',
    ]);
    expect(kinds('tableCell')).toEqual(['Categorie', 'Bekostiging', 'Laag', 'Categorie 1', 'Midden', 'Categorie 2']);
    const basis = model.blocks.find((b) => b.text.startsWith('Iedere school biedt'))!;
    expect(basis.headingPath).toEqual([model.title, '2 Ondersteuning op de scholen', '2.1 Basisondersteuning']);
    expect(model.blocks.find((b) => b.text === '2.1 Basisondersteuning')!.level).toBe(3);
  });

  it('strips inline markup and keeps links as content links', () => {
    const last = model.blocks.find((b) => b.text.startsWith('Ouders die het niet eens'))!;
    expect(last.text).toContain('Meer informatie staat op onze website.');
    expect(model.links).toEqual([{ href: 'https://www.example.org/bezwaar', text: 'onze website', region: 'content', blockIndex: last.index }]);
  });

  it('joins the lines of one paragraph and drops a table of contents', () => {
    const doc = extractMarkdown('# Schoolgids\n\n## Inhoud\n\n- Zorgplicht\n- Klachten\n\n## Zorgplicht\n\nWij zoeken\nvoor ieder kind\neen passende plek.\n');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Schoolgids', 'Zorgplicht', 'Wij zoeken voor ieder kind een passende plek.']);
  });
});

describe('extractPlainText', () => {
  it('finds paragraphs, short-line headings and numbered headings', () => {
    const text = [
      'Schoolondersteuningsprofiel',
      '',
      'Dit profiel beschrijft welke ondersteuning onze school biedt.',
      '',
      '3 Ondersteuning',
      'Wij bieden extra hulp bij lezen en rekenen.',
      '',
      '3.2 Toelaatbaarheid',
      '',
      'Voor het speciaal onderwijs is een toelaatbaarheidsverklaring nodig.',
      'Die vraagt de school aan bij het samenwerkingsverband.',
      '',
      'Inhoud .......... 3',
    ].join('\n');
    const doc = extractPlainText(text);
    expect(doc.blocks.map((b) => [b.kind, b.level, b.text])).toEqual([
      ['heading', 2, 'Schoolondersteuningsprofiel'],
      ['paragraph', undefined, 'Dit profiel beschrijft welke ondersteuning onze school biedt.'],
      ['heading', 1, '3 Ondersteuning'],
      ['paragraph', undefined, 'Wij bieden extra hulp bij lezen en rekenen.'],
      ['heading', 2, '3.2 Toelaatbaarheid'],
      ['paragraph', undefined, 'Voor het speciaal onderwijs is een toelaatbaarheidsverklaring nodig. Die vraagt de school aan bij het samenwerkingsverband.'],
    ]);
    // "3 Ondersteuning" is level 1 by its number, so it closes the level-2 heading above it.
    expect(doc.blocks[4]!.headingPath).toEqual(['3 Ondersteuning']);
  });

  it('does not make a sentence ending in a period a heading', () => {
    const doc = extractPlainText('Wij werken samen met ouders.\n\nDat doen wij altijd.');
    expect(doc.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
  });

  it('is chosen by extractDocument for .txt and markdown for .md', async () => {
    const bytes = new TextEncoder().encode('# Kop\n\nTekst van de alinea.');
    expect((await extractDocument({ bytes, fileName: 'a.md' }, nodeEnv)).source.format).toBe('markdown');
    expect((await extractDocument({ bytes, fileName: 'a.txt' }, nodeEnv)).source.format).toBe('text');
    const html = new TextEncoder().encode('<!doctype html><html><body><p>Hallo</p></body></html>');
    const model = await extractDocument({ bytes: html, fileName: 'pagina' }, nodeEnv);
    expect(model.source).toMatchObject({ format: 'html', path: 'pagina', bytes: html.length });
  });
});
