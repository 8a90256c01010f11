/**
 * The report: one result model, many formatters (stylish, json, sarif, html, markdown, csv).
 * The JSON report is this object as-is; its names follow the contract in issue #2 and are
 * versioned by REPORT_SCHEMA_VERSION (docs/report-format.md). Fields may be added, never renamed.
 */
import { z } from 'zod';
import { DocumentType, Level, Sector, Verdict } from '../rules/schema';

export const REPORT_SCHEMA_VERSION = '1.0.0';

export const Evidence = z.object({
  text: z.string(),
  page: z.number().int().positive().optional(),
  locator: z.string().optional(),
  headingPath: z.array(z.string()).optional(),
  /** Which cue or part this quote supports (e.g. "anker", "criteria"). */
  supports: z.string().optional(),
  /** A link that opens the evidence (PDF #page=N, HTML text fragment), when the source has a URL or path. */
  openUrl: z.string().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const BasisRef = z.object({
  law: z.string(),
  article: z.string(),
  lid: z.string().optional(),
  onderdeel: z.string().optional(),
  url: z.string().optional(),
  text: z.string().optional(),
  /** For policy or practice rules: the policy it rests on. Never presented as law. */
  policy: z.string().optional(),
});
export type BasisRef = z.infer<typeof BasisRef>;

export const Notice = z.object({
  level: z.enum(['info', 'warning', 'error']),
  code: z.string(),
  message: z.string(),
});
export type Notice = z.infer<typeof Notice>;

export const RuleResult = z.object({
  rule: z.string(),
  title: z.string(),
  pack: z.string(),
  level: Level,
  detectable: z.enum(['tekst', 'deels', 'proces']),
  verdict: Verdict,
  /** Message key, e.g. "aanwezig", "onderdelen-ontbreken", "belofte", "verouderd". */
  reason: z.string(),
  message: z.string(),
  evidence: z.array(Evidence),
  basis: z.array(BasisRef),
  help: z.object({ kort: z.string(), uitleg: z.string() }),
  /** Ids and labels of required parts that were not found. */
  missing: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
  /** For "ontbreekt": what was looked for, so a person can judge the absence. */
  searched: z.object({ terms: z.array(z.string()) }).optional(),
  notices: z.array(Notice).optional(),
  /** A person's judgement recorded over the automatic verdict (extension, CLI baseline). */
  userJudgement: z
    .object({ verdict: Verdict, note: z.string(), at: z.string() })
    .optional(),
});
export type RuleResult = z.infer<typeof RuleResult>;

export const Classification = z.object({
  type: DocumentType,
  sector: Sector,
  confidence: z.number().min(0).max(1),
  signals: z.array(z.string()),
  /** True when the user overrode type or sector with --type/--sector. */
  overridden: z.boolean().optional(),
});
export type Classification = z.infer<typeof Classification>;

export const Period = z.object({
  kind: z.enum(['planperiode', 'schooljaar', 'vaststelling']),
  from: z.string(),
  to: z.string().optional(),
  text: z.string(),
});
export type Period = z.infer<typeof Period>;

export const Summary = z.object({
  aanwezig: z.number().int(),
  gedeeltelijk: z.number().int(),
  ontbreekt: z.number().int(),
  handmatig: z.number().int(),
  nvt: z.number().int(),
});
export type Summary = z.infer<typeof Summary>;

export const DocumentReport = z.object({
  source: z.object({
    path: z.string().optional(),
    url: z.string().optional(),
    format: z.string(),
    bytes: z.number().optional(),
  }),
  title: z.string().optional(),
  status: z.enum(['ok', 'error']),
  /** One-line Dutch explanation when status is "error" (unreadable, too large, …). */
  error: z.string().optional(),
  classification: Classification,
  pageCount: z.number().int().optional(),
  /** The period the document covers, and the date whose law judges it. */
  period: Period.optional(),
  referenceDate: z.string().optional(),
  notices: z.array(Notice),
  summary: Summary,
  results: z.array(RuleResult),
});
export type DocumentReport = z.infer<typeof DocumentReport>;

export const Report = z.object({
  schemaVersion: z.string(),
  tool: z.object({ name: z.string(), version: z.string() }),
  peildatum: z.string(),
  rulesVersion: z.string(),
  generatedAt: z.string(),
  documents: z.array(DocumentReport),
});
export type Report = z.infer<typeof Report>;
