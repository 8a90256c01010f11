import { describe, expect, it } from 'vitest';
import { nodeEnv } from '../../cli/env';
import { extractDocument } from '../../core/extract/index';
import { DocumentModel } from '../../core/model/document';
import { renderDocx } from '../support/docx-writer';
import { PLAN_MARKDOWN } from './fixtures';

describe('DOCX extraction', async () => {
  const bytes = await renderDocx(`${PLAN_MARKDOWN}\n## 5 Stappen\n\n1. Gesprek met ouders\n2. Aanvraag bij het loket\n`);
  const model = await extractDocument({ bytes, fileName: 'plan.docx' }, nodeEnv);

  it('is a valid document model through the HTML path', () => {
    expect(DocumentModel.safeParse(model).success).toBe(true);
    expect(model.source.format).toBe('docx');
    expect(model.title).toBe('Ondersteuningsplan Samenwerkingsverband De Waterlanden 2026-2030');
  });

  it('maps Word heading styles to heading levels', () => {
    const headings = model.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text]);
    expect(headings).toContainEqual([1, 'Ondersteuningsplan Samenwerkingsverband De Waterlanden 2026-2030']);
    expect(headings).toContainEqual([2, '3 Toelaatbaarheid']);
    expect(headings).toContainEqual([3, '2.2 Extra ondersteuning']);
    const p = model.blocks.find((b) => b.text.startsWith('Als de basisondersteuning'))!;
    expect(p.headingPath).toEqual(['Ondersteuningsplan Samenwerkingsverband De Waterlanden 2026-2030', '2 Ondersteuning op de scholen', '2.2 Extra ondersteuning']);
  });

  it('reads bullets, numbered items and table cells', () => {
    const items = model.blocks.filter((b) => b.kind === 'listItem').map((b) => b.text);
    expect(items).toContain('De school werkt handelingsgericht en betrekt ouders vanaf het begin.');
    expect(items).toContain('Aanvraag bij het loket');
    expect(model.blocks.filter((b) => b.kind === 'tableCell').map((b) => b.text)).toEqual(['Categorie', 'Bekostiging', 'Laag', 'Categorie 1', 'Midden', 'Categorie 2']);
  });

  it('keeps hyperlinks as content links', () => {
    const link = model.links.find((l) => l.href === 'https://www.example.org/bezwaar');
    expect(link).toMatchObject({ text: 'onze website', region: 'content' });
    expect(model.blocks[link!.blockIndex!]!.text).toContain('bezwaaradviescommissie');
  });
});
