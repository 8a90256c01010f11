import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_COLUMNS, csvField, formatCsv, neutraliseFormula } from '../../core/report/format/csv';
import { buildReport } from './fixture';

/** A small RFC 4180 parser: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('laatste regel zonder CRLF');
  return rows;
}

describe('csv formatter', () => {
  const text = formatCsv(buildReport());

  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n(?!")/);
  });

  it('parses back to one row per document and rule, plus a row for the unreadable document', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 9 + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
    const tlv = rows.find((r) => r[3] === 'op.toelaatbaarheid')!;
    expect(tlv).toEqual([
      'plannen/Ondersteuningsplan SWV Rivierenland 2022-2026.pdf',
      'ondersteuningsplan',
      'po',
      'op.toelaatbaarheid',
      'Toelaatbaarheid tot het speciaal (basis)onderwijs',
      'wettelijk',
      'gedeeltelijk',
      'De procedure voor een toelaatbaarheidsverklaring staat erin, maar de criteria ontbreken.',
      'Een school die een toelaatbaarheidsverklaring wil aanvragen, dient de aanvraag in via het digitale loket van het samenwerkingsverband, samen met het groeidocument en het verslag van het multidisciplinair overleg.',
      '23',
      'WPO art. 18a lid 8 c',
      'https://www.swv-voorbeeld.nl/documenten/ondersteuningsplan-2022-2026.pdf#page=23',
      '',
      '',
      '',
    ]);
    const quotes = rows.find((r) => r[3] === 'op.thuiszitters')!;
    expect(quotes[7]).toBe('Het plan noemt thuiszitters, maar de aanpak "wordt nog uitgewerkt" en er staan geen cijfers bij.');
    const error = rows.find((r) => r[0] === 'scans/schoolgids-gescand.pdf')!;
    expect(error[6]).toBe('fout');
    expect(error[7]).toMatch(/^Deze PDF bevat geen tekst/);
    expect(rows.find((r) => r[3] === 'web-school.steunpunt')![11]).toBe('https://www.obs-de-linde.nl/ouders');
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('gewoon')).toBe('gewoon');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('zei "ja"')).toBe('"zei ""ja"""');
    expect(csvField('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
    expect(csvField('ë en é')).toBe('ë en é');
    expect(csvField(undefined)).toBe('');
    expect(csvField(12)).toBe('12');
  });

  it('neutralises formula injection', () => {
    for (const f of ['=HYPERLINK("http://x")', '+31 6 1234', '-2+3', '@SUM(A1)', '\t=1']) expect(neutraliseFormula(f)).toBe(`'${f}`);
    expect(neutraliseFormula('Klachten = belangrijk')).toBe('Klachten = belangrijk');
    const report = buildReport();
    report.documents[0]!.results[0]!.evidence[0]!.text = '=cmd|" /C calc"!A0, echt';
    const rows = parseCsv(formatCsv(report).slice(1));
    expect(rows.find((r) => r[3] === 'op.toelaatbaarheid')![8]).toBe(`'=cmd|" /C calc"!A0, echt`);
  });
});
