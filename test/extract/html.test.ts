import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { nodeEnv } from '../../cli/env';
import { extractDocument } from '../../core/extract/index';
import { extractHtml } from '../../core/extract/html';
import { DocumentModel } from '../../core/model/document';

const PAGE = `<!doctype html>
<html lang="nl"><head><title>Passend onderwijs | Basisschool De Klimop</title>
<style>.x { color: red }</style><script>window.tracker = 'Cookiebanner script tekst';</script></head>
<body>
  <a class="skip-link" href="#inhoud">Naar de inhoud</a>
  <div id="cookie-consent" class="cc-banner"><p>Wij gebruiken cookies om de website te verbeteren.</p><a href="/privacy">Privacyverklaring</a></div>
  <header><p>Basisschool De Klimop, samen leren in Edam</p><nav><ul><li><a href="/">Home</a></li><li><a href="/ouders">Voor ouders</a></li></ul></nav></header>
  <nav aria-label="Kruimelpad" class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/ouders">Ouders</a> &gt; Passend onderwijs</nav>
  <main id="inhoud">
    <h1>Passend onderwijs</h1>
    <ul class="toc"><li><a href="#zorgplicht">Zorgplicht</a></li><li><a href="#klachten">Klachten</a></li></ul>
    <section>
      <h2 id="zorgplicht">Zorgplicht</h2>
      <p>Onze school heeft <strong>zorgplicht</strong>. Dat betekent dat wij voor ieder kind een passende plek zoeken, op onze school of op een andere school.</p>
      <p>Lees ook het <a href="schoolondersteuningsprofiel.pdf">schoolondersteuningsprofiel</a> van onze school.</p>
    </section>
    <section>
      <h2 id="klachten">Klachten</h2>
      <div>Heeft u een klacht? Praat eerst met de leerkracht.<p>Komt u er samen niet uit, neem dan contact op met de directeur.</p></div>
      <h3>Landelijke klachtencommissie</h3>
      <ul><li>U kunt een klacht indienen bij de landelijke commissie.</li><li>Uw klacht wordt <em>vertrouwelijk</em> behandeld.</li></ul>
      <table><tr><th>Wat</th><th>Wie</th></tr><tr><td>Klachten</td><td><p>Contactpersoon</p></td></tr></table>
      <dl><dt>Vertrouwenspersoon</dt><dd>Mevrouw De Boer, bereikbaar op dinsdag.</dd></dl>
      <div hidden>Verborgen tekst die niet meetelt.</div>
      <p style="display: none">Ook deze verborgen tekst telt niet mee.</p>
      <p aria-hidden="true">Decoratieve tekst.</p>
    </section>
    <article><header><h2>Nieuws over ondersteuning</h2></header><p>Vanaf dit schooljaar werken wij met een nieuw ondersteuningsteam.</p></article>
    <form role="search"><label>Zoeken op de site</label><input name="q"></form>
  </main>
  <aside><p>Bekijk ook onze agenda met alle activiteiten.</p></aside>
  <footer><p>Copyright Stichting Openbaar Onderwijs Waterland</p><a href="/klachtenregeling.pdf">Klachtenregeling</a></footer>
  <noscript>Zet javascript aan.</noscript>
</body></html>`;

function extract(html: string, url = 'https://www.example-school.nl/ouders/passend-onderwijs') {
  return extractHtml(parseHTML(html).document, { format: 'html', url });
}

describe('extractHtml', () => {
  const model = extract(PAGE);
  const texts = model.blocks.map((b) => b.text);
  const allText = texts.join('\n');

  it('produces a valid document model with dense indexes', () => {
    expect(DocumentModel.safeParse(model).success).toBe(true);
    model.blocks.forEach((b, i) => expect(b.index).toBe(i));
    expect(model.title).toBe('Passend onderwijs | Basisschool De Klimop');
  });

  it('strips boilerplate so it never counts as evidence', () => {
    for (const gone of ['cookies', 'samen leren in Edam', 'Kruimelpad', 'Copyright', 'agenda', 'Zoeken op de site',
      'Verborgen', 'verborgen', 'Decoratieve', 'javascript', 'tracker', 'Naar de inhoud', 'Home', 'color']) {
      expect(allText).not.toContain(gone);
    }
  });

  it('drops an in-page table of contents as evidence but keeps its links as navigation', () => {
    expect(texts.filter((t) => t === 'Zorgplicht')).toHaveLength(1); // only the real h2
    const tocLink = model.links.find((l) => l.href.endsWith('#klachten'));
    expect(tocLink).toMatchObject({ region: 'navigation', text: 'Klachten' });
    expect(tocLink?.blockIndex).toBeUndefined();
  });

  it('keeps links from boilerplate as navigation, resolved against the page URL', () => {
    expect(model.links).toContainEqual({ href: 'https://www.example-school.nl/klachtenregeling.pdf', text: 'Klachtenregeling', region: 'navigation' });
    expect(model.links).toContainEqual({ href: 'https://www.example-school.nl/privacy', text: 'Privacyverklaring', region: 'navigation' });
    expect(model.links.filter((l) => l.text === 'Voor ouders').every((l) => l.region === 'navigation')).toBe(true);
    const skip = model.links.find((l) => l.text === 'Naar de inhoud');
    expect(skip?.region).toBe('navigation');
  });

  it('records content links with their block', () => {
    const link = model.links.find((l) => l.text === 'schoolondersteuningsprofiel');
    expect(link).toMatchObject({ href: 'https://www.example-school.nl/ouders/schoolondersteuningsprofiel.pdf', region: 'content' });
    expect(model.blocks[link!.blockIndex!]!.text).toBe('Lees ook het schoolondersteuningsprofiel van onze school.');
  });

  it('classifies blocks and builds heading paths', () => {
    const byText = (start: string) => model.blocks.find((b) => b.text.startsWith(start))!;
    expect(byText('Passend onderwijs')).toMatchObject({ kind: 'heading', level: 1, headingPath: [] });
    expect(byText('Onze school heeft zorgplicht')).toMatchObject({ kind: 'paragraph', headingPath: ['Passend onderwijs', 'Zorgplicht'] });
    expect(byText('Heeft u een klacht?')).toMatchObject({ kind: 'paragraph', text: 'Heeft u een klacht? Praat eerst met de leerkracht.' });
    expect(byText('Komt u er samen niet uit')).toMatchObject({ kind: 'paragraph' });
    expect(byText('U kunt een klacht')).toMatchObject({ kind: 'listItem', headingPath: ['Passend onderwijs', 'Klachten', 'Landelijke klachtencommissie'] });
    expect(byText('Uw klacht wordt vertrouwelijk behandeld.').kind).toBe('listItem');
    expect(byText('Wie').kind).toBe('tableCell');
    expect(byText('Contactpersoon').kind).toBe('tableCell');
    expect(byText('Vertrouwenspersoon').kind).toBe('paragraph');
    expect(byText('Mevrouw De Boer').kind).toBe('paragraph');
    // An article's own header is content, not page boilerplate.
    expect(byText('Nieuws over ondersteuning')).toMatchObject({ kind: 'heading', level: 2 });
  });

  it('gives every block a short CSS selector that finds it again', () => {
    const { document } = parseHTML(PAGE);
    for (const block of model.blocks) {
      expect(block.locator).toBeTruthy();
      const found = document.querySelector(block.locator!);
      expect(found, block.locator).not.toBeNull();
      expect(found!.textContent.replace(/\s+/g, ' ')).toContain(block.text.slice(0, 20));
    }
    const p = model.blocks.find((b) => b.text.startsWith('Onze school heeft'))!;
    expect(p.locator).toBe('#inhoud > section:nth-of-type(1) > p:nth-of-type(1)');
    expect(model.blocks.find((b) => b.text === 'Klachten')!.locator).toBe('#klachten');
  });

  it('treats an "Inhoudsopgave" section as a table of contents', () => {
    const doc = extract('<body><h2>Inhoudsopgave</h2><ol><li>Zorgplicht</li><li>Klachten</li></ol><h2>Zorgplicht</h2><p>Wij zoeken een passende plek.</p></body>');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Zorgplicht', 'Wij zoeken een passende plek.']);
  });

  it('normalises text (NFKC, whitespace)', () => {
    const doc = extract('<p>  ﬁnanciering\u00a0 en\n\n  ondersteuning\u200b </p>');
    expect(doc.blocks[0]!.text).toBe('financiering en ondersteuning');
  });

  it('uses the first h1 as title when there is no <title>', () => {
    expect(extract('<body><h1>Schoolgids 2026</h1><p>Tekst.</p></body>').title).toBe('Schoolgids 2026');
  });

  it('survives malformed HTML and 10,000 levels of nesting', async () => {
    const unclosed = extract('<p>Een <b>vetgedrukte <div>tekst<li>zonder einde<table><td>cel');
    expect(unclosed.blocks.map((b) => b.text).join(' ')).toContain('cel');
    const depth = 10_000;
    const deep = `<html><body>${'<div>'.repeat(depth)}<p>Diep verstopt</p>${'</div>'.repeat(depth)}<p>Daarna</p></body></html>`;
    const model = await extractDocument({ bytes: new TextEncoder().encode(deep), fileName: 'diep.html' }, nodeEnv);
    expect(model.blocks.map((b) => b.text)).toEqual(['Diep verstopt', 'Daarna']);
    expect(model.blocks[0]!.locator!.split(' > ').length).toBeLessThanOrEqual(6);
  });
});
