import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, yearsBetween } from '../../core/text/dates';
import { fold } from '../../core/text/fold';

const kinds = (t: string) => findDates(fold(t)).map((d) => `${d.kind}:${d.from}${d.to ? `/${d.to}` : ''}`);

describe('findDates', () => {
  it('reads schooljaren in several spellings', () => {
    expect(kinds('Schoolgids 2024-2025')).toEqual(['schooljaar:2024-08-01/2025-07-31']);
    expect(kinds('schooljaar 2024/2025')).toEqual(['schooljaar:2024-08-01/2025-07-31']);
    expect(kinds('schooljaar 24-25')).toEqual(['schooljaar:2024-08-01/2025-07-31']);
  });

  it('reads planperiodes', () => {
    expect(kinds('Ondersteuningsplan 2022-2026.')).toEqual(['planperiode:2022-08-01/2026-07-31']);
    expect(kinds('planperiode 2022 t/m 2026')).toEqual(['planperiode:2022-08-01/2026-07-31']);
    expect(kinds('van 1 augustus 2022 tot 31 juli 2026')).toEqual(['planperiode:2022-08-01/2026-07-31']);
  });

  it('recognises adoption dates', () => {
    expect(kinds('Vastgesteld op 3 maart 2025 door het bestuur')).toEqual(['vaststelling:2025-03-03']);
    expect(kinds('Datum vaststelling: 03-03-2025')).toEqual(['vaststelling:2025-03-03']);
    expect(kinds('De vergadering was op 12-02-2024.')).toEqual(['datum:2024-02-12']);
    expect(kinds('Vastgesteld d.d. 12-03-2024')).toEqual(['vaststelling:2024-03-12']);
    expect(kinds('Het plan is vastgesteld. De vergadering was op 12-02-2024.')).toEqual(['datum:2024-02-12']);
  });

  it('rejects impossible dates and odd ranges', () => {
    expect(kinds('31 februari 2025')).toEqual([]);
    expect(kinds('2030-2020')).toEqual([]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(findDates(fold(s)))), { numRuns: 500 });
  });

  it('counts whole years', () => {
    expect(yearsBetween('2021-03-01', '2025-02-28')).toBe(3);
    expect(yearsBetween('2021-03-01', '2025-03-01')).toBe(4);
  });
});
