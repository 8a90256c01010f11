import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../core/text/fold';

describe('fold', () => {
  it('lowercases and removes diacritics', () => {
    expect(fold('Coördinatie van ÉÉN Ondersteuningsplan')).toBe('coordinatie van een ondersteuningsplan');
  });

  it('makes typographic dashes, quotes and spaces plain', () => {
    expect(fold('2022\u20132026 \u2018x\u2019 \u201cy\u201d a\u00a0b')).toBe(`2022-2026 'x' "y" a b`);
  });

  it('keeps the length of any string (offsets stay valid)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(fold(s).length).toBe(s.length);
      }),
      { numRuns: 500 },
    );
  });
});
