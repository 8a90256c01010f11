import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_RULES, expectOneErrorLine, runCli, tempDir } from './helpers';

function brokenCopy(edit: (text: string) => string, file = 'ondersteuningsplan/op.termijnen.yaml'): string {
  const dir = tempDir();
  cpSync(FIXTURE_RULES, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

describe('passend-check rules', () => {
  it('validate: all valid', async () => {
    const result = await runCli(['rules', 'validate', '--rules', FIXTURE_RULES]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('Alle 2 regels zijn geldig.');
  });

  it('validate: issues as file:line:column, exit 1', async () => {
    const dir = brokenCopy((t) => t.replace('  anchor:', '  ancor:').replace('sector: [po, vo]', 'sector: [po, vwo]'));
    const result = await runCli(['rules', 'validate', '--rules', dir]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain('ondersteuningsplan/op.termijnen.yaml:7:14 "sector": ongeldige waarde "vwo"; kies uit po, vo, so (bedoelde u "vo"?)');
    expect(lines.some((l) => /^ondersteuningsplan\/op\.termijnen\.yaml:\d+:3 onbekend veld "ancor" \(bedoelde u "anchor"\?\)$/.test(l))).toBe(true);
    expect(result.stdout).toContain('2 fouten in 1 bestand.');
  });

  it('list: table and json, filtered by pack', async () => {
    const table = await runCli(['rules', 'list', '--rules', FIXTURE_RULES]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/op\.looptijd\s+ondersteuningsplan\s+wettelijk/);
    const json = await runCli(['rules', 'list', '--rules', FIXTURE_RULES, '--format', 'json', '--pack', 'ondersteuningsplan']);
    expect(JSON.parse(json.stdout)).toEqual([
      { id: 'op.looptijd', pack: 'ondersteuningsplan', level: 'wettelijk', detectable: 'tekst', title: 'Looptijd van het ondersteuningsplan' },
      { id: 'op.termijnen', pack: 'ondersteuningsplan', level: 'beleid', detectable: 'deels', title: 'Termijnen voor de toelaatbaarheidsverklaring' },
    ]);
    const unknown = await runCli(['rules', 'list', '--rules', FIXTURE_RULES, '--pack', 'schoolgidz']);
    expect(unknown.code).toBe(2);
    expectOneErrorLine(unknown.stderr);
  });

  it('show: law text, explanations and detection in words', async () => {
    const result = await runCli(['rules', 'show', 'op.looptijd', '--rules', FIXTURE_RULES]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('WPO artikel 18a lid 8');
    expect(result.stdout).toContain('"stelt ten minste eenmaal in de vier jaar een ondersteuningsplan vast"');
    expect(result.stdout).toContain('Uitleg voor ouders:');
    expect(result.stdout).toContain('samen in dezelfde zin:');
    expect(result.stdout).toContain('@periode: planperiode, looptijd');
    const unknown = await runCli(['rules', 'show', 'op.loptijd', '--rules', FIXTURE_RULES]);
    expect(unknown.code).toBe(2);
    expect(expectOneErrorLine(unknown.stderr)).toMatch(/bedoelde u "op\.looptijd"/);
  });

  it('test: runs every example; a wrong expectation fails with expected vs actual', async () => {
    const ok = await runCli(['rules', 'test', '--rules', FIXTURE_RULES]);
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim()).toBe('4 voorbeelden van 2 regels: 4 geslaagd, 0 mislukt.');
    const dir = brokenCopy((t) => t.replace('expect: { verdict: ontbreekt }', 'expect: aanwezig'));
    const failing = await runCli(['rules', 'test', '--rules', dir]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/✗ op\.termijnen › geen: verwacht aanwezig, kreeg ontbreekt/);
    expect(failing.stdout).toContain('4 voorbeelden van 2 regels: 3 geslaagd, 1 mislukt.');
  });

  it('without a subcommand: help on stderr, exit 2', async () => {
    const result = await runCli(['rules']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Gebruik: passend-check rules');
  });
});
