/**
 * npm run eval: accuracy of the rules on the labelled corpus.
 * Prints per-rule agreement, the confusion table (label × verdict) and every false "ontbreekt".
 * `--write-baseline` records the figures that `npm test` then guards.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, runCorpus } from './eval-lib';

const VERDICTS = ['aanwezig', 'gedeeltelijk', 'ontbreekt', 'handmatig', 'nvt', 'niet-toegepast'];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const r = await runCorpus();
console.log(`Corpus: ${r.documents.length} documenten, ${r.comparisons.length} labels`);
console.log(`Classificatie juist: ${pct(r.classificationAccuracy)}`);
for (const d of r.documents) {
  if (d.type !== d.classifiedAs || d.sector !== d.classifiedSector) console.log(`  afwijkend: ${d.id}: ${d.type}/${d.sector} → ${d.classifiedAs}/${d.classifiedSector}`);
}
console.log('\nOvereenstemming per regel');
for (const [rule, p] of [...r.perRule.entries()].sort()) {
  console.log(`  ${rule.padEnd(34)} ${String(p.agree).padStart(3)}/${String(p.total).padEnd(3)} ${pct(p.agree / p.total).padStart(7)}`);
}
console.log('\nVerwarringstabel (rij = label, kolom = uitkomst)');
console.log(`  ${''.padEnd(14)}${VERDICTS.map((v) => v.slice(0, 12).padStart(14)).join('')}`);
for (const label of VERDICTS.slice(0, 5)) {
  const row = r.confusion.get(label);
  if (!row) continue;
  console.log(`  ${label.padEnd(14)}${VERDICTS.map((v) => String(row.get(v) ?? 0).padStart(14)).join('')}`);
}
console.log(`\nOvereenstemming totaal: ${pct(r.agreement)} (${r.comparisons.filter((c) => c.label === c.actual).length}/${r.comparisons.length})`);
console.log(`Onterecht "ontbreekt": ${r.falseOntbreekt.length}`);
for (const c of r.falseOntbreekt) console.log(`  ${c.document} ${c.rule}: label ${c.label}`);
console.log(`Onterecht "aanwezig": ${r.falseAanwezig.length}`);
if (process.argv.includes('--verbose')) {
  for (const c of r.comparisons.filter((x) => x.label !== x.actual)) console.log(`  ${c.document} ${c.rule}: label ${c.label}, uitkomst ${c.actual}`);
}
if (process.argv.includes('--write-baseline')) {
  const baseline = { agreement: Math.floor(r.agreement * 1000) / 1000, falseOntbreekt: r.falseOntbreekt.length, documents: r.documents.length, labels: r.comparisons.length };
  writeFileSync(join(CORPUS_DIR, 'baseline.json'), `${JSON.stringify(baseline, null, 2)}\n`);
  console.log('Baseline geschreven:', baseline);
}
