/**
 * The period a document covers (planperiode, schooljaar, adoption date) and the date whose
 * law judges it: a plan for 2022-2026 is judged by the law of 1 August 2022.
 */
import type { DocumentType } from '../rules/schema';
import type { Period } from '../report/model';
import { findDates, type FoundDate } from '../text/dates';
import { fold } from '../text/fold';
import type { DocIndex, LocatedDate } from './doc-index';

interface Candidate {
  date: FoundDate;
  text: string;
  score: number;
}

const PREFERRED: Record<DocumentType, Period['kind'][]> = {
  ondersteuningsplan: ['planperiode', 'vaststelling', 'schooljaar'],
  schoolgids: ['schooljaar', 'vaststelling'],
  schoolondersteuningsprofiel: ['vaststelling', 'schooljaar', 'planperiode'],
  'website-school': [],
  'website-swv': [],
  onbekend: [],
};

/** Pick the document's own period: in the title, in early headings, often repeated. */
export function documentPeriod(index: DocIndex, type: DocumentType): Period | undefined {
  const kinds = PREFERRED[type];
  if (kinds.length === 0) return undefined;
  const candidates = new Map<string, Candidate>();
  const add = (d: FoundDate, text: string, weight: number): void => {
    if (!kinds.includes(d.kind as Period['kind'])) return;
    const key = `${d.kind}|${d.from}|${d.to ?? ''}`;
    const c = candidates.get(key) ?? { date: d, text, score: 0 };
    c.score += weight;
    candidates.set(key, c);
  };
  const title = index.doc.title ?? '';
  for (const d of findDates(fold(title))) add(d, title.slice(d.start, d.end), 8);
  const n = index.blocks.length;
  index.dates().forEach((d: LocatedDate) => {
    const block = index.blocks[d.block]!;
    const text = block.text.slice(d.start, d.end);
    let w = 1;
    if (block.kind === 'heading') w += 3;
    if (d.block < Math.min(25, n * 0.1 + 5)) w += 2;
    if (/ondersteuningsplan|schoolgids|ondersteuningsprofiel|planperiode|looptijd|schooljaar|vastgesteld/.test(index.blockFolded(d.block))) w += 1;
    add(d, text, w);
  });
  // The most preferred kind wins outright: a plan's planperiode, not one of the schooljaren it lists.
  let best: Candidate | undefined;
  for (const kind of kinds) {
    for (const c of candidates.values()) {
      if (c.date.kind !== kind || c.score < 2) continue;
      if (!best || c.score > best.score) best = c;
    }
    if (best) break;
  }
  if (!best || best.score < 2) return undefined;
  const p: Period = { kind: best.date.kind as Period['kind'], from: best.date.from, text: best.text };
  if (best.date.to) p.to = best.date.to;
  return p;
}

/** Latest adoption date on or before the peildatum (a planned adoption is no adoption yet). */
export function latestAdoption(index: DocIndex, peildatum: string): LocatedDate | undefined {
  return index
    .dates()
    .filter((d) => d.kind === 'vaststelling' && d.from <= peildatum)
    .sort((a, b) => (a.from < b.from ? 1 : -1))[0];
}
