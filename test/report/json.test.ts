import { describe, expect, it } from 'vitest';
import { InvalidReportError, formatJson } from '../../core/report/format/json';
import { Report } from '../../core/report/model';
import { buildReport } from './fixture';

describe('json formatter', () => {
  it('round-trips through the zod Report schema', () => {
    const report = buildReport();
    const text = formatJson(report);
    const parsed = Report.parse(JSON.parse(text));
    expect(parsed).toEqual(report);
    expect(text.startsWith('{\n  "schemaVersion": "1.0.0"')).toBe(true);
  });

  it('refuses an invalid report: that is a bug, not output', () => {
    const report = buildReport();
    (report.documents[0]!.results[0] as { verdict: string }).verdict = 'misschien';
    expect(() => formatJson(report)).toThrow(InvalidReportError);
    expect(() => formatJson(report)).toThrow(/documents\.0\.results\.0\.verdict/);
  });
});
