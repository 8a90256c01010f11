/**
 * `npm run schema`: writes the JSON Schemas in schema/ from the zod schemas.
 *   rule.schema.json, pack.schema.json, vocab.schema.json  editor completion for rules/**.yaml
 *   report.schema.json                                     the JSON report (docs/report-format.md)
 * test/rules-loader/schema-files.test.ts fails when the committed files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { REPORT_SCHEMA_VERSION, Report } from '../core/report/model';
import { SCHEMA_DIALECT, packJsonSchema, ruleJsonSchema, vocabJsonSchema } from '../core/rules/json-schema';

export const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');

function reportJsonSchema(): Record<string, unknown> {
  const json = z.toJSONSchema(Report, { target: 'draft-7', io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema: _ignored, ...rest } = json;
  return {
    $schema: SCHEMA_DIALECT,
    title: 'Passend Check: rapport',
    description: `Het JSON-rapport van passend-check (schemaVersion ${REPORT_SCHEMA_VERSION}). Zie docs/report-format.md.`,
    ...rest,
  };
}

/** File name → file text, exactly as written to schema/. */
export function schemaFiles(): Record<string, string> {
  const schemas: Record<string, Record<string, unknown>> = {
    'rule.schema.json': ruleJsonSchema(),
    'pack.schema.json': packJsonSchema(),
    'vocab.schema.json': vocabJsonSchema(),
    'report.schema.json': reportJsonSchema(),
  };
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, `${JSON.stringify(schema, null, 2)}\n`]));
}

function main(): void {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, text] of Object.entries(schemaFiles())) {
    writeFileSync(join(SCHEMA_DIR, name), text);
    console.log(`schema/${name} geschreven`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
