/**
 * Every rule carries examples (Spectral's testRule, ESLint's RuleTester, axe's fixtures):
 * this runner evaluates each example with its rule alone and compares the verdict, and where
 * given the reason and the missing parts. `passend-check rules test` and `npm test` run it.
 */
import { compiled } from '../check';
import { evaluateDocument } from '../engine/evaluate-document';
import type { ExtractEnv } from '../extract/env';
import { extractHtml } from '../extract/html';
import { extractMarkdown } from '../extract/text';
import type { DocumentModel } from '../model/document';
import type { RuleSet } from './ruleset';
import type { Example, Rule, Verdict } from './schema';

export interface ExampleResult {
  rule: string;
  example: string;
  expected: string;
  actual: string;
  ok: boolean;
  message: string;
}

/** Default peildatum for examples: a day on which the rule is in force. */
export function defaultPeildatum(rule: Rule): string {
  const preferred = '2026-01-15';
  if (preferred >= rule.geldig.van && (!rule.geldig.tot || preferred <= rule.geldig.tot)) return preferred;
  if (rule.geldig.tot) return rule.geldig.tot;
  return rule.geldig.van;
}

export function exampleDocument(example: Example, env: Pick<ExtractEnv, 'parseHtml'>): DocumentModel {
  if (example.html !== undefined) {
    const html = /<html[\s>]/i.test(example.html) ? example.html : `<!doctype html><html lang="nl"><head><title>Voorbeeld</title></head><body>${example.html}</body></html>`;
    return extractHtml(env.parseHtml(html), { format: 'html', url: 'https://voorbeeld.example/pagina' });
  }
  return extractMarkdown(example.text ?? '', { format: 'markdown', path: 'voorbeeld.md' });
}

function expectation(e: Example['expect']): { verdict: Verdict; missing?: string[]; reason?: string } {
  return typeof e === 'string' ? { verdict: e } : e;
}

export function runExamples(ruleSet: RuleSet, env: Pick<ExtractEnv, 'parseHtml'>, onlyRule?: string): ExampleResult[] {
  const c = compiled(ruleSet);
  const out: ExampleResult[] = [];
  for (const rule of ruleSet.rules) {
    if (onlyRule && rule.id !== onlyRule) continue;
    for (const example of rule.examples) {
      const want = expectation(example.expect);
      let actual = 'fout';
      let ok = false;
      let message = '';
      try {
        const doc = exampleDocument(example, env);
        const evaluation = evaluateDocument(doc, c, {
          peildatum: example.peildatum ?? defaultPeildatum(rule),
          type: example.type ?? rule.applies_to[0]!,
          sector: example.sector ?? rule.sector[0]!,
          onlyRules: [rule.id],
        });
        const result = evaluation.results[0];
        if (!result) {
          actual = 'geen uitkomst (regel past niet bij dit type document)';
        } else {
          const missing = (result.missing ?? []).map((m) => m.id).sort();
          actual = `${result.verdict} (${result.reason}${missing.length ? `; ontbreekt: ${missing.join(', ')}` : ''})`;
          ok = result.verdict === want.verdict;
          if (ok && want.reason !== undefined) ok = result.reason === want.reason;
          if (ok && want.missing !== undefined) ok = JSON.stringify([...want.missing].sort()) === JSON.stringify(missing);
          message = result.message;
        }
      } catch (e) {
        message = e instanceof Error ? e.message : String(e);
      }
      const expected = `${want.verdict}${want.reason ? ` (${want.reason})` : ''}${want.missing ? `; ontbreekt: ${want.missing.join(', ')}` : ''}`;
      out.push({ rule: rule.id, example: example.name, expected, actual, ok, message });
    }
  }
  return out;
}
