/**
 * The audit dashboard: one self-contained HTML file (no external CSS, scripts or fonts).
 * - per rule, the share of sites where it is aanwezig / gedeeltelijk / ontbreekt as a CSS bar,
 *   always with the numbers in words next to it (colour is never the only signal);
 * - the median number of clicks from the home page to where it was found;
 * - a table sites × rules per site type; a tiny inline script makes the columns sortable, but
 *   the page is complete and readable without it;
 * - a drill-down per site with the evidence links, the documents and the pages that failed.
 * A pure function of the site reports, so the browser extension can reuse it.
 */
import type { Verdict } from '../../rules/schema';
import type { SiteReport, SiteRuleResult, SiteType } from '../site';
import { FINDABLE_CLICKS } from '../site';
import { DISCLAIMER, LEVEL_LABEL, VERDICT_SYMBOL, VERDICT_WORD } from '../summary';
import { escapeHtml as e } from './html';

export interface DashboardMeta {
  title?: string;
  generatedAt: string;
  peildatum: string;
  toolVersion: string;
}

interface RuleStats {
  rule: string;
  title: string;
  level: SiteRuleResult['level'];
  counts: Record<Verdict | 'niet', number>;
  clicks: number[];
}

const SITE_TYPE_LABEL: Record<SiteType, string> = { school: 'Scholen', swv: 'Samenwerkingsverbanden' };

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function formatNumber(n: number): string {
  return String(Math.round(n * 10) / 10).replace('.', ',');
}

function percent(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 1000) / 10;
}

/** Per rule over the sites that could be crawled. */
export function ruleStatistics(sites: readonly SiteReport[]): RuleStats[] {
  const stats = new Map<string, RuleStats>();
  for (const site of sites) {
    if (site.status !== 'ok') continue;
    for (const r of site.rules) {
      let s = stats.get(r.rule);
      if (!s) {
        s = { rule: r.rule, title: r.title, level: r.level, counts: { aanwezig: 0, gedeeltelijk: 0, ontbreekt: 0, handmatig: 0, nvt: 0, niet: 0 }, clicks: [] };
        stats.set(r.rule, s);
      }
      s.counts[r.verdict ?? 'niet']++;
      if ((r.verdict === 'aanwezig' || r.verdict === 'gedeeltelijk') && r.found) s.clicks.push(r.found.clicks);
    }
  }
  return [...stats.values()];
}

function siteLabel(site: SiteReport): string {
  return site.site.name ?? site.site.url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

function siteAnchor(index: number): string {
  return `site-${index + 1}`;
}

function verdictCell(r: SiteRuleResult | undefined): string {
  if (!r) return '<td class="v-leeg" data-sort="9">—</td>';
  if (r.verdict === null) return '<td class="v-niet" data-sort="5" title="niet beoordeeld: geen document van deze soort gevonden">· niet beoordeeld</td>';
  const order: Record<Verdict, number> = { ontbreekt: 0, gedeeltelijk: 1, handmatig: 2, aanwezig: 3, nvt: 4 };
  const deep = r.hardToFind ? ` <span class="diep" title="meer dan ${FINDABLE_CLICKS} klikken vanaf de startpagina">${r.found?.clicks ?? ''} kl.</span>` : '';
  return `<td class="v-${r.verdict}" data-sort="${order[r.verdict]}">${VERDICT_SYMBOL[r.verdict]} ${VERDICT_WORD[r.verdict]}${deep}</td>`;
}

function bar(s: RuleStats, total: number): string {
  const parts: [string, number, string][] = [
    ['aanwezig', s.counts.aanwezig, 'aanwezig'],
    ['gedeeltelijk', s.counts.gedeeltelijk, 'gedeeltelijk'],
    ['ontbreekt', s.counts.ontbreekt, 'ontbreekt'],
    ['overig', s.counts.handmatig + s.counts.nvt + s.counts.niet, 'handmatig, n.v.t. of niet beoordeeld'],
  ];
  const segments = parts
    .filter(([, n]) => n > 0)
    .map(([cls, n, label]) => `<span class="seg seg-${cls}" style="width:${percent(n, total)}%" title="${e(label)}: ${n}"></span>`)
    .join('');
  const words = parts.map(([, n, label]) => `${label} ${n} (${formatNumber(percent(n, total))}%)`).join(' · ');
  return `<div class="bar" role="img" aria-label="${e(words)}">${segments}</div><div class="bar-words">${e(words)}</div>`;
}

function chartSection(sites: readonly SiteReport[]): string {
  const stats = ruleStatistics(sites);
  if (stats.length === 0) return '<p>Geen enkele site kon worden gecontroleerd.</p>';
  const rows = stats
    .map((s) => {
      const total = Object.values(s.counts).reduce((a, b) => a + b, 0);
      const med = median(s.clicks);
      const medText = med === undefined ? '—' : `${formatNumber(med)}${med > FINDABLE_CLICKS ? ' <span class="diep">moeilijk vindbaar</span>' : ''}`;
      return `<tr data-rule="${e(s.rule)}"><th scope="row"><code>${e(s.rule)}</code><br><span class="small">${e(s.title)} · ${e(LEVEL_LABEL[s.level])}</span></th>
<td class="chart">${bar(s, total)}</td><td class="num" data-sort="${med ?? 999}">${medText}</td><td class="num">${total}</td></tr>`;
    })
    .join('\n');
  return `<table class="rules sortable"><thead><tr><th scope="col">Eis</th><th scope="col">Aandeel van de sites</th><th scope="col">Mediaan klikken tot vindplaats</th><th scope="col">Sites</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

function matrixSection(sites: readonly SiteReport[], indexOf: Map<SiteReport, number>): string {
  const out: string[] = [];
  for (const type of ['school', 'swv'] as const) {
    const group = sites.filter((s) => s.site.type === type);
    if (group.length === 0) continue;
    const ruleIds: string[] = [];
    for (const s of group) for (const r of s.rules) if (!ruleIds.includes(r.rule)) ruleIds.push(r.rule);
    const head = ruleIds.map((id) => `<th scope="col"><code>${e(id)}</code></th>`).join('');
    const body = group
      .map((site) => {
        const anchor = siteAnchor(indexOf.get(site)!);
        const name = `<th scope="row" data-sort="${e(siteLabel(site).toLowerCase())}"><a href="#${anchor}">${e(siteLabel(site))}</a></th>`;
        if (site.status === 'error') return `<tr>${name}<td colspan="${ruleIds.length}" class="v-fout">niet gecontroleerd: ${e(site.error ?? '')}</td></tr>`;
        const byRule = new Map(site.rules.map((r) => [r.rule, r]));
        return `<tr>${name}${ruleIds.map((id) => verdictCell(byRule.get(id))).join('')}</tr>`;
      })
      .join('\n');
    out.push(`<h3>${SITE_TYPE_LABEL[type]} (${group.length})</h3>
<div class="scroll"><table class="matrix sortable"><thead><tr><th scope="col">Site</th>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div>`);
  }
  return out.join('\n');
}

function foundCell(r: SiteRuleResult): string {
  if (!r.found) return '—';
  const href = r.found.openUrl ?? r.found.url;
  const page = r.found.page !== undefined ? `, p. ${r.found.page}` : '';
  const clicks = `${r.found.clicks} ${r.found.clicks === 1 ? 'klik' : 'klikken'}`;
  const deep = r.hardToFind ? ` <span class="diep">moeilijk vindbaar (meer dan ${FINDABLE_CLICKS} klikken)</span>` : '';
  const quote = r.found.quote ? `<br><q>${e(r.found.quote)}</q>` : '';
  return `<a href="${e(href)}">${e(shortUrl(r.found.url))}${page}</a> · ${clicks}${deep}${quote}`;
}

function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    return decodeURIComponent(u.pathname) + u.search || '/';
  } catch {
    return url;
  }
}

function siteSection(site: SiteReport, index: number): string {
  const anchor = siteAnchor(index);
  const head = `<h3>${e(siteLabel(site))}</h3>
<p><a href="${e(site.site.homeUrl ?? site.site.url)}">${e(site.site.homeUrl ?? site.site.url)}</a> · ${site.site.type === 'swv' ? 'samenwerkingsverband' : 'school'} (${site.site.typeSource}) · sector ${e(site.site.sector)} · ${site.pages.length} adressen bekeken in ${formatNumber(site.durationMs / 1000)} s${site.truncated ? ` · <strong>gestopt: ${site.truncated === 'tijd' ? 'tijdslimiet' : 'paginalimiet'} bereikt</strong>` : ''}${site.robots.blocked > 0 ? ` · ${site.robots.blocked} adressen overgeslagen vanwege robots.txt` : ''}</p>`;
  if (site.status === 'error') {
    return `<details id="${anchor}" class="site"><summary>${e(siteLabel(site))}: <span class="v-fout">niet gecontroleerd</span></summary>${head}<p class="v-fout">${e(site.error ?? '')}</p></details>`;
  }
  const rules = site.rules
    .map((r) => `<tr>${verdictCell(r)}<td><code>${e(r.rule)}</code> ${e(r.title)}<br><span class="small">${e(r.message)}</span></td><td>${foundCell(r)}</td></tr>`)
    .join('\n');
  const docs = site.documents
    .map((d) => {
      const s = d.report.summary;
      const status = d.report.status === 'error' ? `<span class="v-fout">niet te lezen: ${e(d.report.error ?? '')}</span>` : `${e(d.report.classification.type)} · ${s.aanwezig} aanwezig, ${s.gedeeltelijk} gedeeltelijk, ${s.ontbreekt} ontbreekt, ${s.handmatig} handmatig`;
      return `<li><a href="${e(d.url)}">${e(d.report.title ?? shortUrl(d.url))}</a> (${d.clicks} ${d.clicks === 1 ? 'klik' : 'klikken'}): ${status}</li>`;
    })
    .join('\n');
  const problems = site.pages
    .filter((p) => p.status !== 'ok')
    .map((p) => `<li><a href="${e(p.url)}">${e(shortUrl(p.url))}</a>: ${e(p.message ?? p.code ?? '')}</li>`)
    .join('\n');
  return `<details id="${anchor}" class="site"><summary>${e(siteLabel(site))}: ${site.summary.aanwezig} aanwezig, ${site.summary.gedeeltelijk} gedeeltelijk, ${site.summary.ontbreekt} ontbreekt</summary>
${head}
<table class="site-rules"><thead><tr><th scope="col">Uitkomst</th><th scope="col">Eis</th><th scope="col">Gevonden op</th></tr></thead><tbody>
${rules}
</tbody></table>
<h4>Documenten</h4>
${docs ? `<ul>${docs}</ul>` : '<p>Geen PDF- of Word-documenten gevonden.</p>'}
<h4>Adressen met een probleem</h4>
${problems ? `<ul>${problems}</ul>` : '<p>Geen.</p>'}
</details>`;
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #ddd}code{font-size:.85em}.small{font-size:.85em;color:#444}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:#f3f3f3;cursor:pointer}.num{text-align:right;white-space:nowrap}.scroll{overflow-x:auto}
.matrix td,.matrix th{white-space:nowrap;font-size:.85em}
.bar{display:flex;height:1rem;background:#eee;border-radius:3px;overflow:hidden;min-width:12rem}.seg{display:block;height:100%}
.seg-aanwezig{background:#2e7d32}.seg-gedeeltelijk{background:#ef8f00}.seg-ontbreekt{background:#c62828}.seg-overig{background:#9e9e9e}
.bar-words{font-size:.8em;color:#333}.chart{min-width:20rem}
.v-aanwezig{background:#e8f5e9}.v-gedeeltelijk{background:#fff3e0}.v-ontbreekt{background:#ffebee}.v-handmatig{background:#e3f2fd}.v-nvt,.v-niet,.v-leeg{color:#555}.v-fout{color:#b00020}
.diep{display:inline-block;background:#6a1b9a;color:#fff;border-radius:3px;padding:0 .3rem;font-size:.8em}
details.site{border:1px solid #ddd;border-radius:4px;margin:.4rem 0;padding:.3rem .6rem}details.site summary{cursor:pointer;font-weight:600}
q{color:#333;font-style:italic}.legend span{margin-right:1rem}
@media print{details.site{break-inside:avoid}details.site:not([open])>*:not(summary){display:block}}`;

/** Sorting by clicking a column header; the table is complete without it. */
const SCRIPT = `document.querySelectorAll('table.sortable').forEach(function(t){t.querySelectorAll('thead th').forEach(function(th,i){th.title='Klik om te sorteren';th.addEventListener('click',function(){var b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows),dir=th.dataset.dir==='asc'?-1:1;th.dataset.dir=dir===1?'asc':'desc';rows.sort(function(x,y){var a=x.cells[i],c=y.cells[i];var p=a?(a.dataset.sort||a.textContent):'',q=c?(c.dataset.sort||c.textContent):'';var n=parseFloat(p),m=parseFloat(q);return (isNaN(n)||isNaN(m)?p.localeCompare(q,'nl'):n-m)*dir;});rows.forEach(function(r){b.appendChild(r);});});});});`;

export function formatDashboard(sites: readonly SiteReport[], meta: DashboardMeta): string {
  const indexOf = new Map(sites.map((s, i) => [s, i]));
  const ok = sites.filter((s) => s.status === 'ok');
  const failed = sites.length - ok.length;
  const pages = sites.reduce((n, s) => n + s.pages.length, 0);
  const title = meta.title ?? `Passend Check: audit van ${sites.length} ${sites.length === 1 ? 'website' : "websites"}`;
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="passend-check ${e(meta.toolVersion)}">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p>Gemaakt op ${e(meta.generatedAt.slice(0, 16).replace('T', ' '))} · peildatum ${e(meta.peildatum)} · passend-check ${e(meta.toolVersion)}</p>
<p><strong>${sites.length}</strong> websites, waarvan <strong>${ok.length}</strong> gecontroleerd en <strong>${failed}</strong> niet bereikbaar of niet te lezen · ${pages} adressen bekeken.</p>
<p class="small">${e(DISCLAIMER)} Een eis is "aanwezig" als er ergens op de site (een pagina of een gelinkt document) goed bewijs staat; het beste bewijs telt. "Niet beoordeeld" betekent dat er geen document van die soort gevonden is. Klikken tellen vanaf de startpagina; meer dan ${FINDABLE_CLICKS} klikken noemen we moeilijk vindbaar.</p>
<p class="legend small"><span>${VERDICT_SYMBOL.aanwezig} aanwezig (groen)</span><span>${VERDICT_SYMBOL.gedeeltelijk} gedeeltelijk (oranje)</span><span>${VERDICT_SYMBOL.ontbreekt} ontbreekt (rood)</span><span>grijs: handmatig, n.v.t. of niet beoordeeld</span></p>
</header>
<main>
<h2 id="eisen">Per eis</h2>
${chartSection(sites)}
<h2 id="sites">Sites × eisen</h2>
<p class="small">Klik op een kolomkop om te sorteren. Klik op een naam voor de details.</p>
${matrixSection(sites, indexOf)}
<h2 id="details">Per site</h2>
${sites.map((s, i) => siteSection(s, i)).join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
