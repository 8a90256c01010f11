/** `crawl` on the terminal: the site verdict per rule, where it was found and how deep. */
import type { SiteReport, SiteRuleResult } from '../../core/report/site';
import { FINDABLE_CLICKS } from '../../core/report/site';
import { DISCLAIMER, VERDICT_SYMBOL, VERDICT_WORD } from '../../core/report/summary';
import { siteLine } from './progress';

function where(r: SiteRuleResult): string {
  if (!r.found || (r.verdict !== 'aanwezig' && r.verdict !== 'gedeeltelijk')) return '';
  const page = r.found.page !== undefined ? ` p. ${r.found.page}` : '';
  const deep = r.hardToFind ? ` — moeilijk vindbaar (meer dan ${FINDABLE_CLICKS} klikken)` : '';
  return `\n      ${r.found.openUrl ?? r.found.url}${page} · ${r.found.clicks} ${r.found.clicks === 1 ? 'klik' : 'klikken'}${deep}`;
}

export function formatSiteText(report: SiteReport): string {
  const lines: string[] = [];
  const name = report.site.name ? `${report.site.name} (${report.site.url})` : report.site.url;
  lines.push(`${name}`);
  if (report.status === 'error') {
    lines.push(`  ✖ niet gecontroleerd: ${report.error ?? ''}`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`  ${report.site.type === 'swv' ? 'samenwerkingsverband' : 'school'} (${report.site.typeSource}), sector ${report.site.sector} · ${siteLine(report)}`);
  if (report.robots.blocked > 0) lines.push(`  ${report.robots.blocked} adressen overgeslagen omdat robots.txt dat vraagt`);
  lines.push('');
  let pack = '';
  for (const r of report.rules) {
    if (r.pack !== pack) {
      pack = r.pack;
      lines.push(`  ${pack}`);
    }
    const verdict = r.verdict === null ? '· niet beoordeeld' : `${VERDICT_SYMBOL[r.verdict]} ${VERDICT_WORD[r.verdict]}`;
    lines.push(`    ${verdict.padEnd(15)} ${r.rule}  ${r.title}${where(r)}`);
  }
  if (report.documents.length > 0) {
    lines.push('', '  Documenten');
    for (const d of report.documents) {
      const s = d.report.summary;
      const state = d.report.status === 'error' ? `niet te lezen: ${d.report.error ?? ''}` : `${d.report.classification.type}: ${s.aanwezig} aanwezig, ${s.gedeeltelijk} gedeeltelijk, ${s.ontbreekt} ontbreekt`;
      lines.push(`    ${d.url} (${d.clicks} ${d.clicks === 1 ? 'klik' : 'klikken'}) — ${state}`);
    }
  }
  const problems = report.pages.filter((p) => p.status !== 'ok');
  if (problems.length > 0) {
    lines.push('', `  Adressen met een probleem (${problems.length})`);
    for (const p of problems.slice(0, 20)) lines.push(`    ${p.url}: ${p.message ?? p.code ?? ''}`);
    if (problems.length > 20) lines.push(`    … en nog ${problems.length - 20}`);
  }
  lines.push('', DISCLAIMER);
  return `${lines.join('\n')}\n`;
}
