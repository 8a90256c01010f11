import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fingerprint, formatSarif, sarifLevel, toUriReference } from '../../core/report/format/sarif';
import { buildHostileReport, buildReport } from './fixture';

/**
 * The official SARIF 2.1.0 schema (rtm.5) as shipped by @microsoft/jest-sarif. It declares itself
 * draft-04 ("$schema" draft-04, "id" instead of "$id"), which Ajv 8 does not load. It uses no
 * draft-04-only keywords (no boolean exclusiveMinimum), so it is validated under Ajv's default
 * draft-07 after renaming "id" to "$id" and dropping the draft-04 "$schema". strict is off for this
 * schema only: strict mode rejects the official schema's annotations that draft-07 does not know
 * and its "additionalProperties"/"properties" combinations that it flags as possibly mistaken.
 * unicodeRegExp is off because the schema's own `language` pattern ("…-[a-zA-Z]{2}]?$") has a stray
 * "]" that is a syntax error under the `u` flag Ajv 8 uses by default, but valid (a literal) without it.
 */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

interface SarifLog {
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string }; properties: { level: string; tags: string[] } }[] } };
    results: { ruleId: string; ruleIndex: number; kind: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { snippet: { text: string }; properties?: { page?: number; locator?: string } } } }[]; partialFingerprints: Record<string, string> }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; descriptor: { id: string } }[] }[];
    artifacts: { location: { uri: string } }[];
  }[];
}

describe('sarif formatter', () => {
  const validate = sarifValidator();
  const text = formatSarif(buildReport(), { informationUri: 'https://example.org/passend-check' });
  const log = JSON.parse(text) as SarifLog;
  const run = log.runs[0]!;

  it('validates against the official SARIF 2.1.0 schema', () => {
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('also validates with hostile content', () => {
    const hostile = JSON.parse(formatSarif(buildHostileReport())) as unknown;
    expect(validate(hostile), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the validator really checks: a wrong kind is rejected', () => {
    const broken = JSON.parse(text) as SarifLog;
    broken.runs[0]!.results[0]!.kind = 'ontbreekt';
    expect(validate(broken)).toBe(false);
  });

  it('has one run with the rules described once', () => {
    expect(log.runs).toHaveLength(1);
    const rules = run.tool.driver.rules;
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    const tlv = rules.find((r) => r.id === 'op.toelaatbaarheid')!;
    expect(tlv.shortDescription.text).toBe('Toelaatbaarheid tot het speciaal (basis)onderwijs');
    expect(tlv.fullDescription.text).toMatch(/^Artikel 18a lid 8 onder c WPO/);
    expect(tlv.help.text).toMatch(/^In het plan moet staan/);
    expect(tlv.helpUri).toMatch(/^https:\/\/wetten\.overheid\.nl\//);
    expect(tlv.properties.level).toBe('wettelijk');
    expect(tlv.properties.tags).toContain('WPO-18a-8c');
  });

  it('maps verdicts to kind and level as the spec requires', () => {
    const byRule = new Map(run.results.map((r) => [r.ruleId, r]));
    const expected: [string, string, string][] = [
      ['op.looptijd', 'pass', 'none'],
      ['op.terugplaatsing', 'fail', 'error'],
      ['op.toelaatbaarheid', 'fail', 'warning'],
      ['op.thuiszitters', 'fail', 'note'],
      ['op.opr', 'review', 'none'],
      ['op.steunpunt', 'notApplicable', 'none'],
      ['web-school.steunpunt', 'fail', 'note'],
    ];
    for (const [rule, kind, level] of expected) {
      expect(byRule.get(rule)?.kind, rule).toBe(kind);
      expect(byRule.get(rule)?.level, rule).toBe(level);
    }
    // SARIF §3.27.10: level must be "none" whenever kind is not "fail".
    for (const r of run.results) if (r.kind !== 'fail') expect(r.level).toBe('none');
    expect(sarifLevel('ontbreekt', 'beleid')).toBe('warning');
    expect(sarifLevel('gedeeltelijk', 'praktijk')).toBe('note');
  });

  it('has one result per rule and document, pointing at the right rule', () => {
    expect(run.results).toHaveLength(9);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('locates evidence with snippet and page, and encodes paths as URI references', () => {
    const tlv = run.results.find((r) => r.ruleId === 'op.toelaatbaarheid')!;
    const loc = tlv.locations[0]!.physicalLocation;
    expect(loc.artifactLocation.uri).toBe('plannen/Ondersteuningsplan%20SWV%20Rivierenland%202022-2026.pdf');
    expect(loc.region?.snippet.text).toMatch(/^Een school die een toelaatbaarheidsverklaring/);
    expect(loc.region?.properties?.page).toBe(23);
    const web = run.results.find((r) => r.ruleId === 'web-school.klachten')!;
    expect(web.locations[0]!.physicalLocation.artifactLocation.uri).toBe('https://www.obs-de-linde.nl/ouders');
    expect(web.locations[0]!.physicalLocation.region?.properties?.locator).toBe('main > section:nth-of-type(3) > p:nth-of-type(1)');
    expect(toUriReference('C:\\Mijn documenten\\gids ë.pdf')).toBe('file:///C:/Mijn%20documenten/gids%20%C3%AB.pdf');
  });

  it('fingerprints by rule, source and heading path', () => {
    const tlv = run.results.find((r) => r.ruleId === 'op.toelaatbaarheid')!;
    expect(tlv.partialFingerprints['passendCheck/v1']).toBe(
      'op.toelaatbaarheid|plannen/ondersteuningsplan swv rivierenland 2022-2026.pdf|4 toewijzing van ondersteuning/4.2 toelaatbaarheidsverklaring',
    );
    const report = buildReport();
    const web = report.documents[1]!;
    web.source.url = 'HTTPS://www.obs-de-linde.nl/ouders/?utm=x#top';
    expect(fingerprint(web.results[0]!, web)).toBe('web-school.klachten|www.obs-de-linde.nl/ouders|ouders/klachten');
  });

  it('reports the unreadable document and notices as tool execution notifications, not results', () => {
    const notes = run.invocations[0]!.toolExecutionNotifications;
    expect(run.invocations[0]!.executionSuccessful).toBe(true);
    const error = notes.find((n) => n.descriptor.id === 'document-error')!;
    expect(error.level).toBe('error');
    expect(error.message.text).toMatch(/^Kon niet beoordelen: Deze PDF bevat geen tekst/);
    expect(notes.find((n) => n.descriptor.id === 'bijna-verlopen')?.level).toBe('warning');
    expect(run.artifacts.map((a) => a.location.uri)).toContain('scans/schoolgids-gescand.pdf');
  });

  it('mentions what was searched for ontbreekt', () => {
    const missing = run.results.find((r) => r.ruleId === 'op.terugplaatsing')!;
    expect(missing.message.text).toMatch(/^ontbreekt: .*Gezocht naar: terugplaatsing, terugplaatsen/);
  });
});
