/**
 * npm run bench: speed of the full pipeline on a generated 150-page ondersteuningsplan.
 * Reports PDF extraction time, evaluation time of the full rule set, throughput, peak memory,
 * and the ratio of evaluation time to ONE raw regular-expression scan of the same text: a
 * case-insensitive alternation of every cue term of the rule set, run on the raw text (what a
 * naive checker pays for a single pass). Target: evaluation ≤ 5× that scan; extraction +
 * evaluation of 150 pages < 5 s on one core. Medians over several runs, measured in one process.
 */
import { readFileSync } from 'node:fs';
import { nodeEnv } from '../cli/env';
import { loadRulesDir } from '../cli/rules-dir';
import { compiled, checkModel } from '../core/check';
import { extractDocument } from '../core/extract/index';
import { conditionTerms } from '../core/engine/compile';
import { fold } from '../core/text/fold';
import { renderPdf } from '../test/support/pdf-writer';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

// A 150-page plan: the example plan's text repeated with numbered chapters until 150 pages.
const source = readFileSync(new URL('../examples/src/ondersteuningsplan-swv-de-waterlinie-2024-2028.md', import.meta.url), 'utf8');
let md = '';
let pdf: Uint8Array = new Uint8Array();
let pages = 0;
for (let copy = 1; pages < 150; copy++) {
  md += `\n# Deel ${copy}\n\n` + source.replace(/^# /gm, '## ');
  pdf = await renderPdf(md, { header: 'Ondersteuningsplan De Waterlinie 2024-2028' });
  const doc = await extractDocument({ bytes: pdf, fileName: 'bench.pdf' }, nodeEnv, { maxPages: 2000 });
  pages = doc.pageCount ?? 0;
  if (copy > 40) break;
}
// Trim to exactly 150 pages' worth is not needed: report the real page count.

const ruleSet = loadRulesDir();
const c = compiled(ruleSet);

const extractTimes: number[] = [];
let doc = await extractDocument({ bytes: pdf, fileName: 'bench.pdf' }, nodeEnv, { maxPages: 2000 });
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  doc = await extractDocument({ bytes: pdf, fileName: 'bench.pdf' }, nodeEnv, { maxPages: 2000 });
  extractTimes.push(performance.now() - t0);
}
const text = doc.blocks.map((b) => b.text).join('\n');
const mb = new TextEncoder().encode(text).length / 1e6;

// Baseline: one raw regex scan over the same text with every cue term as one alternation.
const terms = new Set<string>();
for (const rule of c.rules.values()) {
  conditionTerms(rule.check.anchor).forEach((t) => terms.add(t));
  for (const p of rule.check.parts ?? []) conditionTerms(p.when).forEach((t) => terms.add(t));
}
const escaped = [...terms].map((t) => t.replace(/\*/g, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).filter(Boolean);
const raw = new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
const scanTimes: number[] = [];
let rawHits = 0;
for (let i = 0; i < RUNS * 3; i++) {
  const [n, t] = time(() => (text.match(raw) ?? []).length);
  rawHits = n;
  scanTimes.push(t);
}

// Our own single pass: folding plus the one alternation of every term (the engine's hot path).
const ownScanTimes: number[] = [];
for (let i = 0; i < RUNS * 3; i++) ownScanTimes.push(time(() => c.matcher.scan(fold(text), text).length)[1]);

const evalTimes: number[] = [];
let results = 0;
for (let i = 0; i < RUNS; i++) {
  const [r, t] = time(() => checkModel(doc, ruleSet, { peildatum: '2026-01-15', type: 'ondersteuningsplan', sector: 'po' }));
  results = r.results.length;
  evalTimes.push(t);
}

const ex = median(extractTimes);
const ev = median(evalTimes);
const scan = median(scanTimes);
console.log('Passend Check benchmark (mediaan van', RUNS, 'runs, 1 proces, Node', process.version + ')');
console.log(`  document:              ${doc.pageCount} pagina's, ${doc.blocks.length} blokken, ${(mb * 1000).toFixed(0)} kB tekst, PDF ${(pdf.length / 1e6).toFixed(2)} MB`);
console.log(`  regels:                ${ruleSet.rules.length} regels, ${terms.size} zoektermen; ${results} regels toegepast`);
console.log(`  PDF-extractie:         ${ms(ex)}`);
console.log(`  evaluatie (alle regels, incl. classificatie): ${ms(ev)}  → ${(mb / (ev / 1000)).toFixed(1)} MB/s`);
console.log(`  ruwe regex-scan (1×):  ${ms(scan)} (${rawHits} treffers)`);
console.log(`  eigen enkele scan (vouwen + alle termen in één regex): ${ms(median(ownScanTimes))} (${(median(ownScanTimes) / scan).toFixed(1)}× de ruwe scan)`);
console.log(`  verhouding evaluatie / ruwe scan: ${(ev / scan).toFixed(2)}×  (doel ≤ 5×)`);
console.log(`  extractie + evaluatie: ${ms(ex + ev)}  (doel < 5000 ms voor 150 pagina's)`);
console.log(`  piekgeheugen (RSS):    ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
