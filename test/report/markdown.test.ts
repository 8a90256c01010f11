import { describe, expect, it } from 'vitest';
import { escapeCell, formatMarkdown } from '../../core/report/format/markdown';
import { DISCLAIMER } from '../../core/report/summary';
import { HOSTILE, buildHostileReport, buildReport } from './fixture';

/** Splits a Markdown table row on unescaped pipes. */
function cells(row: string): string[] {
  return row
    .replace(/^\|\s?/, '')
    .replace(/\s?\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe('markdown formatter', () => {
  const md = formatMarkdown(buildReport());

  it('has a heading per document, the totals and the disclaimer', () => {
    expect(md.startsWith('# Passend Check – rapport\n')).toBe(true);
    expect(md).toContain('## 1. Ondersteuningsplan 2022-2026');
    expect(md).toContain('## 2. Informatie voor ouders – OBS De Linde');
    expect(md).toContain('## 3. scans/schoolgids-gescand.pdf');
    expect(md).toContain('**Totaal:** ✖ 2 ontbreekt · ⚠ 2 gedeeltelijk · ? 1 handmatig · ✔ 3 aanwezig · – 1 n.v.t.');
    expect(md).toContain(`> ${DISCLAIMER}`);
    expect(md).toContain('> ✖ **Kon niet beoordelen:** Deze PDF bevat geen tekst');
  });

  it('has results tables with six cells per row, most urgent first', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| ✖') || l.startsWith('| ⚠') || l.startsWith('| ?') || l.startsWith('| ✔') || l.startsWith('| –'));
    const resultRows = rows.filter((r) => r.includes('(`'));
    expect(resultRows).toHaveLength(9);
    for (const r of resultRows) expect(cells(r)).toHaveLength(6);
    const first = cells(resultRows[0]!);
    expect(first[0]).toBe('✖ ontbreekt');
    expect(first[1]).toContain('`op.terugplaatsing`');
    expect(first[3]).toContain('Gezocht naar: terugplaatsing');
    expect(first[5]).toBe('WPO art. 18a lid 8 d');
    const tlv = cells(resultRows[1]!);
    expect(tlv[4]).toContain('(p. 23, 4 Toewijzing van ondersteuning › 4.2 Toelaatbaarheidsverklaring)');
    expect(cells(resultRows[2]!)[2]).toBe('beleid (geen wet)');
  });

  it('escapes pipes, line breaks and HTML in cells', () => {
    expect(escapeCell('a | b\nc')).toBe('a \\| b<br>c');
    expect(escapeCell('<script>')).toBe('&lt;script&gt;');
    expect(escapeCell('[klik](javascript:x)')).toBe('\\[klik\\](javascript:x)');
    const report = buildHostileReport();
    report.documents[0]!.results[0]!.message = 'Kolom | breker\nnieuwe regel';
    const out = formatMarkdown(report);
    expect(out).not.toContain(HOSTILE.img);
    expect(out).not.toContain('<script');
    const row = out.split('\n').find((l) => l.includes('Kolom'))!;
    expect(cells(row)).toHaveLength(6);
    expect(row).toContain('Kolom \\| breker<br>nieuwe regel');
  });
});
