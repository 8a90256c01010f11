import { describe, expect, it } from 'vitest';
import { checkModel } from '../../core/check';
import { extractMarkdown } from '../../core/extract/text';
import { loadRulesDir } from '../../cli/rules-dir';
import { formatCsv } from '../../core/report/format/csv';
import { buildReport, exportFileName, exportReport, shortSummary, withJudgements } from '../../extension/lib/report';
import { readFileSync } from 'node:fs';

const ruleSet = loadRulesDir();
const markdown = readFileSync('examples/src/schoolgids-obs-de-wilgenhoek-2025-2026.md', 'utf8');
const doc = checkModel(extractMarkdown(markdown, { format: 'markdown', url: 'https://obs.example.nl/schoolgids.md' }), ruleSet, { peildatum: '2025-10-01' });

describe('extension report export', () => {
  const rule = doc.results[0]!.rule;
  const judged = withJudgements(doc, { [rule]: { verdict: 'aanwezig', note: 'Gezien, "hoofdstuk 4", p. 12', at: '2025-10-02T08:00:00.000Z' } });
  const report = buildReport([judged], ruleSet, '2025-10-01');

  it('folds judgements in as userJudgement, and leaves other results alone', () => {
    expect(judged.results.find((r) => r.rule === rule)?.userJudgement).toEqual({ verdict: 'aanwezig', note: 'Gezien, "hoofdstuk 4", p. 12', at: '2025-10-02T08:00:00.000Z' });
    expect(judged.results.filter((r) => r.userJudgement).length).toBe(1);
    expect(withJudgements(judged, {}).results.some((r) => r.userJudgement)).toBe(false);
  });

  it('exports CSV with core columns plus the judgement columns, quoted safely', () => {
    const csv = formatCsv(report);
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]!.endsWith(',eigen oordeel,toelichting,beoordeeld op')).toBe(true);
    const judgedLine = lines.find((l) => l.includes(`,${rule},`));
    expect(judgedLine?.endsWith(',aanwezig,"Gezien, ""hoofdstuk 4"", p. 12",2025-10-02')).toBe(true);
    expect(lines.length).toBe(doc.results.length + 1);
    expect(exportReport(report, 'csv')).toBe(csv);
  });

  it('exports the same JSON and HTML as the CLI formatters, named after the document type and peildatum', () => {
    const json = JSON.parse(exportReport(report, 'json')) as { documents: { results: { rule: string; userJudgement?: unknown }[] }[] };
    expect(json.documents[0]!.results.find((r) => r.rule === rule)?.userJudgement).toBeDefined();
    expect(exportReport(report, 'html')).toMatch(/^<!doctype html>/i);
    expect(exportFileName(report, 'html')).toBe('passend-check-schoolgids-2025-10-01.html');
  });

  it('copies a short summary with counts and what is missing or incomplete', () => {
    const text = shortSummary(report);
    expect(text.split('\n')[0]).toBe('Passend Check (peildatum 2025-10-01)');
    expect(text).toMatch(/\(Schoolgids\): /);
    const open = doc.results.filter((r) => (r.rule === rule ? 'aanwezig' : r.verdict) === 'ontbreekt' || (r.rule === rule ? 'aanwezig' : r.verdict) === 'gedeeltelijk');
    for (const r of open) expect(text).toContain(r.title);
  });
});
