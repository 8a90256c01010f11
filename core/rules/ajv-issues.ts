/**
 * Turns ajv's raw errors into a few clear Dutch messages with a YAML position.
 *
 * With `allErrors`, a union such as Condition (anyOf with ten object shapes) fails in every
 * branch, so one typo yields twenty errors. We keep only the branch that fits the value best:
 * the one with the fewest and mildest direct errors (a wrong type is worse than a missing field,
 * which is worse than an unknown field). Inside a $ref, ajv's schemaPath restarts at the
 * referenced schema, so an error belongs to the nearest anyOf (by instance path) whose
 * schemaPath is a prefix of its own.
 */
import type { ErrorObject } from 'ajv';
import { closest, didYouMean } from './suggest';
import type { ValuePath } from './yaml-locate';

export interface PathMessage {
  path: ValuePath;
  /** For unknown fields: the key to point at. */
  key?: string;
  message: string;
}

function isWithin(instancePath: string, ancestor: string): boolean {
  return instancePath === ancestor || instancePath.startsWith(`${ancestor}/`);
}

function severity(error: ErrorObject, anyOf: ErrorObject): number {
  if (error.instancePath === anyOf.instancePath) {
    if (error.keyword === 'type') return 100;
    if (error.keyword === 'required') return 10;
    if (error.keyword === 'additionalProperties') return 3;
  }
  return 1;
}

/** The anyOf error that directly owns `error`, if any. */
function ownerOf(error: ErrorObject, anyOfs: ErrorObject[]): ErrorObject | undefined {
  let owner: ErrorObject | undefined;
  for (const candidate of anyOfs) {
    if (candidate === error) continue;
    if (!error.schemaPath.startsWith(`${candidate.schemaPath}/`)) continue;
    if (!isWithin(error.instancePath, candidate.instancePath)) continue;
    if (!owner || candidate.instancePath.length > owner.instancePath.length) owner = candidate;
  }
  return owner;
}

function branchOf(error: ErrorObject, anyOf: ErrorObject): number {
  const rest = error.schemaPath.slice(anyOf.schemaPath.length + 1);
  return Number.parseInt(rest, 10);
}

/** Keep only the errors of the best-fitting branch of every failed anyOf. */
export function reduceErrors(errors: ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf');
  const owner = new Map<ErrorObject, ErrorObject | undefined>(errors.map((e) => [e, ownerOf(e, anyOfs)]));
  const dropped = new Set<ErrorObject>();
  const merged: ErrorObject[] = [];
  // Outer unions first, so that a losing branch takes its inner unions with it.
  const ordered = [...anyOfs].sort((a, b) => a.instancePath.length - b.instancePath.length || a.schemaPath.length - b.schemaPath.length);
  for (const anyOf of ordered) {
    if (dropped.has(anyOf)) continue;
    dropped.add(anyOf);
    const byBranch = new Map<number, ErrorObject[]>();
    for (const error of errors) {
      if (owner.get(error) !== anyOf) continue;
      const branch = branchOf(error, anyOf);
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), error]);
    }
    const branches = [...byBranch.entries()];
    if (branches.length === 0) continue;
    // Alternatives that are all plain values (enum, const, type) at this spot: one merged message.
    const allScalar = branches.every(([, list]) => list.every((e) => e.instancePath === anyOf.instancePath && ['enum', 'const', 'type'].includes(e.keyword)));
    if (allScalar) {
      for (const [, list] of branches) list.forEach((e) => dropped.add(e));
      merged.push({ ...anyOf, keyword: 'oneOfValues', params: { alternatives: branches.flatMap(([, list]) => list) } });
      continue;
    }
    const score = (list: ErrorObject[]): number => list.reduce((sum, e) => sum + severity(e, anyOf), 0);
    // A branch without direct errors fits: its failure lies deeper (then it has no entry at all).
    const branchCount = typeof anyOf.schema === 'object' && Array.isArray(anyOf.schema) ? anyOf.schema.length : undefined;
    let best = branches[0]![0];
    let bestScore = Infinity;
    if (branchCount !== undefined) {
      for (let i = 0; i < branchCount; i++) {
        const s = score(byBranch.get(i) ?? []);
        if (s < bestScore) [best, bestScore] = [i, s];
      }
    } else {
      for (const [i, list] of branches) if (score(list) < bestScore) [best, bestScore] = [i, score(list)];
    }
    for (const [i, list] of branches) {
      if (i === best) continue;
      for (const error of list) dropDeep(error, errors, owner, dropped);
    }
  }
  // A bad key yields an inner error (with propertyName) and a propertyNames error: keep the latter.
  let kept = [...errors.filter((e) => !dropped.has(e) && !(e.keyword !== 'propertyNames' && 'propertyName' in e.params)), ...merged];
  // Errors inside an unknown field are noise: the field itself is the problem.
  const unknown = kept.filter((e) => e.keyword === 'additionalProperties');
  kept = kept.filter((e) => !unknown.some((u) => e !== u && isWithin(e.instancePath, `${u.instancePath}/${escapePointer(String(u.params.additionalProperty))}`)));
  // "ancor" unknown and "anchor" missing are one typo: keep only the unknown field (with its suggestion).
  kept = kept.filter(
    (e) =>
      e.keyword !== 'required' ||
      !unknown.some((u) => u.instancePath === e.instancePath && closest(String(u.params.additionalProperty), [String(e.params.missingProperty)]) !== undefined),
  );
  return dedupe(kept);
}

/** Drop an error and, if it is an anyOf, everything it owns. */
function dropDeep(error: ErrorObject, errors: ErrorObject[], owner: Map<ErrorObject, ErrorObject | undefined>, dropped: Set<ErrorObject>): void {
  dropped.add(error);
  if (error.keyword !== 'anyOf') return;
  for (const other of errors) if (owner.get(other) === error && !dropped.has(other)) dropDeep(other, errors, owner, dropped);
}

function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  integer: 'een geheel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een blok met velden',
  null: 'niets',
};

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'niets';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object') return 'een blok met velden';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return 'een onbekende waarde';
}

function fieldName(path: ValuePath): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  return last === undefined ? 'het bestand' : `"${last}"`;
}

function patternHint(path: ValuePath, pattern: string): string {
  if (pattern.includes('\\d{4}-\\d{2}-\\d{2}')) return 'datum moet de vorm JJJJ-MM-DD hebben, bijvoorbeeld 2025-08-01';
  if (path.length === 1 && path[0] === 'id') return 'id moet de vorm pakket.naam hebben, met kleine letters, bijvoorbeeld op.looptijd';
  if (pattern === '^[a-z0-9-]+$') return 'gebruik alleen kleine letters, cijfers en -';
  return `voldoet niet aan het patroon ${pattern}`;
}

function valuesOf(alternatives: ErrorObject[]): string[] {
  const values: string[] = [];
  for (const alt of alternatives) {
    if (alt.keyword === 'enum') values.push(...(alt.params.allowedValues as unknown[]).map(String));
    else if (alt.keyword === 'const') values.push(String(alt.params.allowedValue));
    else if (alt.keyword === 'type') values.push(TYPE_NAMES[String(alt.params.type)] ?? String(alt.params.type));
  }
  return values;
}

/** One Dutch message per (reduced) ajv error. Needs ajv's `verbose: true` for data and parentSchema. */
export function describeError(error: ErrorObject): PathMessage {
  const path = pointerToPath(error.instancePath);
  const field = fieldName(path);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
      return { path, key, message: `onbekend veld "${key}"${didYouMean(key, known)}` };
    }
    case 'required':
      return { path, message: `verplicht veld "${String(p.missingProperty)}" ontbreekt` };
    case 'type':
      return { path, message: `${field} moet ${TYPE_NAMES[String(p.type)] ?? String(p.type)} zijn, maar is ${describeValue(error.data)}` };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      return { path, message: `${field}: ongeldige waarde ${describeValue(error.data)}; kies uit ${allowed.join(', ')}${didYouMean(String(error.data), allowed)}` };
    }
    case 'oneOfValues': {
      const allowed = valuesOf(p.alternatives as ErrorObject[]);
      return { path, message: `${field}: ongeldige waarde ${describeValue(error.data)}; kies uit ${allowed.join(', ')}${didYouMean(String(error.data), allowed)}` };
    }
    case 'const':
      return { path, message: `${field} moet "${String(p.allowedValue)}" zijn` };
    case 'minItems':
      return { path, message: `${field} moet minstens ${Number(p.limit)} ${Number(p.limit) === 1 ? 'item' : 'items'} bevatten` };
    case 'maxItems':
      return { path, message: `${field} mag hoogstens ${Number(p.limit)} items bevatten` };
    case 'minLength':
      return { path, message: Number(p.limit) <= 1 ? `${field} mag niet leeg zijn` : `${field} moet minstens ${Number(p.limit)} tekens lang zijn` };
    case 'maxLength':
      return { path, message: `${field} mag hoogstens ${Number(p.limit)} tekens lang zijn` };
    case 'minimum':
      return { path, message: `${field} moet minstens ${Number(p.limit)} zijn` };
    case 'maximum':
      return { path, message: `${field} mag hoogstens ${Number(p.limit)} zijn` };
    case 'pattern':
      return { path, message: `${field}: ${patternHint(path, String(p.pattern))}` };
    case 'format':
      return { path, message: p.format === 'uri' ? `${field} moet een volledig webadres zijn (https://…)` : `${field} heeft niet de vorm ${String(p.format)}` };
    case 'propertyNames': {
      const name = String(p.propertyName);
      const allowed = ((error.schema as { enum?: unknown[] } | undefined)?.enum ?? []).map(String);
      const hint = allowed.length > 0 ? `kies uit ${allowed.join(', ')}${didYouMean(name, allowed)}` : 'gebruik alleen kleine letters, cijfers en -';
      return { path, key: name, message: `ongeldige naam "${name}": ${hint}` };
    }
    default:
      return { path, message: `${field}: ongeldig (${error.message ?? error.keyword})` };
  }
}
