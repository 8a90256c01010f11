/**
 * Fixture site for the browser tests: the bundled example school page with its linked
 * schoolgids as a real PDF, an SWV page linking a 100-page ondersteuningsplan and a broken
 * PDF, and a hostile page (script-like text and javascript: links).
 */
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { renderPdf } from '../../support/pdf-writer';
import type { Served } from './server';

const read = (path: string) => readFileSync(path, 'utf8');

/** Repeats a plan's chapters until the PDF has at least `pages` pages. */
export async function bigPlanPdf(pages: number): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const base = read('test/corpus/docs/op-po-compleet-2024.md');
  let copies = 1;
  for (;;) {
    const md = [base, ...Array.from({ length: copies - 1 }, (_, i) => base.replace(/^# .*$/m, `# Bijlage ${i + 1}`))].join('\n\n');
    const bytes = await renderPdf(md, { title: 'Ondersteuningsplan SWV Rivierenland 2024-2028' });
    const pageCount = (await PDFDocument.load(bytes)).getPageCount();
    if (pageCount >= pages) return { bytes, pageCount };
    copies = Math.max(copies + 1, Math.ceil((copies * pages) / pageCount));
  }
}

export const XSS_MARKUP = '<img src=x onerror="window.__pwned=1;alert(1)">';

export function xssPage(): string {
  const escaped = XSS_MARKUP.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Passend onderwijs ${escaped}</title></head><body>
<main>
<h1>Passend onderwijs op basisschool De Kwikstaart ${escaped}</h1>
<h2>Schoolondersteuningsprofiel ${escaped}</h2>
<p>In ons schoolondersteuningsprofiel ${escaped} staat welke ondersteuning wij bieden. De school heeft zorgplicht: als uw kind extra ondersteuning nodig heeft, zoeken wij een passende plek.</p>
<p>Wij zijn aangesloten bij samenwerkingsverband Passend Primair Onderwijs Zuidrand. <a href="javascript:window.__pwned=1;alert(1)">Lees het ondersteuningsplan</a></p>
<ul><li><a href="javascript:alert(2)//ondersteuningsplan.pdf">Ondersteuningsplan (pdf)</a></li>
<li><a href=" JaVaScRiPt:alert(3)">Schoolgids</a></li></ul>
<p>Heeft u een klacht? Lees de klachtenregeling of neem contact op met de intern begeleider. ${escaped}</p>
</main></body></html>`;
}

export function swvPage(): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Documenten | Samenwerkingsverband Rivierenland PO</title></head><body>
<main><h1>Documenten van het samenwerkingsverband</h1>
<p>Hier vindt u de belangrijkste documenten van ons samenwerkingsverband passend onderwijs.</p>
<ul>
<li><a href="/docs/ondersteuningsplan-2024-2028.pdf">Ondersteuningsplan 2024-2028 (pdf)</a></li>
<li><a href="/docs/jaarverslag-2025-kapot.pdf">Jaarverslag 2025 (pdf)</a></li>
<li><a href="/docs/nieuwsbrief-maart.pdf">Nieuwsbrief maart (pdf)</a></li>
</ul></main></body></html>`;
}

export async function fixtureRoutes(): Promise<{ routes: Record<string, Served>; bigPages: number }> {
  const schoolgids = await renderPdf(read('examples/src/schoolgids-obs-de-wilgenhoek-2025-2026.md'), { title: 'Schoolgids OBS De Wilgenhoek 2025-2026' });
  const big = await bigPlanPdf(100);
  const html = 'text/html; charset=utf-8';
  return {
    bigPages: big.pageCount,
    routes: {
      '/school': { body: read('examples/school-passend-onderwijs.html'), type: html },
      '/documenten/schoolgids-obs-de-wilgenhoek-2025-2026.pdf': { body: schoolgids, type: 'application/pdf' },
      '/swv': { body: swvPage(), type: html },
      '/docs/ondersteuningsplan-2024-2028.pdf': { body: big.bytes, type: 'application/pdf' },
      '/docs/jaarverslag-2025-kapot.pdf': { body: '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF', type: 'application/pdf' },
      '/docs/nieuwsbrief-maart.pdf': { body: '%PDF-1.4 not relevant', type: 'application/pdf' },
      '/xss': { body: xssPage(), type: html },
    },
  };
}
