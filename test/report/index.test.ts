import { describe, expect, it } from 'vitest';
import { FORMATS, FORMAT_NAMES, formatReport, isFormatName } from '../../core/report/format/index';
import { buildReport } from './fixture';

describe('formatReport', () => {
  it('knows every format once, with a file extension and a description', () => {
    expect(FORMATS.map((f) => f.name)).toEqual([...FORMAT_NAMES]);
    for (const f of FORMATS) {
      expect(f.extension).toMatch(/^[a-z]+$/);
      expect(f.description.length).toBeGreaterThan(10);
    }
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('pdf')).toBe(false);
  });

  it('dispatches to each formatter and is pure (same input, same output, input untouched)', () => {
    const report = buildReport();
    const before = JSON.stringify(report);
    const starts: Record<string, RegExp> = {
      stylish: /^plannen\//,
      json: /^\{\n {2}"schemaVersion"/,
      sarif: /^\{\n {2}"\$schema"/,
      html: /^<!DOCTYPE html>/,
      markdown: /^# Passend Check/,
      csv: /^\uFEFFbron,/,
    };
    for (const name of FORMAT_NAMES) {
      const out = formatReport(report, name);
      expect(out, name).toMatch(starts[name]!);
      expect(formatReport(report, name), name).toBe(out);
    }
    expect(JSON.stringify(report)).toBe(before);
  });

  it('handles an empty report', () => {
    const report = { ...buildReport(), documents: [] };
    for (const name of FORMAT_NAMES) expect(formatReport(report, name).length, name).toBeGreaterThan(0);
    expect(formatReport(report, 'stylish')).toContain('in 0 documenten');
  });
});
