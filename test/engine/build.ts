/** Build small DocumentModels by hand for engine tests (independent of the extractors). */
import type { Block, DocumentModel, Link } from '../../core/model/document';
import type { RuleSet } from '../../core/rules/ruleset';
import { Rule, type Pack } from '../../core/rules/schema';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

/** "# Kop" / "## Kop" headings, "- item" list items, other lines paragraphs. `@p3` at the start sets the page. */
export function doc(text: string, extra: { title?: string; links?: Link[]; format?: 'pdf' | 'html' | 'markdown' } = {}): DocumentModel {
  const blocks: Block[] = [];
  const path: { level: number; text: string }[] = [];
  let page = 1;
  for (let line of text.split('\n')) {
    line = line.trim();
    const pageMark = /^@p(\d+)\s*/.exec(line);
    if (pageMark) {
      page = Number(pageMark[1]);
      line = line.slice(pageMark[0].length);
    }
    if (!line) continue;
    const h = /^(#+)\s+(.*)$/.exec(line);
    const headingPath = path.map((p) => p.text);
    if (h) {
      const level = h[1]!.length;
      while (path.length > 0 && path[path.length - 1]!.level >= level) path.pop();
      blocks.push({ index: blocks.length, kind: 'heading', level, text: h[2]!, headingPath: path.map((p) => p.text), page });
      path.push({ level, text: h[2]! });
    } else if (line.startsWith('- ')) {
      blocks.push({ index: blocks.length, kind: 'listItem', text: line.slice(2), headingPath, page });
    } else {
      blocks.push({ index: blocks.length, kind: 'paragraph', text: line, headingPath, page });
    }
  }
  const model: DocumentModel = { source: { format: extra.format ?? 'pdf', path: 'test.pdf' }, blocks, links: extra.links ?? [], warnings: [] };
  if (extra.title) model.title = extra.title;
  return model;
}

const vocab = parse(readFileSync(new URL('../../rules/vocab/common.yaml', import.meta.url), 'utf8')) as RuleSet['vocab'];

const pack: Pack = { id: 'ondersteuningsplan', title: 'Ondersteuningsplan', description: 'test', applies_to: ['ondersteuningsplan'] };

/** A rule set from YAML rule texts, with the real shared vocabulary. */
export function ruleSet(...ruleYaml: string[]): RuleSet {
  return {
    packs: [pack],
    rules: ruleYaml.map((y) => Rule.parse(parse(y))),
    vocab: { groups: vocab.groups ?? {}, nearMiss: vocab.nearMiss, tense: vocab.tense },
    version: 'test',
  };
}

export const BASE = `
level: wettelijk
detectable: tekst
applies_to: [ondersteuningsplan]
sector: [po, vo]
basis:
  - { wet: WPO, artikel: 18a, lid: "8", onderdeel: d, sector: [po], url: "https://wetten.overheid.nl/BWBR0003420/2026-01-01#Artikel18a", bron: wpo-2026-01-01, citaat: "x" }
  - { wet: WVO 2020, artikel: "2.47", sector: [vo], url: "https://wetten.overheid.nl/BWBR0044212/2026-01-01#Artikel2.47", bron: wvo2020-2026-01-01, citaat: "y" }
help: { kort: "k", uitleg: "u" }
examples: [{ name: x, text: "x", expect: ontbreekt }]
`;
