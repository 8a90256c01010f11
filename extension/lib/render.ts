/**
 * Renders one DocumentReport as the panel shows it: kind and sector, a summary bar, and the
 * results grouped axe-style (Ontbreekt, Gedeeltelijk, Handmatig, Aanwezig, N.v.t.). Every
 * verdict is a symbol plus a word; every evidence quote is a button that shows it on the page.
 */
import type { DocumentReport, Evidence, RuleResult } from '../../core/report/model';
import {
  DISCLAIMER,
  LEVEL_LABEL,
  VERDICT_EXPLANATION,
  VERDICT_ORDER,
  VERDICT_SYMBOL,
  VERDICT_WORD,
  articleLabel,
  confidenceLabel,
  documentName,
  documentTypeLabel,
  evidenceLocation,
  formatDate,
  groupByVerdict,
  isSafeLink,
  periodLabel,
  sectorLabel,
} from '../../core/report/summary';
import type { Verdict } from '../../core/rules/schema';
import { t } from '../i18n/nl';
import { el, uid } from './dom';
import type { Judgement, View } from './storage';

export interface RenderContext {
  view: View;
  peildatum: string;
  /** Show this quote in the source (page highlight, or the PDF at its page). */
  onEvidence?(ev: Evidence, doc: DocumentReport): void;
  /** Save (or with undefined: remove) the user's judgement. */
  onJudge?(doc: DocumentReport, rule: string, judgement: Judgement | undefined): void;
}

const GROUP_OPEN: Record<Verdict, boolean> = { ontbreekt: true, gedeeltelijk: true, handmatig: true, aanwezig: false, nvt: false };

export function verdictBadge(verdict: Verdict): HTMLElement {
  return el('span', { class: `verdict verdict-${verdict}` }, el('span', { 'aria-hidden': 'true', text: VERDICT_SYMBOL[verdict] }), ` ${VERDICT_WORD[verdict]}`);
}

function safeHttpLink(url: string | undefined): string | undefined {
  return url && isSafeLink(url) && /^https?:/i.test(url.trim()) ? url.trim() : undefined;
}

export function renderDocument(doc: DocumentReport, ctx: RenderContext): HTMLElement {
  const section = el('section', { class: 'document', 'aria-label': documentName(doc) });
  section.append(el('h2', { class: 'doc-title', text: documentName(doc) }));
  if (doc.status === 'error') {
    section.append(
      el('p', { class: 'doc-error', role: 'alert' }, el('strong', { text: `${t.documentError}: ` }), doc.error ?? ''),
    );
    return section;
  }
  const facts = el(
    'dl',
    { class: 'facts' },
    el('dt', { text: t.kind }),
    el('dd', { 'data-testid': 'doc-type', text: documentTypeLabel(doc) }),
    el('dt', { text: t.sector }),
    el('dd', { 'data-testid': 'doc-sector', text: `${sectorLabel(doc)} (${t.confidence} ${confidenceLabel(doc)})` }),
    el('dt', { text: t.peildatum }),
    el('dd', { text: formatDate(ctx.peildatum) }),
  );
  const period = periodLabel(doc);
  if (period) facts.append(el('dt', { text: 'Periode' }), el('dd', { text: period }));
  if (doc.pageCount !== undefined) facts.append(el('dt', { text: "Pagina's" }), el('dd', { text: String(doc.pageCount) }));
  section.append(facts);

  const warnings = doc.notices.filter((n) => n.level !== 'info');
  if (warnings.length > 0) {
    section.append(el('div', { class: 'notices' }, el('strong', { text: `${t.notices}: ` }), el('ul', {}, ...warnings.map((n) => el('li', { text: n.message })))));
  }

  section.append(renderSummaryBar(doc));
  if (doc.results.length === 0) section.append(el('p', { text: t.noResults }));
  const groups = groupByVerdict(doc.results);
  for (const verdict of VERDICT_ORDER) {
    const results = groups[verdict];
    if (results.length === 0) continue;
    const details = el('details', { class: `group group-${verdict}`, open: GROUP_OPEN[verdict] });
    details.append(
      el('summary', {}, el('h3', { class: 'group-title' }, verdictBadge(verdict), ` (${results.length})`)),
      el('p', { class: 'group-explain', text: VERDICT_EXPLANATION[verdict] }),
      el('ul', { class: 'results' }, ...results.map((r) => el('li', {}, renderResult(r, doc, ctx)))),
    );
    section.append(details);
  }
  section.append(el('p', { class: 'disclaimer', text: DISCLAIMER }));
  return section;
}

function renderSummaryBar(doc: DocumentReport): HTMLElement {
  const bar = el('ul', { class: 'summary-bar', 'aria-label': t.summaryHeading, 'data-testid': 'summary' });
  for (const v of VERDICT_ORDER) {
    const count = doc.results.filter((r) => r.verdict === v).length;
    bar.append(el('li', { class: `count count-${v}` }, verdictBadge(v), el('span', { class: 'count-n', text: `: ${count}` })));
  }
  return bar;
}

function renderResult(r: RuleResult, doc: DocumentReport, ctx: RenderContext): HTMLElement {
  const card = el('article', { class: `result result-${r.verdict}`, 'data-rule': r.rule });
  card.append(
    el('h4', { class: 'result-title' }, verdictBadge(r.verdict), ' ', el('span', { text: r.title })),
    el('p', { class: 'result-meta', text: `${LEVEL_LABEL[r.level]}${ctx.view === 'professional' ? ` · ${r.rule}` : ''}` }),
    el('p', { class: 'result-message', text: r.message }),
  );
  if (r.missing && r.missing.length > 0) {
    card.append(el('p', { class: 'missing-title', text: t.missingParts }), el('ul', { class: 'missing' }, ...r.missing.map((m) => el('li', { text: m.label }))));
  }
  const why = el('details', { class: 'why' }, el('summary', { text: t.whyItMatters }), el('p', { text: ctx.view === 'professional' ? r.help.uitleg : r.help.kort }));
  card.append(why);
  if (r.basis.length > 0) {
    const laws = el('ul', { class: 'basis' });
    for (const b of r.basis) {
      const label = articleLabel(b);
      const href = safeHttpLink(b.url);
      const item = el('li', {}, href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer', 'aria-label': t.lawLinkLabel(label), text: label }) : label);
      if (ctx.view === 'professional' && b.text) item.append(el('blockquote', { class: 'law-text', text: b.text }));
      laws.append(item);
    }
    card.append(el('div', { class: 'law' }, el('span', { class: 'law-label', text: `${r.basis.some((b) => !b.policy) ? t.law : t.basisNotLaw}: ` }), laws));
  }
  if (r.evidence.length > 0) card.append(renderEvidence(r.evidence, doc, ctx));
  if (ctx.view === 'professional' && r.verdict === 'ontbreekt' && r.searched && r.searched.terms.length > 0) {
    card.append(el('p', { class: 'searched', text: `${t.searched} ${r.searched.terms.slice(0, 12).join(', ')}` }));
  }
  if (ctx.onJudge) card.append(renderJudgement(r, doc, ctx));
  return card;
}

function renderEvidence(evidence: Evidence[], doc: DocumentReport, ctx: RenderContext): HTMLElement {
  const list = el('ul', { class: 'evidence', 'aria-label': t.evidence });
  for (const ev of evidence) {
    const location = evidenceLocation(ev);
    const quote = el('q', { class: 'quote', text: ev.text });
    const item = el('li', {});
    if (ctx.onEvidence) {
      const button = el('button', { type: 'button', class: 'evidence-button', 'data-locator': ev.locator ?? '', 'data-page': ev.page ?? '' }, quote);
      button.append(el('span', { class: 'evidence-where', text: ev.page !== undefined ? `p. ${ev.page}` : t.evidenceButton('').replace(/ \(\)$/, '') }));
      button.setAttribute('aria-label', `${ev.text} – ${ev.page !== undefined ? t.openAtPage(ev.page) : t.evidenceButton(location)}`);
      button.addEventListener('click', () => ctx.onEvidence?.(ev, doc));
      item.append(button);
    } else {
      item.append(quote);
      if (location) item.append(el('span', { class: 'evidence-where', text: ` ${location}` }));
    }
    list.append(item);
  }
  return list;
}

const JUDGE_CHOICES: Verdict[] = ['aanwezig', 'gedeeltelijk', 'ontbreekt', 'nvt'];

function renderJudgement(r: RuleResult, doc: DocumentReport, ctx: RenderContext): HTMLElement {
  const box = el('details', { class: 'judge', open: r.verdict === 'handmatig' || r.userJudgement !== undefined });
  box.append(el('summary', { text: t.judgeHeading }));
  if (r.userJudgement) {
    box.append(el('p', { class: 'judge-current', 'data-testid': 'judge-current' }, el('strong', { text: `${t.judgeShown} ` }), verdictBadge(r.userJudgement.verdict), ` (${formatDate(r.userJudgement.at.slice(0, 10))})`));
    if (r.userJudgement.note) box.append(el('p', { class: 'judge-note-current', text: r.userJudgement.note }));
  }
  const selectId = uid('oordeel');
  const noteId = uid('toelichting');
  const select = el('select', { id: selectId, class: 'judge-verdict' });
  for (const v of JUDGE_CHOICES) {
    const option = el('option', { value: v, text: `${VERDICT_SYMBOL[v]} ${VERDICT_WORD[v]}` });
    if ((r.userJudgement?.verdict ?? (r.verdict === 'handmatig' ? 'aanwezig' : r.verdict)) === v) option.selected = true;
    select.append(option);
  }
  const note = el('textarea', { id: noteId, class: 'judge-note', rows: 2 });
  note.value = r.userJudgement?.note ?? '';
  const save = el('button', { type: 'button', class: 'judge-save', text: t.judgeSave });
  save.addEventListener('click', () => ctx.onJudge?.(doc, r.rule, { verdict: select.value as Verdict, note: note.value.trim(), at: new Date().toISOString() }));
  box.append(
    el('div', { class: 'field' }, el('label', { for: selectId, text: t.judgeVerdict }), select),
    el('div', { class: 'field' }, el('label', { for: noteId, text: t.judgeNote }), note),
    el('div', { class: 'actions' }, save),
  );
  if (r.userJudgement) {
    const remove = el('button', { type: 'button', class: 'judge-remove secondary', text: t.judgeRemove });
    remove.addEventListener('click', () => ctx.onJudge?.(doc, r.rule, undefined));
    box.querySelector('.actions')?.append(remove);
  }
  return box;
}
