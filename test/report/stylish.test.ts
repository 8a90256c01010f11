import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../core/report/format/stylish';
import { buildHostileReport, buildReport } from './fixture';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

describe('stylish formatter', () => {
  const report = buildReport();

  it('prints symbol and word for each verdict that needs attention, without colour codes', () => {
    const out = formatStylish(report, { color: false });
    expect(out).not.toMatch(ANSI);
    expect(out).toContain('✖ ontbreekt');
    expect(out).toContain('⚠ gedeeltelijk');
    expect(out).toContain('? handmatig');
    expect(out).toMatch(/✖ ontbreekt\s+op\.terugplaatsing\s+wettelijk\s+Er staat niets in over terugplaatsing/);
    expect(out).toMatch(/⚠ gedeeltelijk\s+op\.thuiszitters\s+beleid \(geen wet\)/);
  });

  it('shows the first quote with its page and the article', () => {
    const out = formatStylish(report);
    expect(out).toContain('(p. 23, 4 Toewijzing van ondersteuning › 4.2 Toelaatbaarheidsverklaring)');
    expect(out).toContain('WPO art. 18a lid 8 c');
    expect(out).toContain('Ontbreekt: de criteria voor toelaatbaarheid');
    expect(out).toContain('Gezocht naar: terugplaatsing, terugplaatsen, overplaatsing');
    expect(out).toContain('Beoordeeld door een persoon: ✔ aanwezig');
  });

  it('collapses aanwezig and n.v.t. to counts unless verbose', () => {
    const out = formatStylish(report);
    expect(out).not.toContain('op.looptijd');
    expect(out).toContain('✔ 2 aanwezig · – 1 n.v.t.');
    const verbose = formatStylish(report, { verbose: true });
    expect(verbose).toMatch(/✔ aanwezig\s+op\.looptijd/);
    expect(verbose).toMatch(/– n\.v\.t\.\s+op\.steunpunt/);
  });

  it('prints the document header and the unreadable document', () => {
    const out = formatStylish(report);
    expect(out).toContain('plannen/Ondersteuningsplan SWV Rivierenland 2022-2026.pdf');
    expect(out).toContain('Ondersteuningsplan · primair onderwijs (po) · zekerheid 94%');
    expect(out).toContain('planperiode 1 augustus 2022 t/m 31 juli 2026');
    expect(out).toContain('⚠ Let op: De planperiode eindigt op 31 juli 2026.');
    expect(out).toContain('✖ Kon niet beoordelen: Deze PDF bevat geen tekst');
  });

  it('ends with a summary line of all counts', () => {
    const lines = formatStylish(report).trimEnd().split('\n');
    expect(lines.at(-2)).toBe('✖ 2 ontbreekt · ⚠ 2 gedeeltelijk · ? 1 handmatig · ✔ 3 aanwezig · – 1 n.v.t. in 3 documenten (1 kon niet worden gelezen)');
    expect(lines.at(-1)).toContain('"beleid" en "praktijk" zijn geen wettelijke plicht');
  });

  it('uses ANSI colours only when asked', () => {
    const out = formatStylish(report, { color: true });
    expect(out).toMatch(ANSI);
    expect(out).toContain('\u001b[31m✖ ontbreekt');
  });

  it('strips control characters from document text, so a page cannot send terminal escapes', () => {
    const hostile = buildHostileReport();
    hostile.documents[0]!.results[1]!.message = 'Niets gevonden\u001b]0;gehackt\u0007\u001b[2J';
    const out = formatStylish(hostile, { color: false });
    expect(out).not.toMatch(ANSI);
    expect(out).not.toContain('\u0007');
    expect(out).toContain('Niets gevonden ]0;gehackt [2J');
  });
});
