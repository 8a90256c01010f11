import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Report } from '../../core/report/model';
import { FIXTURES, FIXTURE_OPTIONS, FIXTURE_RULES, expectOneErrorLine, makeZip, runCli, tempDir } from './helpers';

const COMPLETE = join(FIXTURES, 'plan-looptijd.md'); // has the wettelijk rule, lacks the beleid rule
const GAPPY = join(FIXTURES, 'plan-zonder-looptijd.md'); // lacks both

describe('passend-check check: exit codes', () => {
  it('0 when nothing is missing at the wettelijk level', async () => {
    const result = await runCli(['check', COMPLETE, ...FIXTURE_OPTIONS]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('op.termijnen');
  });

  it('1 when a wettelijk rule is missing', async () => {
    const result = await runCli(['check', GAPPY, ...FIXTURE_OPTIONS]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/ontbreekt\s+op\.looptijd/);
  });

  it('--fail-on beleid also fails on a missing beleid rule', async () => {
    expect((await runCli(['check', COMPLETE, ...FIXTURE_OPTIONS, '--fail-on', 'beleid'])).code).toBe(1);
    expect((await runCli(['check', COMPLETE, ...FIXTURE_OPTIONS, '--fail-on', 'wettelijk'])).code).toBe(0);
  });

  it('--format json prints a report that matches the Report schema', async () => {
    const result = await runCli(['check', COMPLETE, GAPPY, ...FIXTURE_OPTIONS, '--format', 'json']);
    expect(result.code).toBe(1);
    const report = Report.parse(JSON.parse(result.stdout));
    expect(report.peildatum).toBe('2026-01-15');
    expect(report.rulesVersion).toMatch(/^2026\.12\.1\+[0-9a-f]{8}$/);
    expect(report.documents.map((d) => d.source.path)).toEqual([COMPLETE, GAPPY]);
    const looptijd = report.documents[0]!.results.find((r) => r.rule === 'op.looptijd');
    expect(looptijd?.verdict).toBe('aanwezig');
    expect(report.documents[1]!.results.find((r) => r.rule === 'op.looptijd')?.verdict).toBe('ontbreekt');
  });

  it('--output writes the report (format from the extension) and --html adds an HTML report', async () => {
    const dir = tempDir();
    const json = join(dir, 'rapport.json');
    const html = join(dir, 'rapport.html');
    const result = await runCli(['check', COMPLETE, ...FIXTURE_OPTIONS, '--output', json, '--html', html]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(Report.parse(JSON.parse(readFileSync(json, 'utf8'))).documents).toHaveLength(1);
    expect(readFileSync(html, 'utf8')).toMatch(/<html[\s>]/i);
  });

  it('a directory expands to the readable files in it, skipping hidden files and src/', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.md'), readFileSync(COMPLETE));
    writeFileSync(join(dir, '.verborgen.md'), readFileSync(GAPPY));
    writeFileSync(join(dir, 'notities.odt'), 'niet leesbaar');
    const result = await runCli(['check', dir, ...FIXTURE_OPTIONS, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(Report.parse(JSON.parse(result.stdout)).documents.map((d) => d.source.path)).toEqual([join(dir, 'plan.md')]);
  });
});

describe('passend-check check: usage and input errors (exit 2, one line, no stack)', () => {
  it('a bad --peildatum', async () => {
    const result = await runCli(['check', COMPLETE, '--peildatum', '2025-02-30']);
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toMatch(/ongeldige peildatum "2025-02-30"/);
  });

  it('an unknown option', async () => {
    const result = await runCli(['check', COMPLETE, '--fromat', 'json']);
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toMatch(/onbekende optie "--fromat"/);
  });

  it('an unknown --format and --fail-on', async () => {
    const format = await runCli(['check', COMPLETE, '--format', 'yaml']);
    expect(format.code).toBe(2);
    expect(expectOneErrorLine(format.stderr)).toMatch(/uitvoervorm/);
    const failOn = await runCli(['check', COMPLETE, '--fail-on', 'streng']);
    expect(failOn.code).toBe(2);
    expect(expectOneErrorLine(failOn.stderr)).toMatch(/wettelijk, beleid, praktijk/);
  });

  it('a missing file', async () => {
    const result = await runCli(['check', 'bestaat-niet.pdf', ...FIXTURE_OPTIONS]);
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toMatch(/bestand niet gevonden: bestaat-niet\.pdf/);
  });

  it('an empty file, a garbage .pdf and a ZIP renamed to .docx', async () => {
    const dir = tempDir();
    const files = {
      empty: join(dir, 'leeg.pdf'),
      garbage: join(dir, 'kapot.pdf'),
      zip: join(dir, 'nep.docx'),
    };
    writeFileSync(files.empty, '');
    writeFileSync(files.garbage, Buffer.from('Dit is geen PDF, alleen wat tekst met een verkeerde extensie.\n'.repeat(20)));
    writeFileSync(files.zip, makeZip({ 'notities.txt': 'Een zip-bestand, geen Word-document.' }));
    for (const path of Object.values(files)) {
      const result = await runCli(['check', path, ...FIXTURE_OPTIONS]);
      expect(result.code, path).toBe(2);
      expect(expectOneErrorLine(result.stderr)).toContain(path);
    }
  });

  it('a file over --max-bytes is refused', async () => {
    const dir = tempDir();
    const big = join(dir, 'groot.txt');
    writeFileSync(big, 'woord '.repeat(400_000));
    const result = await runCli(['check', big, ...FIXTURE_OPTIONS, '--max-bytes', '1MB']);
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toMatch(/te groot/);
  });

  it('with several inputs, one unreadable: the others are still reported, one error line, exit 2', async () => {
    const result = await runCli(['check', COMPLETE, 'ontbreekt.docx', ...FIXTURE_OPTIONS, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toMatch(/ontbreekt\.docx/);
    const report = Report.parse(JSON.parse(result.stdout));
    expect(report.documents.map((d) => d.status)).toEqual(['error', 'ok']);
    expect(report.documents[1]!.results.length).toBeGreaterThan(0);
  });

  it('invalid rules give one line that names file:line:column; an empty rules dir is refused too', async () => {
    const dir = tempDir();
    cpSync(FIXTURE_RULES, dir, { recursive: true });
    const rule = join(dir, 'ondersteuningsplan', 'op.termijnen.yaml');
    writeFileSync(rule, readFileSync(rule, 'utf8').replace('  anchor:', '  ancor:'));
    const result = await runCli(['check', COMPLETE, '--rules', dir]);
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toMatch(/ondersteuningsplan\/op\.termijnen\.yaml:\d+:3 onbekend veld "ancor"/);
    const empty = await runCli(['check', COMPLETE, '--rules', tempDir()]);
    expect(empty.code).toBe(2);
    expect(expectOneErrorLine(empty.stderr)).toMatch(/geen regels gevonden/);
  });
});

describe('passend-check: help and version', () => {
  it('--help is in Dutch and --version prints the version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Gebruik: passend-check');
    expect(help.stdout).toContain('Opdrachten:');
    expect(help.stdout).not.toMatch(/\boptions\b|display help/);
    const checkHelp = await runCli(['check', '--help']);
    expect(checkHelp.stdout).toContain('--peildatum <JJJJ-MM-DD>');
    expect(checkHelp.stdout).toContain('Afsluitcode');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });
});
