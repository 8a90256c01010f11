/**
 * Rules are tested by their own examples (docs/writing-rules.md, "Examples are tests"), and
 * the rule set must cover every requirement ID of shared/requirements.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeEnv } from '../../cli/env';
import { loadRulesDir } from '../../cli/rules-dir';
import { runExamples } from '../../core/rules/examples';

const ruleSet = loadRulesDir();
const results = runExamples(ruleSet, nodeEnv);

describe('rule examples', () => {
  it.each(results.map((r) => [`${r.rule} — ${r.example}`, r] as const))('%s', (_name, r) => {
    expect(r.ok, `verwacht ${r.expected}, kreeg ${r.actual}: ${r.message}`).toBe(true);
  });
});

describe('rule set coverage', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const reqPath = [join(root, '../shared/requirements.md'), join(root, 'shared/requirements.md')].find((p) => existsSync(p));

  it('has a rule for every requirement ID in requirements.md', () => {
    expect(reqPath).toBeDefined();
    const ids = new Set([...readFileSync(reqPath!, 'utf8').matchAll(/^\| ((?:op|sg|sop|web-school|web-swv)\.[a-z0-9-]+) \|/gm)].map((m) => m[1]!));
    expect(ids.size).toBeGreaterThanOrEqual(40);
    const have = new Set(ruleSet.rules.map((r) => r.id));
    expect([...ids].filter((id) => !have.has(id))).toEqual([]);
  });

  it('every wettelijk rule has a positive, a negative and a near-miss example', () => {
    const lacking: string[] = [];
    for (const rule of ruleSet.rules.filter((r) => r.level === 'wettelijk')) {
      const verdicts = rule.examples.map((e) => (typeof e.expect === 'string' ? e.expect : e.expect.verdict));
      const negative = rule.check.missing ?? 'ontbreekt';
      if (!verdicts.includes('aanwezig') || !verdicts.includes(negative) || !verdicts.includes('gedeeltelijk')) lacking.push(rule.id);
    }
    expect(lacking).toEqual([]);
  });

  it('every rule explains itself for parents and professionals and cites its basis', () => {
    for (const rule of ruleSet.rules) {
      expect(rule.help.kort.length, rule.id).toBeGreaterThan(20);
      expect(rule.help.uitleg.length, rule.id).toBeGreaterThan(40);
      if (rule.level === 'wettelijk') expect(rule.basis.some((b) => 'wet' in b), rule.id).toBe(true);
      else expect(rule.basis.some((b) => 'beleid' in b), `${rule.id}: een beleids- of praktijkregel noemt zijn beleidsbron, zodat hij niet als wet wordt gelezen`).toBe(true);
    }
  });
});
