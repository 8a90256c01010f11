import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_DIR, readRulesDir } from '../../cli/rules-dir';
import { formatIssue, loadRuleSet, validateRuleFiles } from '../../core/rules/load';

describe('the rules/ directory of this repository', () => {
  const files = readRulesDir(DEFAULT_RULES_DIR);

  it('has no validation issues', () => {
    expect(validateRuleFiles(files).map(formatIssue)).toEqual([]);
  });

  it('loads into a rule set with every pack and a versioned name', () => {
    const ruleSet = loadRuleSet(files);
    expect(ruleSet.packs.map((p) => p.id).sort()).toEqual(['ondersteuningsplan', 'schoolgids', 'schoolondersteuningsprofiel', 'website-school', 'website-swv']);
    expect(ruleSet.rules.length).toBeGreaterThan(20);
    expect(ruleSet.version).toMatch(/^\d{4}\.\d{1,2}\.\d+\+[0-9a-f]{8}$/);
  });
});
