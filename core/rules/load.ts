/**
 * The rule loader: rule files (as text, no I/O here) → a validated RuleSet, or precise issues.
 *
 * Every file goes through four gates, and each problem is reported as file:line:column in Dutch:
 *   1. size and YAML syntax (with an alias-bomb guard),
 *   2. JSON Schema (generated from the zod schemas at runtime) with ajv, mapped back to YAML positions,
 *   3. zod (catches what JSON Schema cannot say, such as "text or html, not both"),
 *   4. semantic checks across files: ids, packs, @group references, term syntax, safe regexes.
 */
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { z } from 'zod';
import { describeError, reduceErrors } from './ajv-issues';
import type { JsonSchema } from './json-schema';
import { packJsonSchema, ruleJsonSchema, vocabJsonSchema } from './json-schema';
import { patternProblem } from './regex-safety';
import type { RuleSet, RuleSourceFile } from './ruleset';
import type { Condition } from './schema';
import { Pack, Rule, Vocab } from './schema';
import { didYouMean } from './suggest';
import type { ParsedYaml, ValuePath } from './yaml-locate';
import { MAX_RULE_FILE_BYTES, locate, parseYaml } from './yaml-locate';

/** One problem in a rule file. Line and column are 1-based. */
export interface RuleIssue {
  file: string;
  line: number;
  column: number;
  message: string;
}

export class RuleLoadError extends Error {
  readonly issues: RuleIssue[];
  constructor(issues: RuleIssue[]) {
    const first = issues[0];
    super(
      first
        ? `${issues.length === 1 ? 'fout' : `${issues.length} fouten`} in de regels; eerste: ${formatIssue(first)}`
        : 'fout in de regels',
    );
    this.name = 'RuleLoadError';
    this.issues = issues;
  }
}

export function formatIssue(issue: RuleIssue): string {
  return `${issue.file}:${issue.line}:${issue.column} ${issue.message}`;
}

type FileKind = 'rule' | 'pack' | 'vocab';

const SCHEMA_COMMENT: Record<FileKind, string> = {
  rule: '# yaml-language-server: $schema=../../schema/rule.schema.json',
  pack: '# yaml-language-server: $schema=../../schema/pack.schema.json',
  vocab: '# yaml-language-server: $schema=../../schema/vocab.schema.json',
};

const VERSION_FORMAT = /^\d{4}\.\d{1,2}\.\d+$/;
/** The placeholders core/engine/messages.ts fills in. */
const MESSAGE_PLACEHOLDERS = new Set(['missing', 'period', 'quote', 'title', 'peildatum', 'van']);

// ---------------------------------------------------------------------------------------------
// Schema validation

type Validator = ValidateFunction | null;
const validators = new Map<FileKind, Validator>();

function makeSchema(kind: FileKind): JsonSchema {
  if (kind === 'rule') return ruleJsonSchema();
  if (kind === 'pack') return packJsonSchema();
  return vocabJsonSchema();
}

/**
 * ajv compiles schemas to JavaScript with `new Function`, which a browser extension's content
 * security policy may forbid. Then we fall back to zod alone (same rules, coarser messages).
 */
function validatorFor(kind: FileKind): Validator {
  if (!validators.has(kind)) {
    try {
      const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
      addFormats(ajv);
      validators.set(kind, ajv.compile(makeSchema(kind)));
    } catch {
      validators.set(kind, null);
    }
  }
  return validators.get(kind) ?? null;
}

const ZOD_SCHEMA: Record<FileKind, z.ZodType> = { rule: Rule, pack: Pack, vocab: Vocab };

// ---------------------------------------------------------------------------------------------
// File bookkeeping

interface Checked<T> {
  file: string;
  parsed: ParsedYaml;
  value: T;
}

class IssueList {
  readonly all: RuleIssue[] = [];
  /** Problems `rules validate` reports but that do not stop a check (editor convenience only). */
  readonly soft: RuleIssue[] = [];
  at(file: string, parsed: ParsedYaml | undefined, path: ValuePath, message: string, key?: string): void {
    const pos = parsed ? locate(parsed, path, key) : { line: 1, column: 1 };
    this.all.push({ file, line: pos.line, column: pos.column, message });
  }
  plain(file: string, message: string, line = 1, column = 1): void {
    this.all.push({ file, line, column, message });
  }
}

function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

function kindOf(path: string): FileKind | 'version' | 'unexpected' | 'ignore' {
  const parts = path.split('/');
  if (path === 'VERSION') return 'version';
  if (!/\.ya?ml$/.test(path)) return 'ignore';
  if (parts.length !== 2 || !path.endsWith('.yaml')) return 'unexpected';
  if (parts[0] === 'vocab') return 'vocab';
  return parts[1] === 'pack.yaml' ? 'pack' : 'rule';
}

function utf8Length(text: string): number {
  // Cheap upper and lower bounds first; encode only when it matters.
  if (text.length * 3 <= MAX_RULE_FILE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

function checkFile<T>(file: RuleSourceFile, kind: FileKind, issues: IssueList): Checked<T> | undefined {
  const bytes = utf8Length(file.text);
  if (bytes > MAX_RULE_FILE_BYTES) {
    issues.plain(file.path, `bestand is te groot (${(bytes / 1024 / 1024).toFixed(1)} MB, hoogstens 1 MB); een regelbestand is meestal een paar kB`);
    return undefined;
  }
  if (file.text.trim() === '') {
    issues.plain(file.path, 'bestand is leeg');
    return undefined;
  }
  const parsed = parseYaml(file.text);
  for (const problem of parsed.problems) issues.plain(file.path, problem.message, problem.line, problem.column);
  if (parsed.problems.length > 0) return undefined;

  const firstLine = file.text.split(/\r?\n/, 1)[0]?.trim();
  if (firstLine !== SCHEMA_COMMENT[kind]) {
    issues.soft.push({ file: file.path, line: 1, column: 1, message: `de eerste regel moet "${SCHEMA_COMMENT[kind]}" zijn (dan vult de editor velden aan en toont hij uitleg)` });
  }

  const validate = validatorFor(kind);
  if (validate && !validate(parsed.value)) {
    for (const error of reduceErrors(validate.errors ?? [])) {
      const { path, key, message } = describeError(error);
      issues.at(file.path, parsed, path, message, key);
    }
    return undefined;
  }
  const result = ZOD_SCHEMA[kind].safeParse(parsed.value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      issues.at(file.path, parsed, path, issue.message);
    }
    return undefined;
  }
  return { file: file.path, parsed, value: result.data as T };
}

// ---------------------------------------------------------------------------------------------
// Semantic checks

function termProblem(term: string, groups: ReadonlySet<string>): string | null {
  const trimmed = term.trim();
  if (trimmed === '') return 'lege zoekterm';
  if (trimmed.startsWith('@')) {
    const name = trimmed.slice(1);
    if (!/^[a-z0-9-]+$/.test(name)) return `ongeldige groepsnaam "${trimmed}": gebruik @ met kleine letters, cijfers en -`;
    if (!groups.has(name)) return `onbekende groep "${trimmed}"${didYouMean(name, groups)}: groepen staan in rules/vocab/*.yaml`;
    return null;
  }
  if (/^[*\s]+$/.test(trimmed)) return `zoekterm "${trimmed}" bestaat alleen uit *: die zou alles vinden`;
  if (trimmed.includes('**')) return `zoekterm "${trimmed}": gebruik één * (voor of achter het woord)`;
  for (const word of trimmed.split(/\s+/)) {
    if (word !== '*' && word.slice(1, -1).includes('*')) {
      return `zoekterm "${trimmed}": * mag alleen aan het begin of eind van een woord staan`;
    }
  }
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return `zoekterm "${trimmed}" bevat geen letters of cijfers`;
  return null;
}

type TermReporter = (terms: readonly string[], path: ValuePath) => void;

function walkCondition(condition: Condition, path: ValuePath, onTerms: TermReporter, onPattern: (pattern: string, path: ValuePath) => void): void {
  if ('terms' in condition) onTerms(condition.terms, [...path, 'terms']);
  else if ('all' in condition) condition.all.forEach((c, i) => walkCondition(c, [...path, 'all', i], onTerms, onPattern));
  else if ('any' in condition) condition.any.forEach((c, i) => walkCondition(c, [...path, 'any', i], onTerms, onPattern));
  else if ('near' in condition) condition.near.forEach((c, i) => walkCondition(c, [...path, 'near', i], onTerms, onPattern));
  else if ('section' in condition) {
    onTerms(condition.section, [...path, 'section']);
    if (condition.has) walkCondition(condition.has, [...path, 'has'], onTerms, onPattern);
  } else if ('pattern' in condition) onPattern(condition.pattern, [...path, 'pattern']);
  else if ('link' in condition) {
    if (condition.link.text) onTerms(condition.link.text, [...path, 'link', 'text']);
    if (condition.link.href) onTerms(condition.link.href, [...path, 'link', 'href']);
  }
}

function checkRule(rule: Checked<Rule>, pack: Pack | undefined, groups: ReadonlySet<string>, issues: IssueList): void {
  const { file, parsed, value } = rule;
  const [dir, base] = file.split('/') as [string, string];
  const expectedId = base.replace(/\.yaml$/, '');
  if (value.id !== expectedId) {
    issues.at(file, parsed, ['id'], `id "${value.id}" moet gelijk zijn aan de bestandsnaam ("${expectedId}")`);
  }
  if (pack && !value.applies_to.some((t) => pack.applies_to.includes(t))) {
    issues.at(file, parsed, ['applies_to'], `applies_to noemt geen documentsoort van pakket "${dir}" (${pack.applies_to.join(', ')})`);
  }
  if (value.geldig.tot !== undefined && value.geldig.tot < value.geldig.van) {
    issues.at(file, parsed, ['geldig', 'tot'], `geldig.tot (${value.geldig.tot}) ligt voor geldig.van (${value.geldig.van})`);
  }
  if (value.level === 'wettelijk' && !value.basis.some((b) => 'wet' in b)) {
    issues.at(file, parsed, ['basis'], 'een wettelijke regel heeft minstens één basis met wet en artikel nodig');
  }

  const onTerms: TermReporter = (terms, path) =>
    terms.forEach((term, i) => {
      const problem = termProblem(term, groups);
      if (problem) issues.at(file, parsed, [...path, i], problem);
    });
  const onPattern = (pattern: string, path: ValuePath): void => {
    const problem = patternProblem(pattern);
    if (problem) issues.at(file, parsed, path, problem);
  };
  walkCondition(value.check.anchor, ['check', 'anchor'], onTerms, onPattern);
  if (value.check.pointer) onTerms(value.check.pointer, ['check', 'pointer']);
  if (value.check.excuse) onTerms(value.check.excuse, ['check', 'excuse']);

  const partIds = new Set<string>();
  value.check.parts?.forEach((part, i) => {
    if (partIds.has(part.id)) issues.at(file, parsed, ['check', 'parts', i, 'id'], `onderdeel "${part.id}" staat twee keer in deze regel`);
    partIds.add(part.id);
    walkCondition(part.when, ['check', 'parts', i, 'when'], onTerms, onPattern);
  });
  const required = value.check.partsRequired;
  if (typeof required === 'number' && required > partIds.size) {
    issues.at(file, parsed, ['check', 'partsRequired'], `partsRequired is ${required}, maar de regel heeft ${partIds.size} onderdelen`);
  }

  for (const [key, text] of Object.entries(value.messages ?? {})) {
    for (const match of (text ?? '').matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
      const name = match[1] ?? '';
      if (!MESSAGE_PLACEHOLDERS.has(name)) {
        issues.at(file, parsed, ['messages', key], `onbekende invulplek "{{${name}}}"${didYouMean(name, MESSAGE_PLACEHOLDERS)}; gebruik ${[...MESSAGE_PLACEHOLDERS].map((n) => `{{${n}}}`).join(', ')}`);
      }
    }
  }

  const exampleNames = new Set<string>();
  value.examples.forEach((example, i) => {
    if (exampleNames.has(example.name)) issues.at(file, parsed, ['examples', i, 'name'], `voorbeeld "${example.name}" staat twee keer in deze regel`);
    exampleNames.add(example.name);
    const expect = example.expect;
    if (typeof expect === 'object') {
      expect.missing?.forEach((id, j) => {
        if (!partIds.has(id)) issues.at(file, parsed, ['examples', i, 'expect', 'missing', j], `onbekend onderdeel "${id}"${didYouMean(id, partIds)}`);
      });
    }
  });
}

function checkVocabTerms(vocab: Checked<Vocab>, groups: ReadonlySet<string>, issues: IssueList): void {
  const { file, parsed, value } = vocab;
  const lists: [ValuePath, string[] | undefined][] = [
    ...Object.entries(value.groups ?? {}).map(([name, terms]): [ValuePath, string[]] => [['groups', name], terms]),
    [['nearMiss', 'definition'], value.nearMiss?.definition],
    [['nearMiss', 'promise'], value.nearMiss?.promise],
    [['nearMiss', 'deferral'], value.nearMiss?.deferral],
    [['tense', 'past'], value.tense?.past],
    [['tense', 'nonPast'], value.tense?.nonPast],
  ];
  for (const [path, terms] of lists) {
    terms?.forEach((term, i) => {
      const problem = termProblem(term, groups);
      if (problem) issues.at(file, parsed, [...path, i], problem);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Public API

interface Analysis {
  issues: RuleIssue[];
  soft: RuleIssue[];
  ruleSet?: Omit<RuleSet, 'version'>;
}

function analyse(input: readonly RuleSourceFile[]): Analysis {
  const issues = new IssueList();
  const files = input.map((f) => ({ path: normalisePath(f.path), text: f.text }));
  const packs: Checked<Pack>[] = [];
  const rules: Checked<Rule>[] = [];
  const vocabs: Checked<Vocab>[] = [];

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const kind = kindOf(file.path);
    if (kind === 'ignore') continue;
    if (kind === 'version') {
      if (!VERSION_FORMAT.test(file.text.trim())) issues.plain(file.path, `versie "${file.text.trim()}" heeft niet de vorm JJJJ.M.N, bijvoorbeeld 2026.12.1`);
      continue;
    }
    if (kind === 'unexpected') {
      issues.plain(file.path, 'onverwacht bestand: een regel hoort in <pakket>/<id>.yaml, een woordenlijst in vocab/<naam>.yaml (extensie .yaml)');
      continue;
    }
    if (kind === 'rule') {
      const checked = checkFile<Rule>(file, kind, issues);
      if (checked) rules.push(checked);
    } else if (kind === 'pack') {
      const checked = checkFile<Pack>(file, kind, issues);
      if (checked) packs.push(checked);
    } else {
      const checked = checkFile<Vocab>(file, kind, issues);
      if (checked) vocabs.push(checked);
    }
  }

  // Vocabulary: merge, refusing groups defined twice.
  const groups: Record<string, string[]> = {};
  const groupOrigin = new Map<string, string>();
  const nearMiss = { definition: [] as string[], promise: [] as string[], deferral: [] as string[] };
  const tense = { past: [] as string[], nonPast: [] as string[] };
  for (const vocab of vocabs) {
    for (const [name, terms] of Object.entries(vocab.value.groups ?? {})) {
      const origin = groupOrigin.get(name);
      if (origin !== undefined) {
        issues.at(vocab.file, vocab.parsed, ['groups'], `groep "${name}" is al gedefinieerd in ${origin}`, name);
        continue;
      }
      groupOrigin.set(name, vocab.file);
      groups[name] = terms;
    }
    nearMiss.definition.push(...(vocab.value.nearMiss?.definition ?? []));
    nearMiss.promise.push(...(vocab.value.nearMiss?.promise ?? []));
    nearMiss.deferral.push(...(vocab.value.nearMiss?.deferral ?? []));
    tense.past.push(...(vocab.value.tense?.past ?? []));
    tense.nonPast.push(...(vocab.value.tense?.nonPast ?? []));
  }
  const groupNames = new Set(Object.keys(groups));
  for (const vocab of vocabs) checkVocabTerms(vocab, groupNames, issues);

  // Packs: the id names the directory.
  const packByDir = new Map<string, Pack>();
  for (const pack of packs) {
    const dir = pack.file.split('/')[0]!;
    if (pack.value.id !== dir) issues.at(pack.file, pack.parsed, ['id'], `pakket-id "${pack.value.id}" moet gelijk zijn aan de mapnaam ("${dir}")`);
    packByDir.set(dir, pack.value);
  }
  const packDirs = new Set(files.filter((f) => kindOf(f.path) === 'pack').map((f) => f.path.split('/')[0]!));
  const reportedMissingPack = new Set<string>();
  for (const file of files) {
    if (kindOf(file.path) !== 'rule') continue;
    const dir = file.path.split('/')[0]!;
    if (!packDirs.has(dir) && !reportedMissingPack.has(dir)) {
      reportedMissingPack.add(dir);
      issues.plain(file.path, `map "${dir}" heeft geen pack.yaml`);
    }
  }

  // Rules: per-rule checks, then unique ids.
  const firstFileOfId = new Map<string, string>();
  for (const rule of rules) {
    checkRule(rule, packByDir.get(rule.file.split('/')[0]!), groupNames, issues);
    const earlier = firstFileOfId.get(rule.value.id);
    if (earlier !== undefined) issues.at(rule.file, rule.parsed, ['id'], `id "${rule.value.id}" wordt ook gebruikt in ${earlier}`);
    else firstFileOfId.set(rule.value.id, rule.file);
  }

  if (rules.length === 0 && issues.all.length === 0) {
    issues.plain('.', 'geen regels gevonden: verwacht rules/<pakket>/pack.yaml en rules/<pakket>/<id>.yaml');
  }
  return {
    issues: sortIssues(issues.all),
    soft: issues.soft,
    ruleSet: {
      packs: packs.map((p) => p.value).sort((a, b) => a.id.localeCompare(b.id)),
      rules: rules.map((r) => r.value).sort((a, b) => a.id.localeCompare(b.id)),
      vocab: { groups, nearMiss, tense },
    },
  };
}

function sortIssues(issues: RuleIssue[]): RuleIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/**
 * All problems in a set of rule files, sorted by file, line and column. Empty when all is well.
 * Includes a missing yaml-language-server schema line, which loadRuleSet tolerates.
 */
export function validateRuleFiles(files: readonly RuleSourceFile[]): RuleIssue[] {
  const { issues, soft } = analyse(files);
  return sortIssues([...issues, ...soft]);
}

/** Load and validate a rule set. Throws a RuleLoadError (with every issue) when anything is wrong. */
export function loadRuleSet(files: readonly RuleSourceFile[], version?: string): RuleSet {
  const { issues, ruleSet } = analyse(files);
  if (issues.length > 0 || !ruleSet) throw new RuleLoadError(issues);
  return { ...ruleSet, version: version ?? ruleSetVersion(files) };
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits: small, pure and stable everywhere. */
export function fnv1a(text: string, seed = 0x811c9dc5): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * "2026.12.1+3f9a0c12": the date-based version from rules/VERSION plus a hash of every file, so
 * a report always says exactly which rules judged the document, even for local edits.
 */
export function ruleSetVersion(files: readonly RuleSourceFile[]): string {
  const normalised = files.map((f) => ({ path: normalisePath(f.path), text: f.text.replace(/\r\n/g, '\n') }));
  const base = normalised.find((f) => f.path === 'VERSION')?.text.trim() || '0.0.0';
  const content = normalised
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.path}\u0000${f.text}\u0000`)
    .join('');
  return `${base}+${fnv1a(content)}`;
}
