/**
 * `stylish`: the terminal format, after ESLint's stylish. Per document a header, then the results
 * that need attention (ontbreekt, gedeeltelijk, handmatig), then aanwezig and n.v.t. as counts
 * unless verbose. Every verdict is a symbol plus a word, so the output reads the same without colour.
 */
import type { Verdict } from '../../rules/schema';
import type { DocumentReport, Notice, Report, RuleResult } from '../model';
import {
  LEVEL_LABEL,
  VERDICT_ORDER,
  VERDICT_SYMBOL,
  VERDICT_WORD,
  articlesLabel,
  confidenceLabel,
  documentSource,
  documentTypeLabel,
  evidenceLocation,
  formatDate,
  groupByVerdict,
  periodLabel,
  sectorLabel,
  shortenText,
  summaryParts,
  totalSummary,
} from '../summary';
import type { FormatOptions } from './options';

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  underline: '\u001b[4m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  gray: '\u001b[90m',
} as const;
type Style = keyof typeof ANSI;

const VERDICT_STYLE: Record<Verdict, Style> = {
  ontbreekt: 'red',
  gedeeltelijk: 'yellow',
  handmatig: 'blue',
  aanwezig: 'green',
  nvt: 'gray',
};

const NOTICE_PREFIX: Record<Notice['level'], string> = { info: 'i Info', warning: '⚠ Let op', error: '✖ Fout' };

/**
 * Text from documents may carry terminal escape sequences (a hostile page could rewrite the
 * terminal); strip all control characters and collapse whitespace before printing.
 */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function painter(color: boolean) {
  return (style: Style, text: string): string => (color && text !== '' ? `${ANSI[style]}${text}${ANSI.reset}` : text);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function documentHeader(doc: DocumentReport, paint: ReturnType<typeof painter>): string[] {
  const lines = [paint('underline', clean(documentSource(doc)))];
  if (doc.title) lines.push(`  ${paint('bold', clean(doc.title))}`);
  const facts = [
    documentTypeLabel(doc),
    sectorLabel(doc),
    `zekerheid ${confidenceLabel(doc)}${doc.classification.overridden ? ' (door u opgegeven)' : ''}`,
  ];
  const period = periodLabel(doc);
  if (period) facts.push(period);
  if (doc.referenceDate) facts.push(`beoordeeld naar de wet van ${formatDate(doc.referenceDate)}`);
  if (doc.pageCount !== undefined) facts.push(plural(doc.pageCount, 'pagina', "pagina's"));
  lines.push(`  ${paint('dim', facts.join(' · '))}`);
  if (doc.status === 'error') {
    lines.push(`  ${paint('red', `✖ Kon niet beoordelen: ${clean(doc.error ?? 'het document kon niet worden gelezen.')}`)}`);
  }
  for (const n of doc.notices) {
    const style: Style = n.level === 'error' ? 'red' : n.level === 'warning' ? 'yellow' : 'dim';
    lines.push(`  ${paint(style, `${NOTICE_PREFIX[n.level]}: ${clean(n.message)}`)}`);
  }
  return lines;
}

function resultLines(r: RuleResult, widths: { rule: number; level: number }, paint: ReturnType<typeof painter>): string[] {
  const verdict = `${VERDICT_SYMBOL[r.verdict]} ${VERDICT_WORD[r.verdict]}`.padEnd(14);
  const level = LEVEL_LABEL[r.level].padEnd(widths.level);
  const head = `  ${paint(VERDICT_STYLE[r.verdict], verdict)}  ${r.rule.padEnd(widths.rule)}  ${paint(r.level === 'wettelijk' ? 'bold' : 'dim', level)}  ${clean(r.message)}`;
  const indent = ' '.repeat(18);
  const lines = [head];
  const detail: string[] = [];
  const ev = r.evidence[0];
  if (ev) {
    const where = evidenceLocation(ev);
    detail.push(`„${clean(shortenText(ev.text, 100))}"${where ? ` (${clean(where)})` : ''}`);
  }
  const articles = articlesLabel(r);
  if (articles) detail.push(clean(articles));
  if (detail.length > 0) lines.push(`${indent}${paint('dim', detail.join(' · '))}`);
  if (r.missing && r.missing.length > 0) {
    lines.push(`${indent}${paint('dim', `Ontbreekt: ${clean(r.missing.map((m) => m.label).join(', '))}`)}`);
  }
  if (r.verdict === 'ontbreekt' && r.searched && r.searched.terms.length > 0) {
    lines.push(`${indent}${paint('dim', `Gezocht naar: ${clean(shortenText(r.searched.terms.join(', '), 120))}`)}`);
  }
  for (const n of r.notices ?? []) lines.push(`${indent}${paint('dim', `${NOTICE_PREFIX[n.level]}: ${clean(n.message)}`)}`);
  if (r.userJudgement) {
    const j = r.userJudgement;
    lines.push(`${indent}${paint('dim', `Beoordeeld door een persoon: ${VERDICT_SYMBOL[j.verdict]} ${VERDICT_WORD[j.verdict]}${j.note ? ` — ${clean(j.note)}` : ''}`)}`);
  }
  return lines;
}

function documentBlock(doc: DocumentReport, options: FormatOptions, paint: ReturnType<typeof painter>): string[] {
  const lines = documentHeader(doc, paint);
  const groups = groupByVerdict(doc.results);
  const shown: Verdict[] = options.verbose ? [...VERDICT_ORDER] : ['ontbreekt', 'gedeeltelijk', 'handmatig'];
  const visible = shown.flatMap((v) => groups[v]);
  const widths = {
    rule: Math.max(0, ...visible.map((r) => r.rule.length)),
    level: Math.max(0, ...visible.map((r) => LEVEL_LABEL[r.level].length)),
  };
  if (visible.length > 0) lines.push('');
  for (const r of visible) lines.push(...resultLines(r, widths, paint));
  if (!options.verbose) {
    const collapsed = (['aanwezig', 'nvt'] as const)
      .filter((v) => groups[v].length > 0)
      .map((v) => paint(VERDICT_STYLE[v], `${VERDICT_SYMBOL[v]} ${groups[v].length} ${VERDICT_WORD[v]}`));
    if (collapsed.length > 0) {
      lines.push('', `  ${collapsed.join(' · ')} ${paint('dim', '(niet getoond; gebruik --verbose om ze te zien)')}`);
    }
  }
  if (doc.results.length === 0 && doc.status === 'ok') lines.push('', `  ${paint('dim', 'Geen regels van toepassing.')}`);
  return lines;
}

export function formatStylish(report: Report, options: FormatOptions = {}): string {
  const paint = painter(options.color === true);
  const out: string[] = [];
  for (const doc of report.documents) out.push(...documentBlock(doc, options, paint), '');

  const total = totalSummary(report);
  const counts = summaryParts(total).map((p) => paint(VERDICT_STYLE[p.verdict], `${p.symbol} ${p.count} ${p.word}`));
  const failed = report.documents.filter((d) => d.status === 'error').length;
  const docs = plural(report.documents.length, 'document', 'documenten');
  const unread = failed > 0 ? paint('red', ` (${failed} kon niet worden gelezen)`) : '';
  out.push(`${paint('bold', counts.join(' · '))} in ${docs}${unread}`);
  out.push(
    paint(
      'dim',
      `Peildatum ${formatDate(report.peildatum)} · regels ${report.rulesVersion}. "beleid" en "praktijk" zijn geen wettelijke plicht. Aanwezig betekent niet dat de inhoud klopt.`,
    ),
  );
  return `${out.join('\n')}\n`;
}
