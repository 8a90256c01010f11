/**
 * Reads a rules directory from disk into the RuleSourceFile[] the core loader takes:
 * every *.yaml one level below the root (rules/<pakket>/*.yaml, rules/vocab/*.yaml) and VERSION.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RuleLoadError, formatIssue, loadRuleSet } from '../core/rules/load';
import type { RuleSet, RuleSourceFile } from '../core/rules/ruleset';
import { MAX_RULE_FILE_BYTES } from '../core/rules/yaml-locate';
import { InputError } from './errors';
import { PACKAGE_ROOT } from './version';

export const DEFAULT_RULES_DIR = join(PACKAGE_ROOT, 'rules');

export function readRulesDir(dir: string = DEFAULT_RULES_DIR): RuleSourceFile[] {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new InputError(`regelmap niet gevonden: ${dir}`);
  }
  const files: RuleSourceFile[] = [];
  const version = join(root, 'VERSION');
  if (existsSync(version)) files.push({ path: 'VERSION', text: readFileSync(version, 'utf8') });
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    for (const name of readdirSync(join(root, entry.name)).sort()) {
      if (name.startsWith('.') || !/\.ya?ml$/.test(name)) continue;
      const path = join(root, entry.name, name);
      const size = statSync(path).size;
      if (size > MAX_RULE_FILE_BYTES) {
        // Never read a huge file whole; the loader would refuse it anyway.
        throw new InputError(`${entry.name}/${name}:1:1 bestand is te groot (${(size / 1024 / 1024).toFixed(1)} MB, hoogstens 1 MB)`);
      }
      files.push({ path: `${entry.name}/${name}`, text: readFileSync(path, 'utf8') });
    }
  }
  return files;
}

/** Load the rule set, turning loader issues into one clear input error. */
export function loadRulesDir(dir?: string): RuleSet {
  const files = readRulesDir(dir);
  try {
    return loadRuleSet(files);
  } catch (error) {
    if (error instanceof RuleLoadError) {
      const more = error.issues.length > 1 ? ` (en nog ${error.issues.length - 1}; zie passend-check rules validate)` : '';
      throw new InputError(`de regels zijn ongeldig: ${error.issues[0] ? formatIssue(error.issues[0]) : error.message}${more}`);
    }
    throw error;
  }
}
