/**
 * Evaluate a rule condition on an indexed document. A condition yields the matches that
 * satisfy it (empty = not satisfied); composite conditions combine their children's matches.
 */
import type { Condition } from '../rules/schema';
import { fold } from '../text/fold';
import { canonical } from '../text/terms';
import type { CompiledRuleSet } from './compile';
import type { DocIndex, Match } from './doc-index';

export interface EvalContext {
  index: DocIndex;
  compiled: CompiledRuleSet;
  /** Link index → term keys found in its text (computed once per document). */
  linkKeys: Set<string>[];
}

/** Blocks a condition may look at; null = the whole document. */
export type Scope = Set<number> | null;

const inScope = (scope: Scope, block: number): boolean => scope === null || scope.has(block);

export function makeContext(index: DocIndex, compiled: CompiledRuleSet): EvalContext {
  const linkKeys = index.doc.links.map((l) => {
    const f = fold(l.text);
    return new Set(compiled.matcher.scan(f, l.text).map((h) => h.key));
  });
  return { index, compiled, linkKeys };
}

function placeFilter(ctx: EvalContext, where: 'heading' | 'body' | 'any' | undefined) {
  return (m: Match): boolean => {
    if (!where || where === 'any' || m.block < 0) return true;
    const isHeading = ctx.index.blocks[m.block]!.kind === 'heading';
    return where === 'heading' ? isHeading : !isHeading;
  };
}

export function evaluate(c: Condition, ctx: EvalContext, scope: Scope = null): Match[] {
  const idx = ctx.index;
  if ('terms' in c) {
    const place = placeFilter(ctx, c.in);
    const matches: Match[] = [];
    const keys = new Set<string>();
    for (const t of c.terms) {
      for (const m of idx.hits(t.trim())) {
        if (inScope(scope, m.block) && place(m)) {
          matches.push(m);
          keys.add(m.key);
        }
      }
    }
    if (matches.length < (c.min ?? 1) || keys.size < (c.distinct ?? 1)) return [];
    return matches;
  }
  if ('all' in c) {
    const parts = c.all.map((x) => evaluate(x, ctx, scope));
    return parts.every((p) => p.length > 0) ? parts.flat() : [];
  }
  if ('any' in c) return c.any.flatMap((x) => evaluate(x, ctx, scope));
  if ('near' in c) return evaluateNear(c.near, c.within, ctx, scope);
  if ('section' in c) {
    const out: Match[] = [];
    const headingTerms: Condition = { terms: c.section, in: 'heading' };
    for (const h of evaluate(headingTerms, ctx, scope)) {
      const minWords = c.minWords ?? 0;
      if (minWords > 0 && idx.wordsInSection(h.block) < minWords) continue;
      if (c.has) {
        const [from, to] = idx.sectionBlocks(h.block);
        const inner = new Set<number>();
        for (let i = from; i < to; i++) if (inScope(scope, i)) inner.add(i);
        const has = evaluate(c.has, ctx, inner);
        if (has.length === 0) continue;
        out.push(h, ...has);
      } else out.push(h);
    }
    return out;
  }
  if ('pattern' in c) {
    const place = placeFilter(ctx, c.in);
    return idx.patternMatches(c.pattern).filter((m) => inScope(scope, m.block) && place(m));
  }
  if ('date' in c) {
    return idx
      .dates()
      .filter((d) => (c.date === 'datum' || d.kind === c.date) && inScope(scope, d.block))
      .map((d) => ({ block: d.block, start: d.start, end: d.end, key: `date:${d.kind}` }));
  }
  if ('link' in c) return evaluateLink(c.link, ctx, scope);
  if ('contact' in c) {
    return idx.contacts().filter((m) => (c.contact === 'any' || m.key === `contact:${c.contact}`) && inScope(scope, m.block));
  }
  if ('figures' in c) {
    const found = idx.figures().filter((m) => (c.figures === 'any' || m.key === `figures:${c.figures}`) && inScope(scope, m.block));
    return found.length >= (c.min ?? 1) ? found : [];
  }
  return [];
}

function unitOf(ctx: EvalContext, m: Match, within: 'sentence' | 'block' | 'section' | 'chapter'): string {
  const idx = ctx.index;
  if (m.block < 0) return `link:${m.linkIndex ?? -1}`;
  switch (within) {
    case 'sentence':
      return `${m.block}:${idx.sentenceIndex(m.block, m.start)}`;
    case 'block':
      return String(m.block);
    case 'section':
      return String(idx.sectionOf[m.block]);
    case 'chapter':
      return String(idx.chapterOf[m.block]);
  }
}

function evaluateNear(children: Condition[], within: 'sentence' | 'block' | 'section' | 'chapter' | number, ctx: EvalContext, scope: Scope): Match[] {
  const results = children.map((x) => evaluate(x, ctx, scope));
  if (results.some((r) => r.length === 0)) return [];
  if (typeof within === 'number') {
    const idx = ctx.index;
    const pos = results.map((r) => r.filter((m) => m.block >= 0).map((m) => ({ m, p: idx.wordPosition(m.block, m.start) })));
    const out: Match[] = [];
    for (const first of pos[0]!) {
      const companions = pos.slice(1).map((list) => list.find((o) => Math.abs(o.p - first.p) <= within && idx.sectionOf[o.m.block] === idx.sectionOf[first.m.block]));
      if (companions.every((x) => x !== undefined)) out.push(first.m, ...companions.map((x) => x.m));
    }
    return out;
  }
  const unitSets = results.map((r) => new Set(r.map((m) => unitOf(ctx, m, within))));
  const shared = [...unitSets[0]!].filter((u) => unitSets.every((s) => s.has(u)));
  if (shared.length === 0) return [];
  const keep = new Set(shared);
  return results.flat().filter((m) => keep.has(unitOf(ctx, m, within)));
}

function linkType(href: string): 'pdf' | 'docx' | 'html' {
  const path = href.split(/[?#]/)[0]!.toLowerCase();
  if (path.endsWith('.pdf')) return 'pdf';
  if (path.endsWith('.docx') || path.endsWith('.doc')) return 'docx';
  return 'html';
}

function evaluateLink(spec: { text?: string[]; href?: string[]; type?: ('pdf' | 'docx' | 'html')[]; region?: 'content' | 'any' }, ctx: EvalContext, scope: Scope): Match[] {
  const out: Match[] = [];
  ctx.index.doc.links.forEach((link, i) => {
    if (link.region !== 'content' && spec.region !== 'any') return;
    const block = link.blockIndex ?? -1;
    if (scope !== null && !scope.has(block)) return;
    if (spec.type && !spec.type.includes(linkType(link.href))) return;
    if (spec.text && !spec.text.some((t) => ctx.linkKeys[i]!.has(t.trim()))) return;
    if (spec.href) {
      const href = canonical(fold(decodeURIComponentSafe(link.href)).replace(/[_.]/g, ' '));
      if (!spec.href.some((t) => href.includes(canonical(fold(t.replace(/\*/g, '')))))) return;
    }
    const blockText = block >= 0 ? ctx.index.blocks[block]!.text : '';
    const at = block >= 0 ? Math.max(0, blockText.indexOf(link.text)) : 0;
    out.push({ block, start: at, end: block >= 0 ? at + link.text.length : 0, key: 'link', linkIndex: i });
  });
  return out;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
