import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { escapeHtml, formatHtml } from '../../core/report/format/html';
import { DISCLAIMER } from '../../core/report/summary';
import { HOSTILE, buildHostileReport, buildReport } from './fixture';

function parse(html: string): Document {
  return parseHTML(html).document;
}

/** WCAG relative luminance and contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('html formatter', () => {
  const html = formatHtml(buildReport());
  const doc = parse(html);

  it('is a Dutch page with a title and the landmarks', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('nl');
    expect(doc.querySelector('title')?.textContent).toBe('Passend Check – rapport');
    expect(doc.querySelectorAll('main')).toHaveLength(1);
    expect(doc.querySelectorAll('header h1')).toHaveLength(1);
    expect(doc.querySelector('footer')).not.toBeNull();
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
  });

  it('is self-contained: no scripts, no external resources', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    // Only <a> carries href, and only to the document itself, the evidence or the law.
    for (const el of doc.querySelectorAll('[href]')) {
      expect(el.tagName).toBe('A');
      expect(el.getAttribute('href')!).toMatch(/^(#|https:\/\/(wetten\.overheid\.nl|www\.swv-voorbeeld\.nl|www\.obs-de-linde\.nl)\/)/);
    }
  });

  it('contains the disclaimer and a legend', () => {
    expect(doc.querySelector('.disclaimer')?.textContent).toContain(DISCLAIMER);
    const legend = [...doc.querySelectorAll('table.legend')].map((t) => t.textContent).join(' ');
    for (const word of ['ontbreekt', 'gedeeltelijk', 'handmatig', 'aanwezig', 'n.v.t.']) expect(legend).toContain(word);
    expect(legend).toContain('Dit is geen wettelijke plicht.');
  });

  it('has one section per rule result, each with verdict word, level and details', () => {
    const sections = [...doc.querySelectorAll('article.rule')];
    expect(sections).toHaveLength(9);
    for (const s of sections) {
      expect(s.querySelector('h4 .verdict')?.textContent).toMatch(/^(✖ ontbreekt|⚠ gedeeltelijk|\? handmatig|✔ aanwezig|– n\.v\.t\.)$/);
      expect(s.querySelector('.level')).not.toBeNull();
      expect(s.querySelector('details > summary')).not.toBeNull();
      expect(s.querySelector('.kort')?.textContent).toMatch(/^Wat betekent dit\? /);
    }
    const tlv = doc.getElementById('doc-1-r2')!;
    expect(tlv.querySelector('h4')?.textContent).toContain('op.toelaatbaarheid');
    expect(tlv.querySelector('.missing')?.textContent).toBe('de criteria voor toelaatbaarheid');
    const quote = tlv.querySelector('figure.evidence')!;
    expect(quote.querySelector('blockquote')?.textContent).toMatch(/^Een school die een toelaatbaarheidsverklaring/);
    expect(quote.querySelector('figcaption')?.textContent).toContain('p. 23');
    expect(quote.querySelector('figcaption a')?.getAttribute('href')).toBe('https://www.swv-voorbeeld.nl/documenten/ondersteuningsplan-2022-2026.pdf#page=23');
    const law = tlv.querySelector('details .basis')!;
    expect(law.textContent).toContain('WPO art. 18a lid 8 c');
    expect(law.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/wetten\.overheid\.nl\//);
    expect(law.querySelector('blockquote.law')?.textContent).toMatch(/^de procedure en de criteria/);
  });

  it('lists what was searched for ontbreekt, and marks beleid as not a legal duty', () => {
    const missing = doc.getElementById('doc-1-r1')!;
    expect(missing.querySelector('.searched')?.textContent).toBe('Gezocht naar: terugplaatsing, terugplaatsen, overplaatsing, terug naar het regulier');
    const policy = [...doc.querySelectorAll('article.rule')].find((s) => s.textContent.includes('op.thuiszitters'))!;
    expect(policy.querySelector('.level')?.textContent).toBe('Beleid – geen wettelijke plicht');
    expect(policy.querySelector('details')?.textContent).toContain('Thuiszitterspact 2016 (geen wet)');
  });

  it('summarises each document with counts, facts, period and notices', () => {
    const first = doc.getElementById('doc-1')!;
    expect(first.querySelector('.summary-bar')?.textContent).toBe('✖ 1 ontbreekt⚠ 2 gedeeltelijk? 1 handmatig✔ 2 aanwezig– 1 n.v.t.');
    const facts = first.querySelector('table.facts')!.textContent;
    expect(facts).toContain('primair onderwijs (po)');
    expect(facts).toContain('94%');
    expect(facts).toContain('planperiode 1 augustus 2022 t/m 31 juli 2026');
    expect(facts).toContain('SWV-code PO 28-07');
    expect(first.querySelector('.notice-warning')?.textContent).toContain('De planperiode eindigt op 31 juli 2026');
    expect(doc.getElementById('doc-3')?.querySelector('.doc-error')?.textContent).toContain('Kon niet beoordelen');
    expect(doc.querySelector('.totals table')?.textContent).toContain('(kon niet worden gelezen)');
  });

  it('keeps headings in order and gives every table header a scope', () => {
    let previous = 0;
    for (const h of doc.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const level = Number(h.tagName[1]);
      expect(level, h.textContent).toBeLessThanOrEqual(previous + 1);
      previous = level;
    }
    const headers = [...doc.querySelectorAll('th')];
    expect(headers.length).toBeGreaterThan(20);
    for (const th of headers) expect(['row', 'col']).toContain(th.getAttribute('scope'));
    for (const table of doc.querySelectorAll('table')) expect(table.querySelector('caption')?.textContent).toBeTruthy();
  });

  it('has unique ids and internal links that resolve', () => {
    const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of doc.querySelectorAll('a[href^="#"]')) {
      expect(doc.getElementById(a.getAttribute('href')!.slice(1)), a.getAttribute('href')!).not.toBeNull();
    }
    for (const s of doc.querySelectorAll('[aria-labelledby]')) expect(doc.getElementById(s.getAttribute('aria-labelledby')!)).not.toBeNull();
  });

  it('uses text colours with at least 4.5:1 contrast on their backgrounds', () => {
    const vars = new Map([...html.matchAll(/--([a-z-]+):(#[0-9a-f]{6})/g)].map((m) => [m[1]!, m[2]!]));
    for (const v of ['ontbreekt', 'gedeeltelijk', 'handmatig', 'aanwezig', 'nvt']) {
      expect(contrast(vars.get(v)!, vars.get(`${v}-bg`)!), v).toBeGreaterThanOrEqual(4.5);
      expect(contrast(vars.get(v)!, '#ffffff'), v).toBeGreaterThanOrEqual(4.5);
    }
    for (const v of ['fg', 'muted', 'link']) {
      expect(contrast(vars.get(v)!, '#ffffff'), v).toBeGreaterThanOrEqual(4.5);
      expect(contrast(vars.get(v)!, vars.get('bg-soft')!), v).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast('#5a2d82', '#f3ecfa')).toBeGreaterThanOrEqual(4.5); // beleid badge
    expect(contrast('#35506b', '#eaf0f5')).toBeGreaterThanOrEqual(4.5); // praktijk badge
  });

  it('has print styles: page breaks between documents, closed details shown', () => {
    expect(html).toMatch(/@media print\{[^]*\.document\{break-before:page\}/);
    expect(html).toContain('details:not([open])::details-content{content-visibility:visible');
  });
});

describe('html formatter with hostile content', () => {
  const html = formatHtml(buildHostileReport());
  const doc = parse(html);

  it('escapes markup from documents', () => {
    expect(html).not.toContain(HOSTILE.img);
    expect(html).not.toContain(HOSTILE.script);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(html).toContain(escapeHtml(HOSTILE.img));
    // The text survives intact for the reader.
    const quote = doc.querySelector('#doc-2 figure.evidence blockquote')!;
    expect(quote.textContent).toBe(`Klachten ${HOSTILE.img} ${HOSTILE.script} "quotes" & 'apostrof'`);
    expect(doc.querySelector('#doc-2 h2')?.textContent).toContain(HOSTILE.script);
  });

  it('never turns javascript: or data: URLs into links', () => {
    for (const a of doc.querySelectorAll('a')) {
      expect(a.getAttribute('href')!).not.toMatch(/^\s*(java|data|vbscript)/i);
      expect(a.getAttribute('href')!).not.toMatch(/script:/i);
    }
    const captions = [...doc.querySelectorAll('#doc-2 figure.evidence figcaption')].map((c) => c.textContent);
    expect(captions[0]).toContain(`adres niet als link getoond: ${HOSTILE.jsUrl}`);
    expect(captions[2]).toContain('adres niet als link getoond: data:text/html');
    expect(doc.querySelectorAll('#doc-2 figure.evidence a')).toHaveLength(0);
  });

  it('escapes attribute-breaking quotes in the title', () => {
    const report = buildReport();
    const html2 = formatHtml(report, { title: 'Rapport "x" <b>' });
    expect(parse(html2).querySelector('title')?.textContent).toBe('Rapport "x" <b>');
    expect(html2).toContain('<title>Rapport &quot;x&quot; &lt;b&gt;</title>');
  });
});
