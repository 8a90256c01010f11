import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SCHEMA_DIR, schemaFiles } from '../../scripts/generate-schema';

describe('generated JSON Schemas', () => {
  const fresh = schemaFiles();

  it.each(Object.keys(fresh))('schema/%s is up to date (run npm run schema)', (name) => {
    expect(readFileSync(join(SCHEMA_DIR, name), 'utf8')).toBe(fresh[name]);
  });

  it('carry $schema and title, and compile in ajv strict mode', () => {
    for (const text of Object.values(fresh)) {
      const schema = JSON.parse(text) as Record<string, unknown>;
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(typeof schema.title).toBe('string');
      const ajv = new Ajv({ strict: true, allErrors: true });
      addFormats(ajv);
      expect(() => ajv.compile(schema)).not.toThrow();
    }
  });

  it('express the recursive Condition as one named definition with $ref, with hover texts', () => {
    const rule = JSON.parse(fresh['rule.schema.json']!) as { definitions?: Record<string, unknown> };
    expect(Object.keys(rule.definitions ?? {})).toEqual(['Condition']);
    const text = fresh['rule.schema.json']!;
    expect(text).toContain('"$ref": "#/definitions/Condition"');
    expect(text).toContain('Alle voorwaarden in dezelfde zin');
  });

  it('accept a realistic rule and reject an unknown field (what the editor shows)', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fresh['rule.schema.json']!) as object);
    const rule = parse(readFileSync(join(import.meta.dirname, 'fixtures/valid/ondersteuningsplan/op.termijnen.yaml'), 'utf8')) as Record<string, unknown>;
    expect(validate(rule)).toBe(true);
    expect(validate({ ...rule, ancor: {} })).toBe(false);
  });
});
