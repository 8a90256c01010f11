import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRulesDir } from '../../cli/rules-dir';
import { RuleLoadError, fnv1a, formatIssue, loadRuleSet, ruleSetVersion, validateRuleFiles } from '../../core/rules/load';
import type { RuleIssue } from '../../core/rules/load';
import type { RuleSourceFile } from '../../core/rules/ruleset';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'valid');

function fixtureFiles(): RuleSourceFile[] {
  return readRulesDir(FIXTURES);
}

function textOf(files: RuleSourceFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`fixture ${path} ontbreekt`);
  return file.text;
}

/** The files with one file's text changed (or added). */
function withFile(path: string, change: string | ((text: string) => string)): RuleSourceFile[] {
  const files = fixtureFiles();
  const text = typeof change === 'string' ? change : change(textOf(files, path));
  return [...files.filter((f) => f.path !== path), { path, text }];
}

/** 1-based line and column of the n-th occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" niet gevonden`);
  }
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function issueMatching(issues: RuleIssue[], pattern: RegExp): RuleIssue {
  const issue = issues.find((i) => pattern.test(i.message));
  if (!issue) throw new Error(`geen melding die past bij ${pattern}; wel: ${issues.map(formatIssue).join(' | ')}`);
  return issue;
}

describe('loading a valid rule set', () => {
  it('loads packs, rules and merged vocab', () => {
    const ruleSet = loadRuleSet(fixtureFiles());
    expect(ruleSet.packs.map((p) => p.id)).toEqual(['ondersteuningsplan']);
    expect(ruleSet.rules.map((r) => r.id)).toEqual(['op.looptijd', 'op.termijnen']);
    expect(Object.keys(ruleSet.vocab.groups).sort()).toEqual(['ouders', 'periode', 'tlv']);
    expect(ruleSet.vocab.nearMiss.promise).toContain('wordt nog uitgewerkt');
    expect(ruleSet.vocab.tense.nonPast).toContain('heeft instemmingsrecht');
    expect(validateRuleFiles(fixtureFiles())).toEqual([]);
  });

  it('versions the rule set by VERSION plus a content hash', () => {
    const files = fixtureFiles();
    const version = loadRuleSet(files).version;
    expect(version).toMatch(/^2026\.12\.1\+[0-9a-f]{8}$/);
    expect(ruleSetVersion([...files].reverse())).toBe(version);
    const edited = withFile('ondersteuningsplan/pack.yaml', (t) => t.replace('De eisen', 'Alle eisen'));
    expect(ruleSetVersion(edited)).not.toBe(version);
    expect(loadRuleSet(files, 'bundel-7').version).toBe('bundel-7');
  });

  it('hashes with FNV-1a', () => {
    // Reference values of 32-bit FNV-1a.
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('foobar')).toBe('bf9cf968');
  });
});

describe('problems are reported as file:line:column', () => {
  const RULE = 'ondersteuningsplan/op.termijnen.yaml';

  it('invalid YAML', () => {
    const files = withFile(RULE, (t) => t.replace('sector: [po, vo]', 'sector: [po, vo'));
    const issues = validateRuleFiles(files);
    const issue = issueMatching(issues, /^ongeldige YAML/);
    expect(issue.file).toBe(RULE);
    const line = positionOf(textOf(files, RULE), 'sector: [po, vo').line;
    expect(issue.line).toBeGreaterThanOrEqual(line);
    expect(issue.line).toBeLessThanOrEqual(line + 1);
    expect(issue.message).not.toMatch(/\n/);
  });

  it('unknown field with a suggestion', () => {
    const files = withFile(RULE, (t) => t.replace('  anchor:', '  ancor:'));
    const issues = validateRuleFiles(files);
    const issue = issueMatching(issues, /onbekend veld "ancor"/);
    expect(issue.message).toBe('onbekend veld "ancor" (bedoelde u "anchor"?)');
    expect({ line: issue.line, column: issue.column }).toEqual(positionOf(textOf(files, RULE), 'ancor:'));
    expect(formatIssue(issue)).toBe(`${RULE}:${issue.line}:3 onbekend veld "ancor" (bedoelde u "anchor"?)`);
  });

  it('unknown field deep inside a condition points at that key, without noise from other condition kinds', () => {
    const files = withFile(RULE, (t) => t.replace('- { terms: ["@tlv"] }', '- { terms: ["@tlv"], mni: 2 }'));
    const issues = validateRuleFiles(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe('onbekend veld "mni" (bedoelde u "min"?)');
    expect({ line: issues[0]!.line, column: issues[0]!.column }).toEqual(positionOf(textOf(files, RULE), 'mni'));
  });

  it('wrong type', () => {
    const files = withFile(RULE, (t) => t.replace('sector: [po, vo]', 'sector: po'));
    const issues = validateRuleFiles(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toBe('"sector" moet een lijst zijn, maar is "po"');
    expect({ line: issues[0]!.line, column: issues[0]!.column }).toEqual(positionOf(textOf(files, RULE), 'po', 1));
  });

  it('misspelt value with a suggestion', () => {
    const files = withFile(RULE, (t) => t.replace('level: beleid', 'level: beleit'));
    const issue = issueMatching(validateRuleFiles(files), /"level"/);
    expect(issue.message).toBe('"level": ongeldige waarde "beleit"; kies uit wettelijk, beleid, praktijk (bedoelde u "beleid"?)');
    expect({ line: issue.line, column: issue.column }).toEqual(positionOf(textOf(files, RULE), 'beleit'));
  });

  it('a YAML alias bomb', () => {
    const bomb = [
      '# yaml-language-server: $schema=../../schema/vocab.schema.json',
      'groups:',
      '  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      '  b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      '  c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      '  d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      '  e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '  f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
      '  g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
      '  h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]',
      '  i: [*h, *h, *h, *h, *h, *h, *h, *h, *h]',
      '',
    ].join('\n');
    const issues = validateRuleFiles(withFile('vocab/bomb.yaml', bomb));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'vocab/bomb.yaml', line: 4, column: 10 });
    expect(issues[0]!.message).toMatch(/alias bomb/);
  });

  it('an unsafe regular expression', () => {
    const files = withFile(RULE, (t) => t.replace('"binnen \\\\d+ (?:weken|werkdagen|dagen)"', '"(a+)+$"'));
    const issues = validateRuleFiles(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/onveilig.*catastrofale backtracking/);
    expect({ line: issues[0]!.line, column: issues[0]!.column }).toEqual(positionOf(textOf(files, RULE), '"(a+)+$"'));
  });

  it('a regular expression that does not compile', () => {
    const files = withFile(RULE, (t) => t.replace('"binnen \\\\d+ (?:weken|werkdagen|dagen)"', '"binnen (\\\\d+"'));
    const issue = issueMatching(validateRuleFiles(files), /ongeldig/);
    expect(issue.message).toMatch(/^reguliere expressie is ongeldig/);
    expect(issue.line).toBe(positionOf(textOf(files, RULE), 'binnen (').line);
  });

  it('a missing @group', () => {
    const files = withFile(RULE, (t) => t.replace('"@tlv"', '"@tlvv"'));
    const issues = validateRuleFiles(files);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toMatch(/^onbekende groep "@tlvv" \(bedoelde u "tlv"\?\)/);
    expect({ line: issues[0]!.line, column: issues[0]!.column }).toEqual(positionOf(textOf(files, RULE), '"@tlvv"'));
  });

  it('bad term syntax: a lone * and an empty term', () => {
    const files = withFile(RULE, (t) => t.replace('terms: ["@tlv"]', 'terms: ["*", " ", "be*leid"]'));
    const messages = validateRuleFiles(files).map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/alleen uit \*/), 'lege zoekterm', expect.stringMatching(/begin of eind van een woord/)]),
    );
  });

  it('file name must equal the id, and ids must be unique', () => {
    const files = withFile('ondersteuningsplan/op.kopie.yaml', textOf(fixtureFiles(), RULE));
    const issues = validateRuleFiles(files);
    expect(issueMatching(issues, /bestandsnaam/).file).toBe('ondersteuningsplan/op.kopie.yaml');
    expect(issueMatching(issues, /ook gebruikt in/).message).toMatch(/op\.termijnen/);
  });

  it('a group defined twice across vocab files', () => {
    const files = withFile('vocab/extra.yaml', (t) => `${t}  tlv: [tlv-aanvraag]\n`);
    const issue = issueMatching(validateRuleFiles(files), /al gedefinieerd/);
    expect(issue).toMatchObject({ file: 'vocab/extra.yaml', message: 'groep "tlv" is al gedefinieerd in vocab/common.yaml' });
    expect({ line: issue.line, column: issue.column }).toEqual(positionOf(textOf(files, 'vocab/extra.yaml'), 'tlv:'));
  });

  it('a rule whose applies_to misses its pack, and a rule without pack.yaml', () => {
    const moved = textOf(fixtureFiles(), RULE);
    const files = withFile(RULE, (t) => t.replace('applies_to: [ondersteuningsplan]', 'applies_to: [schoolgids]'));
    expect(issueMatching(validateRuleFiles(files), /applies_to/).line).toBe(positionOf(moved, 'applies_to').line);
    const orphan = withFile('schoolgids/op.termijnen.yaml', moved);
    expect(issueMatching(validateRuleFiles(orphan), /geen pack\.yaml/).file).toBe('schoolgids/op.termijnen.yaml');
  });

  it('an example with both text and html (caught by zod after the JSON Schema)', () => {
    const files = withFile(RULE, (t) => t.replace('    expect: aanwezig', '    html: "<p>x</p>"\n    expect: aanwezig'));
    const issue = issueMatching(validateRuleFiles(files), /precies een van text of html/);
    expect(issue.line).toBe(positionOf(textOf(files, RULE), '- name: termijn').line);
  });

  it('an unknown example part and an unknown message placeholder', () => {
    const files = withFile(RULE, (t) =>
      t.replace('expect: { verdict: ontbreekt }', 'expect: { verdict: gedeeltelijk, missing: [termijnen] }').replace('noemt geen termijn', 'noemt geen {{mising}}'),
    );
    const messages = validateRuleFiles(files).map((i) => i.message);
    expect(messages).toContain('onbekend onderdeel "termijnen" (bedoelde u "termijn"?)');
    expect(messages.some((m) => m.startsWith('onbekende invulplek "{{mising}}" (bedoelde u "missing"?)'))).toBe(true);
  });

  it('a missing schema comment, an empty file and a huge file', () => {
    expect(issueMatching(validateRuleFiles(withFile(RULE, (t) => t.split('\n').slice(1).join('\n'))), /eerste regel/).line).toBe(1);
    expect(validateRuleFiles(withFile('vocab/leeg.yaml', ''))).toEqual([{ file: 'vocab/leeg.yaml', line: 1, column: 1, message: 'bestand is leeg' }]);
    const huge = `# yaml-language-server: $schema=../../schema/vocab.schema.json\ngroups:\n  groot: [${'"woord", '.repeat(150_000)}"eind"]\n`;
    expect(validateRuleFiles(withFile('vocab/groot.yaml', huge))[0]!.message).toMatch(/te groot/);
  });

  it('loadRuleSet throws a RuleLoadError carrying every issue', () => {
    const looptijd = 'ondersteuningsplan/op.looptijd.yaml';
    const broken = withFile(RULE, (t) => t.replace('  anchor:', '  ancor:'));
    const files = [...broken.filter((f) => f.path !== looptijd), { path: looptijd, text: textOf(broken, looptijd).replace('"@periode"', '"@perode"') }];
    let caught: unknown;
    try {
      loadRuleSet(files);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleLoadError);
    const issues = (caught as RuleLoadError).issues;
    expect(issues.map((i) => i.file)).toEqual([looptijd, RULE]);
    expect(issues[0]!.message).toMatch(/onbekende groep "@perode"/);
    expect((caught as RuleLoadError).message).toMatch(/^2 fouten in de regels; eerste: ondersteuningsplan\/op\.looptijd\.yaml:\d+:\d+ /);
  });
});
