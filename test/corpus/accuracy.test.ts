/**
 * The accuracy gate: agreement with the human labels must not drop below the recorded
 * baseline, and false "ontbreekt" verdicts (which wrongly accuse a school or SWV) must not rise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, runCorpus, type CorpusResult } from '../../scripts/eval-lib';

const baseline = JSON.parse(readFileSync(join(CORPUS_DIR, 'baseline.json'), 'utf8')) as { agreement: number; falseOntbreekt: number; documents: number };

describe('accuracy on the labelled corpus', () => {
  let result: CorpusResult;

  it('runs on at least 20 documents', async () => {
    result = await runCorpus();
    expect(result.documents.length).toBeGreaterThanOrEqual(20);
    expect(result.documents.length).toBeGreaterThanOrEqual(baseline.documents);
  }, 300_000);

  it('agreement does not drop below the baseline', () => {
    expect(result.agreement).toBeGreaterThanOrEqual(baseline.agreement);
  });

  it('false "ontbreekt" verdicts do not rise above the baseline', () => {
    expect(result.falseOntbreekt.length).toBeLessThanOrEqual(baseline.falseOntbreekt);
  });

  it('classifies most documents correctly', () => {
    expect(result.classificationAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});
