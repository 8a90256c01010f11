/**
 * JSON Schemas for the rule files, generated from the zod schemas at runtime so that the loader's
 * ajv validation can never drift from zod. `npm run schema` writes the same objects to schema/
 * for editor completion (yaml-language-server); a test checks the committed files are current.
 *
 * Draft-07 is used because it is what yaml-language-server and ajv's default build both support
 * best. The recursive Condition becomes one named definition ("#/definitions/Condition").
 */
import { z } from 'zod';
import { Condition, Pack, Rule, Vocab } from './schema';

export const SCHEMA_DIALECT = 'http://json-schema.org/draft-07/schema#';

export type JsonSchema = Record<string, unknown>;

let conditionNamed = false;

/**
 * Give the recursive Condition a readable definition name instead of "__schema0". z.lazy keeps
 * its resolved inner schema in `_zod.innerType`; registering that one makes zod emit a $ref to it.
 */
function nameCondition(): void {
  if (conditionNamed) return;
  conditionNamed = true;
  const inner = (Condition as unknown as { _zod?: { innerType?: z.ZodType } })._zod?.innerType;
  if (inner && !z.globalRegistry.has(inner)) {
    z.globalRegistry.add(inner, { id: 'Condition', description: 'Een voorwaarde: terms, all, any, near, section, pattern, date, link, contact of figures' });
  }
}

function toSchema(schema: z.ZodType, title: string, description: string): JsonSchema {
  nameCondition();
  const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  // Put $schema and title first, so the generated files read well.
  const { $schema: _ignored, ...rest } = json;
  return { $schema: SCHEMA_DIALECT, title, description, ...rest };
}

export function ruleJsonSchema(): JsonSchema {
  return toSchema(Rule, 'Passend Check: regel', 'Een regel in rules/<pakket>/<id>.yaml. Zie docs/writing-rules.md.');
}

export function packJsonSchema(): JsonSchema {
  return toSchema(Pack, 'Passend Check: regelpakket', 'Het pakket in rules/<pakket>/pack.yaml.');
}

export function vocabJsonSchema(): JsonSchema {
  return toSchema(Vocab, 'Passend Check: woordenlijst', 'Gedeelde termgroepen en zinnen in rules/vocab/*.yaml.');
}
