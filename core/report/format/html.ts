/**
 * `html`: one self-contained, printable, accessible page. No external CSS, scripts, fonts or
 * images, and no JavaScript needed: the file must open offline, from e-mail, years later.
 *
 * Everything in the report comes from documents and web pages we do not control, so every string
 * goes through escapeHtml, and only http(s), file and relative URLs become links (isSafeLink).
 * A verdict is always symbol + word; colour only repeats it.
 */
import type { Level, Verdict } from '../../rules/schema';
import type { BasisRef, DocumentReport, Evidence, Notice, Report, RuleResult, Summary } from '../model';
import {
  DISCLAIMER,
  LEVEL_EXPLANATION,
  VERDICT_EXPLANATION,
  VERDICT_ORDER,
  VERDICT_SYMBOL,
  VERDICT_WORD,
  articleLabel,
  articlesLabel,
  confidenceLabel,
  countVerdicts,
  documentName,
  documentSource,
  documentTypeLabel,
  evidenceLocation,
  formatDate,
  groupByVerdict,
  isSafeLink,
  periodLabel,
  sectorLabel,
  summaryParts,
  totalSummary,
} from '../summary';
import type { FormatOptions } from './options';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const e = escapeHtml;

/** A link when the URL is safe; otherwise the text with the address shown as plain text. */
function link(url: string | undefined, label: string): string {
  if (!url) return e(label);
  if (isSafeLink(url)) return `<a href="${e(url.trim())}">${e(label)}</a>`;
  return `${e(label)} <span class="unsafe-url">(adres niet als link getoond: ${e(url)})</span>`;
}

const VERDICT_HEADING: Record<Verdict, string> = {
  ontbreekt: 'Ontbreekt',
  gedeeltelijk: 'Gedeeltelijk',
  handmatig: 'Handmatig beoordelen',
  aanwezig: 'Aanwezig',
  nvt: 'Niet van toepassing',
};

const LEVEL_BADGE: Record<Level, string> = {
  wettelijk: 'Wettelijke eis',
  beleid: 'Beleid – geen wettelijke plicht',
  praktijk: 'Praktijk – geen wettelijke plicht',
};

const NOTICE_WORD: Record<Notice['level'], string> = { info: 'Ter informatie', warning: 'Let op', error: 'Fout' };

function verdictTag(v: Verdict): string {
  return `<span class="verdict v-${v}"><span aria-hidden="true">${VERDICT_SYMBOL[v]}</span> ${e(VERDICT_WORD[v])}</span>`;
}

function summaryBar(s: Summary, label: string): string {
  const total = VERDICT_ORDER.reduce((n, v) => n + s[v], 0);
  const items = summaryParts(s)
    .map((p) => `<li class="v-${p.verdict}"><span class="sym" aria-hidden="true">${p.symbol}</span> <strong>${p.count}</strong> ${e(p.word)}</li>`)
    .join('');
  // The coloured strip only repeats the counts in the list, so it is hidden from screen readers.
  const strip =
    total === 0
      ? ''
      : `<div class="strip" aria-hidden="true">${VERDICT_ORDER.filter((v) => s[v] > 0)
          .map((v) => `<span class="seg v-${v}" style="width:${((s[v] / total) * 100).toFixed(2)}%"></span>`)
          .join('')}</div>`;
  return `<div class="summary"><ul class="summary-bar" aria-label="${e(label)}">${items}</ul>${strip}</div>`;
}

function notices(list: readonly Notice[]): string {
  if (list.length === 0) return '';
  return `<ul class="notices">${list
    .map((n) => `<li class="notice notice-${n.level}"><strong>${NOTICE_WORD[n.level]}:</strong> ${e(n.message)}</li>`)
    .join('')}</ul>`;
}

function factsTable(doc: DocumentReport, id: string): string {
  const rows: [string, string][] = [
    ['Bron', doc.source.url ? link(doc.source.url, doc.source.url) : e(documentSource(doc))],
    ['Soort document', `${e(documentTypeLabel(doc))}${doc.classification.overridden ? ' (door u opgegeven)' : ''}`],
    ['Sector', e(sectorLabel(doc))],
    ['Zekerheid herkenning', e(confidenceLabel(doc))],
  ];
  if (doc.classification.signals.length > 0) {
    rows.push(['Herkend aan', `<ul class="signals">${doc.classification.signals.map((s) => `<li>${e(s)}</li>`).join('')}</ul>`]);
  }
  const period = periodLabel(doc);
  if (period) rows.push(['Periode', `${e(period)}${doc.period?.text ? ` <span class="muted">(„${e(doc.period.text)}")</span>` : ''}`]);
  if (doc.referenceDate) rows.push(['Beoordeeld naar de wet van', e(formatDate(doc.referenceDate))]);
  if (doc.pageCount !== undefined) rows.push(["Aantal pagina's", String(doc.pageCount)]);
  rows.push(['Bestandsformaat', e(doc.source.format)]);
  return `<table class="facts" id="${id}-facts"><caption>Gegevens van het document</caption><tbody>${rows
    .map(([k, v]) => `<tr><th scope="row">${e(k)}</th><td>${v}</td></tr>`)
    .join('')}</tbody></table>`;
}

function evidenceFigure(ev: Evidence): string {
  const where = evidenceLocation(ev);
  const caption: string[] = [];
  if (where) caption.push(e(where));
  if (ev.openUrl) caption.push(link(ev.openUrl, ev.page !== undefined ? `open pagina ${ev.page}` : 'open op deze plek'));
  return `<figure class="evidence"><blockquote><p>${e(ev.text)}</p></blockquote>${
    caption.length > 0 ? `<figcaption>${caption.join(' · ')}</figcaption>` : ''
  }</figure>`;
}

function basisBlock(b: BasisRef): string {
  if (b.policy) {
    return `<div class="basis"><p><strong>${e(articleLabel(b))}</strong>${
      b.url ? ` – ${link(b.url, 'bron')}` : ''
    }</p>${b.text ? `<p>${e(b.text)}</p>` : ''}</div>`;
  }
  const onWetten = b.url !== undefined && /^https:\/\/wetten\.overheid\.nl\//i.test(b.url);
  const source = b.url ? ` – ${link(b.url, onWetten ? 'lees de wettekst op wetten.overheid.nl' : 'bron')}` : '';
  return `<div class="basis"><p><strong>${e(articleLabel(b))}</strong>${source}</p>${
    b.text ? `<blockquote class="law"><p>${e(b.text)}</p></blockquote>` : ''
  }</div>`;
}

function ruleSection(r: RuleResult, id: string): string {
  const parts: string[] = [];
  parts.push(
    `<h4 id="${id}-h">${verdictTag(r.verdict)} <span class="rule-title">${e(r.title)}</span> <code class="rule-id">${e(r.rule)}</code></h4>`,
  );
  const articles = articlesLabel(r);
  parts.push(
    `<p class="meta-line"><span class="level level-${r.level}">${LEVEL_BADGE[r.level]}</span>${
      articles ? ` <span class="articles">${e(articles)}</span>` : ''
    }</p>`,
  );
  if (r.level !== 'wettelijk') parts.push(`<p class="level-note">${e(LEVEL_EXPLANATION[r.level])}</p>`);
  parts.push(`<p class="message">${e(r.message)}</p>`);
  parts.push(`<div class="kort"><p><strong>Wat betekent dit?</strong> ${e(r.help.kort)}</p></div>`);
  if (r.missing && r.missing.length > 0) {
    parts.push(`<p class="label">Wat ontbreekt:</p><ul class="missing">${r.missing.map((m) => `<li>${e(m.label)}</li>`).join('')}</ul>`);
  }
  if (r.evidence.length > 0) {
    parts.push(`<p class="label">Gevonden in het document:</p>${r.evidence.map(evidenceFigure).join('')}`);
  }
  if (r.verdict === 'ontbreekt' && r.searched && r.searched.terms.length > 0) {
    parts.push(`<p class="searched"><strong>Gezocht naar:</strong> ${r.searched.terms.map((t) => `<span class="term">${e(t)}</span>`).join(', ')}</p>`);
  }
  parts.push(notices(r.notices ?? []));
  if (r.userJudgement) {
    const j = r.userJudgement;
    parts.push(
      `<p class="judgement"><strong>Beoordeeld door een persoon:</strong> ${verdictTag(j.verdict)}${j.note ? ` – ${e(j.note)}` : ''} <span class="muted">(${e(formatDate(j.at))})</span></p>`,
    );
  }
  parts.push(
    `<details><summary>Uitleg voor professionals en wettekst</summary><div class="details-body"><p>${e(r.help.uitleg)}</p>${r.basis
      .map(basisBlock)
      .join('')}</div></details>`,
  );
  // <article>, not <section>: a region landmark per rule would flood the screen reader's landmark list.
  return `<article class="rule v-${r.verdict}" id="${id}" aria-labelledby="${id}-h">${parts.join('')}</article>`;
}

function overviewTable(doc: DocumentReport, docId: string, ids: Map<RuleResult, string>): string {
  const rows = VERDICT_ORDER.flatMap((v) => groupByVerdict(doc.results)[v]).map(
    (r) =>
      `<tr><td>${verdictTag(r.verdict)}</td><th scope="row"><a href="#${ids.get(r)}">${e(r.title)}</a> <code class="rule-id">${e(r.rule)}</code></th><td>${e(
        LEVEL_BADGE[r.level],
      )}</td><td>${e(articlesLabel(r))}</td></tr>`,
  );
  return `<table class="overview" id="${docId}-overview"><caption>Alle regels voor dit document</caption><thead><tr><th scope="col">Uitkomst</th><th scope="col">Regel</th><th scope="col">Niveau</th><th scope="col">Artikel</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function documentSection(doc: DocumentReport, index: number): string {
  const docId = `doc-${index + 1}`;
  const out: string[] = [];
  out.push(`<h2 id="${docId}-h"><span class="doc-number">Document ${index + 1}</span> ${e(documentName(doc))}</h2>`);
  if (doc.title) out.push(`<p class="source">${e(documentSource(doc))}</p>`);
  if (doc.status === 'error') {
    out.push(
      `<p class="doc-error"><strong><span aria-hidden="true">✖</span> Kon niet beoordelen:</strong> ${e(
        doc.error ?? 'het document kon niet worden gelezen.',
      )} Dit betekent niet dat er informatie ontbreekt: bekijk het document zelf.</p>`,
    );
  }
  out.push(notices(doc.notices));
  if (doc.results.length > 0) out.push(summaryBar(countVerdicts(doc.results), `Uitkomsten voor document ${index + 1}`));
  out.push(factsTable(doc, docId));
  if (doc.results.length > 0) {
    const ids = new Map<RuleResult, string>();
    const groups = groupByVerdict(doc.results);
    let n = 0;
    for (const v of VERDICT_ORDER) for (const r of groups[v]) ids.set(r, `${docId}-r${++n}`);
    out.push(`<h3 id="${docId}-overzicht">Overzicht</h3>`);
    out.push(overviewTable(doc, docId, ids));
    for (const v of VERDICT_ORDER) {
      if (groups[v].length === 0) continue;
      out.push(
        `<h3 class="group-heading v-${v}" id="${docId}-${v}"><span aria-hidden="true">${VERDICT_SYMBOL[v]}</span> ${VERDICT_HEADING[v]} <span class="count">(${groups[v].length})</span></h3>`,
      );
      for (const r of groups[v]) out.push(ruleSection(r, ids.get(r)!));
    }
  }
  return `<section class="document" id="${docId}" aria-labelledby="${docId}-h">${out.join('\n')}</section>`;
}

function legend(): string {
  const verdictRows = VERDICT_ORDER.map(
    (v) => `<tr><th scope="row">${verdictTag(v)}</th><td>${e(VERDICT_EXPLANATION[v])}</td></tr>`,
  ).join('');
  const levelRows = (['wettelijk', 'beleid', 'praktijk'] as const)
    .map((l) => `<tr><th scope="row"><span class="level level-${l}">${LEVEL_BADGE[l]}</span></th><td>${e(LEVEL_EXPLANATION[l])}</td></tr>`)
    .join('');
  return `<section class="intro" aria-labelledby="lezen"><h2 id="lezen">Zo leest u dit rapport</h2>
<p class="disclaimer"><strong>Let op:</strong> ${e(DISCLAIMER)}</p>
<div class="legends"><table class="legend"><caption>Uitkomsten</caption><thead><tr><th scope="col">Uitkomst</th><th scope="col">Betekenis</th></tr></thead><tbody>${verdictRows}</tbody></table>
<table class="legend"><caption>Niveaus</caption><thead><tr><th scope="col">Niveau</th><th scope="col">Betekenis</th></tr></thead><tbody>${levelRows}</tbody></table></div>
<p>Bij elke regel staat eerst in gewone taal wat de eis betekent. Onder „Uitleg voor professionals en wettekst” staan de juridische details en de tekst van het wetsartikel.</p></section>`;
}

function totalsSection(report: Report): string {
  const rows = report.documents
    .map((doc, i) => {
      const s = countVerdicts(doc.results);
      const cells = VERDICT_ORDER.map((v) => `<td class="num">${s[v]}</td>`).join('');
      const status = doc.status === 'error' ? ' <span class="doc-error-inline">(kon niet worden gelezen)</span>' : '';
      return `<tr><th scope="row"><a href="#doc-${i + 1}">${e(documentName(doc))}</a>${status}<br><span class="muted">${e(documentTypeLabel(doc))}</span></th>${cells}</tr>`;
    })
    .join('');
  const head = VERDICT_ORDER.map((v) => `<th scope="col" class="num">${verdictTag(v)}</th>`).join('');
  return `<section class="totals" aria-labelledby="overzicht"><h2 id="overzicht">Overzicht van ${report.documents.length} documenten</h2>
${summaryBar(totalSummary(report), 'Uitkomsten voor alle documenten samen')}
<table class="overview"><caption>Uitkomsten per document</caption><thead><tr><th scope="col">Document</th>${head}</tr></thead><tbody>${rows}</tbody></table></section>`;
}

const CSS = `
:root{--fg:#1b1f24;--muted:#4a5260;--line:#d5dae1;--bg-soft:#f5f7fa;--link:#1a4f9c;
--ontbreekt:#a3161a;--ontbreekt-bg:#fdeaea;--gedeeltelijk:#7a4200;--gedeeltelijk-bg:#fff2d9;
--handmatig:#1d3f9e;--handmatig-bg:#e8effd;--aanwezig:#15592f;--aanwezig-bg:#e4f4e9;--nvt:#4a5260;--nvt-bg:#eef0f3}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:62rem;padding:1.5rem 1.25rem 3rem;color:var(--fg);background:#fff;
font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--link);text-decoration:underline;text-underline-offset:2px}
a:focus-visible,summary:focus-visible{outline:3px solid #1a4f9c;outline-offset:2px}
h1,h2,h3,h4{line-height:1.25;margin:1.6em 0 .5em}
h1{font-size:1.9rem;margin-top:.3em}
h2{font-size:1.45rem;border-bottom:2px solid var(--fg);padding-bottom:.25em}
h3{font-size:1.15rem}
h4{font-size:1.05rem;margin:0 0 .4em}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5em}
.skip:focus{left:1rem}
.report-header .meta,.muted,.source{color:var(--muted)}
.source{margin-top:-.3em;word-break:break-all;font-size:.9rem}
.doc-number{display:block;font-size:.8rem;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:var(--muted)}
.disclaimer{border-left:5px solid var(--gedeeltelijk);background:var(--gedeeltelijk-bg);padding:.75em 1em;margin:1em 0}
.legends{display:flex;flex-wrap:wrap;gap:1rem 2rem}
.legends table{flex:1 1 22rem}
table{border-collapse:collapse;width:100%;margin:1em 0;font-size:.95rem}
caption{text-align:left;font-weight:700;padding:0 0 .4em}
th,td{border-bottom:1px solid var(--line);padding:.45em .6em;text-align:left;vertical-align:top}
thead th{border-bottom:2px solid var(--fg)}
table.facts th{width:14rem;font-weight:600}
td.num,th.num{text-align:center;white-space:nowrap}
.signals{margin:0;padding-left:1.1em}
.verdict{display:inline-block;font-weight:700;font-size:.85rem;padding:.1em .55em;border-radius:.3em;border:1px solid currentColor;white-space:nowrap;vertical-align:.1em}
.verdict.v-ontbreekt,li.v-ontbreekt{color:var(--ontbreekt);background:var(--ontbreekt-bg)}
.verdict.v-gedeeltelijk,li.v-gedeeltelijk{color:var(--gedeeltelijk);background:var(--gedeeltelijk-bg)}
.verdict.v-handmatig,li.v-handmatig{color:var(--handmatig);background:var(--handmatig-bg)}
.verdict.v-aanwezig,li.v-aanwezig{color:var(--aanwezig);background:var(--aanwezig-bg)}
.verdict.v-nvt,li.v-nvt{color:var(--nvt);background:var(--nvt-bg)}
.summary{margin:1em 0}
.summary-bar{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:0;padding:0}
.summary-bar li{padding:.35em .8em;border-radius:.4em;border:1px solid currentColor;font-size:.95rem}
.summary-bar strong{font-size:1.15em}
.strip{display:flex;height:.55rem;border-radius:.3rem;overflow:hidden;margin-top:.6rem;background:var(--nvt-bg)}
.seg{display:block;height:100%}
.seg.v-ontbreekt{background:var(--ontbreekt)}.seg.v-gedeeltelijk{background:#c77700}.seg.v-handmatig{background:var(--handmatig)}
.seg.v-aanwezig{background:#2e8b4e}.seg.v-nvt{background:#aab1bb}
.notices{list-style:none;padding:0;margin:1em 0}
.notice{padding:.6em .9em;margin:.4em 0;border-left:5px solid var(--handmatig);background:var(--handmatig-bg)}
.notice-warning{border-color:#c77700;background:var(--gedeeltelijk-bg)}
.notice-error{border-color:var(--ontbreekt);background:var(--ontbreekt-bg)}
.doc-error{padding:.75em 1em;border:2px solid var(--ontbreekt);background:var(--ontbreekt-bg);color:var(--fg)}
.doc-error-inline{color:var(--ontbreekt);font-weight:600}
.group-heading{margin-top:2em}
.group-heading.v-ontbreekt{color:var(--ontbreekt)}.group-heading.v-gedeeltelijk{color:var(--gedeeltelijk)}
.group-heading.v-handmatig{color:var(--handmatig)}.group-heading.v-aanwezig{color:var(--aanwezig)}.group-heading.v-nvt{color:var(--nvt)}
.rule{border:1px solid var(--line);border-left:6px solid var(--nvt);border-radius:.4rem;padding:1rem 1.2rem;margin:1rem 0;background:#fff}
.rule.v-ontbreekt{border-left-color:var(--ontbreekt)}.rule.v-gedeeltelijk{border-left-color:#c77700}
.rule.v-handmatig{border-left-color:var(--handmatig)}.rule.v-aanwezig{border-left-color:#2e8b4e}
.rule-id{color:var(--muted);font-weight:400;white-space:nowrap}
.meta-line{margin:.2em 0;font-size:.9rem}
.level{display:inline-block;font-size:.8rem;font-weight:700;padding:.1em .5em;border-radius:1em;border:1px solid currentColor}
.level-wettelijk{color:#fff;background:#1b1f24;border-color:#1b1f24}
.level-beleid{color:#5a2d82;background:#f3ecfa}
.level-praktijk{color:#35506b;background:#eaf0f5}
.level-note{font-size:.9rem;color:var(--muted);margin:.2em 0}
.articles{color:var(--muted);margin-left:.4em}
.message{font-weight:600;margin:.6em 0}
.kort{background:var(--bg-soft);border-radius:.3rem;padding:.6em .9em;font-size:1.02rem}
.kort p{margin:0}
.label{font-weight:600;margin:.9em 0 .3em}
.missing{margin:.2em 0;padding-left:1.3em}
.evidence{margin:.5em 0 .8em}
.evidence blockquote,blockquote.law{margin:0;padding:.5em .9em;border-left:4px solid var(--line);background:var(--bg-soft);font-style:italic;overflow-wrap:anywhere}
.evidence blockquote p,blockquote.law p{margin:0}
.evidence figcaption{font-size:.85rem;color:var(--muted);margin-top:.25em;overflow-wrap:anywhere}
.searched{font-size:.92rem}
.term{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;background:var(--bg-soft);padding:0 .25em;border-radius:.2em}
.unsafe-url{color:var(--muted);font-size:.85em;overflow-wrap:anywhere}
details{margin-top:.8em;border-top:1px solid var(--line);padding-top:.5em}
summary{cursor:pointer;font-weight:600;color:var(--link)}
.details-body{font-size:.93rem}
.basis{margin:.6em 0}
.basis p{margin:.3em 0}
footer{margin-top:3rem;padding-top:1rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}
.skip{display:none}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.document{break-before:page}
.rule,tr,figure{break-inside:avoid}
h2,h3,h4{break-after:avoid}
a{color:var(--fg)}
summary{color:var(--fg)}
}
`;

/* Closed <details> are shown on paper where the browser supports ::details-content; kept in its own
   rule because browsers without it drop the whole rule. */
const PRINT_DETAILS_CSS = `@media print{details:not([open])::details-content{content-visibility:visible;display:block}}`;

export function formatHtml(report: Report, options: FormatOptions = {}): string {
  const title =
    options.title ??
    (report.documents.length === 1 ? `Passend Check – ${documentName(report.documents[0]!)}` : 'Passend Check – rapport');
  const meta = [
    `Peildatum: ${e(formatDate(report.peildatum))}`,
    `regels: ${e(report.rulesVersion)}`,
    `gemaakt: ${e(formatDate(report.generatedAt))}`,
  ].join(' · ');
  const body = [
    `<a class="skip" href="#inhoud">Naar de inhoud</a>`,
    `<header class="report-header"><h1>${e(title)}</h1><p class="meta">${meta}</p></header>`,
    `<main id="inhoud">`,
    legend(),
    report.documents.length > 1 ? totalsSection(report) : '',
    ...report.documents.map(documentSection),
    report.documents.length === 0 ? '<p>Er zijn geen documenten gecontroleerd.</p>' : '',
    `</main>`,
    `<footer><p>Gemaakt met ${e(report.tool.name)} ${e(report.tool.version)} (rapportformaat ${e(report.schemaVersion)}). ${e(DISCLAIMER)}</p></footer>`,
  ];
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${e(report.tool.name)} ${e(report.tool.version)}">
<title>${e(title)}</title>
<style>${CSS}</style>
<style>${PRINT_DETAILS_CSS}</style>
</head>
<body>
${body.filter((s) => s !== '').join('\n')}
</body>
</html>
`;
}
