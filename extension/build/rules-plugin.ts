/**
 * Bundles the rule set into the extension at build time. The YAML files are read here (Node)
 * and loaded with core's loadRuleSet, exactly like the CLI does; the extension receives the
 * validated RuleSet as JSON. So the extension ships no YAML parser, no ajv (whose code
 * generation a default extension CSP forbids) and never spends seconds validating at start-up.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadRuleSet } from '../../core/rules/load';
import type { RuleSourceFile } from '../../core/rules/ruleset';

const VIRTUAL_ID = 'virtual:passend-rules';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export function readRuleFiles(root: string): RuleSourceFile[] {
  const files: RuleSourceFile[] = [];
  const version = join(root, 'VERSION');
  try {
    files.push({ path: 'VERSION', text: readFileSync(version, 'utf8') });
  } catch {
    // No VERSION file: the loader derives a version from the content hash alone.
  }
  for (const dir of readdirSync(root).sort()) {
    if (dir.startsWith('.') || !statSync(join(root, dir)).isDirectory()) continue;
    for (const name of readdirSync(join(root, dir)).sort()) {
      if (name.startsWith('.') || !/\.ya?ml$/.test(name)) continue;
      files.push({ path: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8') });
    }
  }
  return files;
}

/** rulesDir: the repository's rules/ (wxt runs from the repository root). */
export function rulesPlugin(rulesDir = resolve(process.cwd(), 'rules')): Plugin {
  return {
    name: 'passend-check-rules',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readRuleFiles(rulesDir);
      for (const f of files) this.addWatchFile(join(rulesDir, f.path));
      const ruleSet = loadRuleSet(files);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(ruleSet))});`;
    },
  };
}
