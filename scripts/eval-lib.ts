/**
 * The accuracy harness: run the checker on the labelled corpus (test/corpus) exactly as a user
 * would (real PDF/DOCX rendered from the sources, automatic classification, no overrides) and
 * compare every verdict with the label a person gave.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { nodeEnv } from '../cli/env';
import { loadRulesDir } from '../cli/rules-dir';
import { checkInput } from '../core/check';
import { DocumentType, Sector, Verdict } from '../core/rules/schema';
import { renderDocx } from '../test/support/docx-writer';
import { renderPdf } from '../test/support/pdf-writer';

export const CORPUS_DIR = new URL('../test/corpus/', import.meta.url).pathname;

export const LabelFile = z.object({
  file: z.string(),
  render: z.enum(['pdf', 'docx', 'none']),
  type: DocumentType,
  sector: Sector,
  peildatum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  description: z.string().optional(),
  labels: z.record(z.string(), Verdict),
  why: z.record(z.string(), z.string()).optional().nullable(),
});
export type LabelFile = z.infer<typeof LabelFile>;

export interface Comparison {
  document: string;
  rule: string;
  label: Verdict;
  actual: Verdict | 'niet-toegepast';
}

export interface CorpusResult {
  documents: { id: string; type: string; classifiedAs: string; sector: string; classifiedSector: string; words: number }[];
  comparisons: Comparison[];
  agreement: number;
  falseOntbreekt: Comparison[];
  falseAanwezig: Comparison[];
  perRule: Map<string, { agree: number; total: number }>;
  confusion: Map<string, Map<string, number>>;
  classificationAccuracy: number;
}

export function loadLabels(): { id: string; label: LabelFile }[] {
  const dir = join(CORPUS_DIR, 'labels');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: basename(f, '.yaml'), label: LabelFile.parse(parse(readFileSync(join(dir, f), 'utf8'))) }));
}

async function inputFor(label: LabelFile): Promise<{ bytes: Uint8Array; fileName: string }> {
  const sourcePath = join(CORPUS_DIR, label.file);
  const text = readFileSync(sourcePath, 'utf8');
  const stem = basename(label.file).replace(/\.[a-z]+$/, '');
  if (label.render === 'pdf') return { bytes: await renderPdf(text, { header: stem }), fileName: `${stem}.pdf` };
  if (label.render === 'docx') return { bytes: await renderDocx(text), fileName: `${stem}.docx` };
  return { bytes: new TextEncoder().encode(text), fileName: basename(label.file) };
}

export async function runCorpus(): Promise<CorpusResult> {
  const ruleSet = loadRulesDir();
  const comparisons: Comparison[] = [];
  const documents: CorpusResult['documents'] = [];
  for (const { id, label } of loadLabels()) {
    const input = await inputFor(label);
    const report = await checkInput(input, ruleSet, nodeEnv, { peildatum: label.peildatum });
    const words = readFileSync(join(CORPUS_DIR, label.file), 'utf8').split(/\s+/).length;
    documents.push({ id, type: label.type, classifiedAs: report.classification.type, sector: label.sector, classifiedSector: report.classification.sector, words });
    const byRule = new Map(report.results.map((r) => [r.rule, r.verdict] as const));
    for (const [rule, verdict] of Object.entries(label.labels)) {
      comparisons.push({ document: id, rule, label: verdict, actual: byRule.get(rule) ?? 'niet-toegepast' });
    }
  }
  const perRule = new Map<string, { agree: number; total: number }>();
  const confusion = new Map<string, Map<string, number>>();
  for (const c of comparisons) {
    const p = perRule.get(c.rule) ?? { agree: 0, total: 0 };
    p.total++;
    if (c.label === c.actual) p.agree++;
    perRule.set(c.rule, p);
    const row = confusion.get(c.label) ?? new Map<string, number>();
    row.set(c.actual, (row.get(c.actual) ?? 0) + 1);
    confusion.set(c.label, row);
  }
  const agree = comparisons.filter((c) => c.label === c.actual).length;
  return {
    documents,
    comparisons,
    agreement: comparisons.length > 0 ? agree / comparisons.length : 0,
    falseOntbreekt: comparisons.filter((c) => c.actual === 'ontbreekt' && c.label !== 'ontbreekt'),
    falseAanwezig: comparisons.filter((c) => c.actual === 'aanwezig' && c.label !== 'aanwezig'),
    perRule,
    confusion,
    classificationAccuracy: documents.filter((d) => d.type === d.classifiedAs).length / Math.max(1, documents.length),
  };
}
