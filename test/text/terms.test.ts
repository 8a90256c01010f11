import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../core/text/fold';
import { TermMatcher } from '../../core/text/terms';

function found(terms: string[], text: string): string[] {
  const m = new TermMatcher(terms);
  return m.scan(fold(text), text).map((h) => `${h.key}=${text.slice(h.start, h.end)}`);
}

describe('TermMatcher', () => {
  it('matches whole words only', () => {
    expect(found(['plan'], 'Het plan en de planning.')).toEqual(['plan=plan']);
  });

  it('matches compound spellings with hyphen or space', () => {
    const hits = found(['ondersteuningsplan'], 'Het ondersteunings-plan, het ondersteunings plan en het Ondersteuningsplan.');
    expect(hits).toHaveLength(3);
  });

  it('handles prefix and suffix terms', () => {
    expect(found(['toelaatbaarheids*'], 'de toelaatbaarheidsverklaring')).toEqual(['toelaatbaarheids*=toelaatbaarheidsverklaring']);
    expect(found(['*steunpunt'], 'het ouder- en jeugdsteunpunt')).toEqual(['*steunpunt=jeugdsteunpunt']);
  });

  it('matches all-capital terms case-sensitively, so OP is not the word "op"', () => {
    expect(found(['OP'], 'Het OP ligt op tafel.')).toEqual(['OP=OP']);
  });

  it('finds shorter terms inside a multi-word match and terms starting inside it', () => {
    const hits = found(['commissie van advies', 'commissie', 'advies'], 'De Commissie van Advies geeft advies.');
    expect(hits).toContain('commissie van advies=Commissie van Advies');
    expect(hits).toContain('commissie=Commissie');
    expect(hits).toContain('advies=Advies');
    expect(hits).toContain('advies=advies');
  });

  it('ignores diacritics in text and terms', () => {
    expect(found(['coördinatie'], 'De coordinatie en de coördinatie')).toHaveLength(2);
  });

  it('never throws and returns offsets inside the text', () => {
    const m = new TermMatcher(['ondersteuningsplan', 'tlv*', '*punt', 'OPR', 'commissie van advies']);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        for (const h of m.scan(fold(s), s)) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeLessThanOrEqual(s.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
