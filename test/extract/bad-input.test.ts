import { describe, expect, it } from 'vitest';
import { nodeEnv } from '../../cli/env';
import { extractDocument } from '../../core/extract/index';
import type { ExtractInput, ExtractLimits } from '../../core/extract/env';
import { ExtractionError } from '../../core/model/document';
import { garbageBytes, minimalPdf, zipWithoutWordDocument } from '../support/bad-files';
import { renderPdf } from '../support/pdf-writer';

async function failure(input: ExtractInput, limits?: ExtractLimits): Promise<ExtractionError> {
  try {
    await extractDocument(input, nodeEnv, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractionError);
    const e = error as ExtractionError;
    expect(e.message).not.toContain('\n');
    expect(e.message).not.toMatch(/ at |Error:|undefined/);
    // Plain Dutch: these words occur in every message we write.
    expect(e.message).toMatch(/\b(het|de|is|niet|kan|geen|te)\b/);
    return e;
  }
  throw new Error('expected an ExtractionError');
}

describe('bad input', () => {
  it('refuses an empty file', async () => {
    expect((await failure({ bytes: new Uint8Array(0), fileName: 'leeg.pdf' })).code).toBe('empty');
    expect((await failure({ bytes: new TextEncoder().encode('  \n\t '), fileName: 'leeg.txt' })).code).toBe('empty');
  });

  it('refuses garbage bytes named .pdf', async () => {
    const e = await failure({ bytes: garbageBytes(4096), fileName: 'plan.pdf' });
    expect(e.code).toBe('malformed');
    expect(e.message).toContain('geen geldige PDF');
  });

  it('refuses binary garbage without a name', async () => {
    expect((await failure({ bytes: garbageBytes(4096, 3) })).code).toBe('unsupported');
  });

  it('refuses a truncated PDF', async () => {
    const pdf = await renderPdf('# Plan\n\n' + 'Een alinea over ondersteuning op school.\n\n'.repeat(200));
    const e = await failure({ bytes: pdf.slice(0, Math.floor(pdf.length / 2)), fileName: 'half.pdf' });
    expect(['malformed', 'no-text']).toContain(e.code);
  });

  it('refuses a PDF with only a header', async () => {
    expect((await failure({ bytes: new TextEncoder().encode('%PDF-1.7\n%%EOF'), fileName: 'x.pdf' })).code).toBe('malformed');
  });

  it('reports an encrypted PDF as needing a password', async () => {
    expect((await extractDocument({ bytes: minimalPdf(), fileName: 'open.pdf' }, nodeEnv)).blocks[0]!.text).toBe('Hallo');
    const e = await failure({ bytes: minimalPdf({ encrypt: true }), fileName: 'geheim.pdf' });
    expect(e.code).toBe('encrypted');
    expect(e.message).toContain('wachtwoord');
  });

  it('reports a PDF without text as scanned', async () => {
    const e = await failure({ bytes: minimalPdf({ text: '' }), fileName: 'scan.pdf' });
    expect(e.code).toBe('no-text');
    expect(e.message).toContain('lijkt gescand');
  });

  it('refuses a ZIP renamed to .docx', async () => {
    const e = await failure({ bytes: await zipWithoutWordDocument(), fileName: 'plan.docx' });
    expect(e.code).toBe('unsupported');
    expect(e.message).toContain('geen Word-document');
  });

  it('refuses garbage named .docx', async () => {
    expect((await failure({ bytes: garbageBytes(2048, 5), fileName: 'plan.docx' })).code).toBe('unsupported');
  });

  it('refuses a 100 MB input by size before parsing it', async () => {
    const huge = new Uint8Array(100 * 1024 * 1024); // zeros: would be "binary" if it were ever parsed
    const e = await failure({ bytes: huge, fileName: 'groot.pdf' });
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('te groot');
    expect((await failure({ bytes: new Uint8Array(2000).fill(65), fileName: 'a.txt' }, { maxBytes: 1000 })).code).toBe('too-large');
  });

  it('stops at the timeout instead of hanging', async () => {
    const pdf = await renderPdf('# Plan\n\n' + 'Een alinea over ondersteuning op school en thuis.\n\n'.repeat(400));
    const e = await failure({ bytes: pdf, fileName: 'traag.pdf' }, { timeoutMs: 1 });
    expect(e.code).toBe('timeout');
  });

  it('reads only the allowed number of pages and says so', async () => {
    const pdf = await renderPdf(Array.from({ length: 4 }, (_, i) => `# Deel ${i + 1}\n\nTekst van deel ${i + 1}.\n\n[[pagebreak]]`).join('\n\n'));
    const model = await extractDocument({ bytes: pdf, fileName: 'plan.pdf' }, nodeEnv, { maxPages: 2 });
    expect(model.blocks.map((b) => b.text)).toEqual(['Deel 1', 'Tekst van deel 1.', 'Deel 2', 'Tekst van deel 2.']);
    expect(model.warnings.join(' ')).toContain('eerste 2 van de');
  });
});
