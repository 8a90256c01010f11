import { describe, expect, it } from 'vitest';
import { base64ToBytes, originPatterns, relevantLinks, splitByOrigin } from '../../extension/lib/links';

const page = 'https://www.obs-voorbeeld.nl/ouders/passend-onderwijs';

describe('relevantLinks', () => {
  it('keeps PDF/DOCX links that name a passend-onderwijs document, resolved and de-duplicated', () => {
    const found = relevantLinks(
      [
        { href: '/documenten/Schoolgids_2025-2026.pdf', text: 'Download' },
        { href: 'https://swv.example.nl/files/ondersteuningsplan-2024.pdf#page=3', text: 'Ons plan' },
        { href: 'https://swv.example.nl/files/ondersteuningsplan-2024.pdf', text: 'Ondersteuningsplan' },
        { href: 'sop.docx', text: 'SOP' },
        { href: '/nieuwsbrief-maart.pdf', text: 'Nieuwsbrief' },
        { href: '/jaarverslag', text: 'Jaarverslag 2025' },
      ],
      page,
    );
    expect(found).toEqual([
      { url: 'https://www.obs-voorbeeld.nl/documenten/Schoolgids_2025-2026.pdf', text: 'Download', format: 'pdf' },
      { url: 'https://swv.example.nl/files/ondersteuningsplan-2024.pdf', text: 'Ons plan', format: 'pdf' },
      { url: 'https://www.obs-voorbeeld.nl/ouders/sop.docx', text: 'SOP', format: 'docx' },
    ]);
  });

  it('never offers javascript:, data: or file: links, however they are spelled', () => {
    const found = relevantLinks(
      [
        { href: 'javascript:alert(1)//ondersteuningsplan.pdf', text: 'Ondersteuningsplan' },
        { href: ' JaVaScRiPt:alert(2)//schoolgids.pdf', text: 'Schoolgids' },
        { href: 'data:application/pdf;base64,AAAA//schoolgids.pdf', text: 'Schoolgids' },
        { href: 'file:///C:/schoolgids.pdf', text: 'Schoolgids' },
      ],
      page,
    );
    expect(found).toEqual([]);
  });

  it('splits same-site documents (read through the page) from other sites (need permission)', () => {
    const found = relevantLinks(
      [
        { href: '/a/schoolgids.pdf', text: 'Schoolgids' },
        { href: 'https://swv.example.nl/ondersteuningsplan.pdf', text: 'Plan' },
        { href: 'https://swv.example.nl/jaarverslag.pdf', text: 'Jaarverslag' },
      ],
      page,
    );
    const { sameOrigin, otherOrigin } = splitByOrigin(found, page);
    expect(sameOrigin.map((c) => c.url)).toEqual(['https://www.obs-voorbeeld.nl/a/schoolgids.pdf']);
    expect(originPatterns(otherOrigin)).toEqual(['https://swv.example.nl/*']);
  });

  it('decodes base64 from the page back to the same bytes', () => {
    const bytes = Uint8Array.from([0, 37, 80, 68, 70, 255, 128]);
    expect(base64ToBytes(btoa(String.fromCharCode(...bytes)))).toEqual(bytes);
  });
});
