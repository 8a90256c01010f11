import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAbbreviationDefinitions } from '../../core/text/abbreviations';
import { sentenceRanges } from '../../core/text/sentences';

describe('sentenceRanges', () => {
  it('splits sentences but not after abbreviations', () => {
    const t = 'De CvA adviseert o.a. over de TLV. Daarna beslist de directeur. Zie art. 18a WPO.';
    const s = sentenceRanges(t).map(([a, b]) => t.slice(a, b));
    expect(s).toEqual(['De CvA adviseert o.a. over de TLV.', 'Daarna beslist de directeur.', 'Zie art. 18a WPO.']);
  });

  it('covers the text without overlap for any input', () => {
    fc.assert(
      fc.property(fc.string(), (t) => {
        let prev = 0;
        for (const [a, b] of sentenceRanges(t)) {
          expect(a).toBeGreaterThanOrEqual(prev);
          expect(b).toBeGreaterThanOrEqual(a);
          prev = b;
        }
        expect(prev).toBeLessThanOrEqual(t.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('findAbbreviationDefinitions', () => {
  it('finds long forms the way real plans define them', () => {
    const defs = findAbbreviationDefinitions('De Commissie van Advies (CvA) adviseert. Het Ouder- en Jeugdsteunpunt (OJSP) helpt. De ondersteuningsplanraad (OPR) stemt in. Zie de bijlage (pdf).');
    expect(defs.map((d) => `${d.short}=${d.long}`)).toEqual(['CvA=Commissie van Advies', 'OJSP=Ouder- en Jeugdsteunpunt', 'OPR=ondersteuningsplanraad']);
  });
});
