/**
 * `json`: the report object itself, the versioned contract of docs/report-format.md.
 * It is validated against the zod schema first: an invalid report here is a bug in the
 * engine, and writing it out would break every consumer of the contract.
 */
import { Report } from '../model';

export class InvalidReportError extends Error {
  constructor(readonly issues: string[]) {
    super(`Intern probleem: het rapport klopt niet met het schema (${issues.slice(0, 5).join('; ')}${issues.length > 5 ? '; …' : ''})`);
    this.name = 'InvalidReportError';
  }
}

/** Throws InvalidReportError when the report does not match the schema. */
export function assertValidReport(report: unknown): Report {
  const parsed = Report.safeParse(report);
  if (!parsed.success) {
    throw new InvalidReportError(parsed.error.issues.map((i) => `${i.path.join('.') || '(rapport)'}: ${i.message}`));
  }
  return parsed.data;
}

export function formatJson(report: Report): string {
  assertValidReport(report);
  return `${JSON.stringify(report, null, 2)}\n`;
}
