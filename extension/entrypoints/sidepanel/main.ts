/**
 * The side panel (Chrome) / sidebar (Firefox). It checks the tab it belongs to; for tests and
 * for "open in a tab" the tab can be given as ?tabId=<id>.
 */
import { browser } from 'wxt/browser';
import { errorReport } from '../../../core/check';
import { extractHtml } from '../../../core/extract/html';
import type { DocumentReport, Evidence, Report } from '../../../core/report/model';
import { t } from '../../i18n/nl';
import { renderExportBar } from '../../lib/actions';
import { checkDocumentBytes, checkPageHtml, rules } from '../../lib/checker';
import { el, setChildren } from '../../lib/dom';
import { base64ToBytes, originPatterns, relevantLinks, splitByOrigin, type LinkedCandidate } from '../../lib/links';
import { fetchFromPage, highlightOnPage, snapshotPage, type PageSnapshot } from '../../lib/page-scripts';
import { renderDocument, type RenderContext } from '../../lib/render';
import { buildReport, documentKey, withJudgements } from '../../lib/report';
import { renderSettings } from '../../lib/settings-form';
import { effectivePeildatum, loadJudgements, loadSettings, saveJudgement, saveSettings, type Judgement, type Settings } from '../../lib/storage';

const app = document.getElementById('app')!;

interface State {
  tabId?: number;
  settings: Settings;
  snapshot?: PageSnapshot;
  page?: DocumentReport;
  linked: DocumentReport[];
  /** Judged copies, as shown and exported. */
  shown: Map<DocumentReport, DocumentReport>;
}

const state: State = { settings: { peildatum: '', type: '', sector: '', view: 'ouder' }, linked: [], shown: new Map() };
const regions = {
  header: el('header', { class: 'panel-header' }),
  status: el('p', { class: 'status', role: 'status', 'aria-live': 'polite' }),
  page: el('div', { id: 'page-report' }),
  linked: el('section', { id: 'linked', 'aria-labelledby': 'linked-heading' }),
  footer: el('footer', {}),
};

async function targetTabId(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Callbacks get the original report (the rendered one is a judged copy). */
function ctx(doc: DocumentReport): RenderContext {
  return {
    view: state.settings.view,
    peildatum: effectivePeildatum(state.settings),
    onEvidence: (ev) => void showEvidence(ev, doc),
    onJudge: (_shown, rule, judgement) => void judge(doc, rule, judgement),
  };
}

function currentReport(): Report | undefined {
  const docs = [state.page, ...state.linked].filter((d): d is DocumentReport => d !== undefined).map((d) => state.shown.get(d) ?? d);
  if (docs.length === 0) return undefined;
  return buildReport(docs, rules, effectivePeildatum(state.settings));
}

async function renderReport(doc: DocumentReport, into: HTMLElement): Promise<void> {
  const judged = withJudgements(doc, await loadJudgements(documentKey(doc)));
  state.shown.set(doc, judged);
  into.replaceChildren(renderDocument(judged, ctx(doc)));
}

async function judge(doc: DocumentReport, rule: string, judgement: Judgement | undefined): Promise<void> {
  await saveJudgement(documentKey(doc), rule, judgement);
  const holder = doc === state.page ? regions.page : regions.linked.querySelector<HTMLElement>(`[data-doc="${CSS.escape(documentKey(doc))}"]`);
  if (holder) await renderReport(doc, holder);
  regions.status.textContent = t.judgeSaved;
  holder?.querySelector<HTMLElement>(`[data-rule="${CSS.escape(rule)}"] .judge summary`)?.focus();
}

async function showEvidence(ev: Evidence, doc: DocumentReport): Promise<void> {
  if (doc !== state.page) {
    if (ev.openUrl && /^https?:/.test(ev.openUrl)) await browser.tabs.create({ url: ev.openUrl });
    return;
  }
  if (state.tabId === undefined) return;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId: state.tabId }, func: highlightOnPage, args: [ev.locator ?? '', ev.text] });
    regions.status.textContent = result?.result === true ? '' : t.highlightFailed;
  } catch {
    regions.status.textContent = t.highlightNoAccess;
  }
}

async function checkPage(): Promise<void> {
  app.setAttribute('aria-busy', 'true');
  regions.status.textContent = t.loading;
  state.linked = [];
  state.shown.clear();
  regions.page.replaceChildren();
  regions.linked.replaceChildren();
  state.tabId = await targetTabId();
  if (state.tabId === undefined) {
    regions.status.textContent = t.noTab;
    app.setAttribute('aria-busy', 'false');
    return;
  }
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId: state.tabId }, func: snapshotPage });
    state.snapshot = injection?.result;
  } catch {
    state.snapshot = undefined;
  }
  if (!state.snapshot) {
    const retry = el('button', { type: 'button', text: t.retry });
    retry.addEventListener('click', () => void checkPage());
    regions.status.textContent = '';
    setChildren(regions.page, el('p', { class: 'doc-error', role: 'alert', text: t.cannotRead }), retry);
    app.setAttribute('aria-busy', 'false');
    return;
  }
  setChildren(regions.header, el('h1', { text: t.appName }), el('p', { class: 'page-url', text: state.snapshot.url }));
  const checkStart = performance.now();
  state.page = await checkPageHtml(state.snapshot.html, state.snapshot.url, state.settings);
  const checkMs = performance.now() - checkStart;
  await renderReport(state.page, regions.page);
  // Timings for the e2e measurements (time since the panel started loading).
  document.body.dataset.timing = JSON.stringify({ check: Math.round(checkMs), total: Math.round(performance.now()) });
  renderLinkedIntro();
  regions.status.textContent = '';
  app.setAttribute('aria-busy', 'false');
  document.body.dataset.checked = 'true';
}

function candidates(): LinkedCandidate[] {
  if (!state.snapshot) return [];
  const doc = new DOMParser().parseFromString(state.snapshot.html, 'text/html');
  const model = extractHtml(doc, { format: 'html', url: state.snapshot.url });
  return relevantLinks(model.links, state.snapshot.url);
}

function renderLinkedIntro(): void {
  const found = candidates();
  const heading = el('h2', { id: 'linked-heading', text: t.linkedHeading });
  if (found.length === 0) {
    setChildren(regions.linked, heading, el('p', { text: t.linkedNone }));
    return;
  }
  const list = el('ul', { class: 'linked-list' }, ...found.map((c) => el('li', {}, el('span', { class: 'format', text: c.format.toUpperCase() }), ' ', el('span', { text: c.text }))));
  const button = el('button', { type: 'button', id: 'check-linked', class: 'primary', text: t.linkedButton });
  button.addEventListener('click', () => void checkLinked(found, button));
  setChildren(regions.linked, heading, el('p', { text: t.linkedIntro }), el('p', { text: t.linkedFound(found.length) }), list, el('p', { class: 'hint', text: t.linkedPermission }), button);
}

async function requestAccess(others: LinkedCandidate[]): Promise<boolean> {
  if (others.length === 0) return true;
  const origins = originPatterns(others);
  try {
    if (await browser.permissions.contains({ origins })) return true;
    return await browser.permissions.request({ origins });
  } catch {
    return false;
  }
}

const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

async function fetchBytes(c: LinkedCandidate, sameOrigin: boolean, signal: AbortSignal): Promise<{ bytes: Uint8Array; mimeType?: string }> {
  if (sameOrigin && state.tabId !== undefined) {
    const [injection] = await browser.scripting.executeScript({ target: { tabId: state.tabId }, func: fetchFromPage, args: [c.url, MAX_DOCUMENT_BYTES] });
    const result = injection?.result;
    if (!result?.ok || result.base64 === undefined) throw new Error(t.linkedFetchFailed(result?.status ?? 'geen antwoord'));
    return { bytes: base64ToBytes(result.base64), ...(result.mimeType ? { mimeType: result.mimeType } : {}) };
  }
  const response = await fetch(c.url, { signal, credentials: 'include' });
  if (!response.ok) throw new Error(t.linkedFetchFailed(`${response.status} ${response.statusText}`.trim()));
  const mimeType = response.headers.get('content-type') ?? undefined;
  return { bytes: new Uint8Array(await response.arrayBuffer()), ...(mimeType ? { mimeType } : {}) };
}

async function checkLinked(found: LinkedCandidate[], button: HTMLButtonElement): Promise<void> {
  // Documents on the page's own site are read through the page (activeTab). For other sites we
  // ask first, inside the click: browsers only show the permission prompt on a user gesture.
  const { otherOrigin } = splitByOrigin(found, state.snapshot?.url ?? '');
  const granted = await requestAccess(otherOrigin);
  if (!granted) regions.status.textContent = t.linkedDenied;
  button.disabled = true;
  const controller = new AbortController();
  const progress = el('progress', { max: found.length, value: 0, 'aria-label': t.linkedHeading });
  const progressText = el('p', { class: 'progress-text', role: 'status', 'aria-live': 'polite' });
  const cancel = el('button', { type: 'button', class: 'cancel secondary', text: t.cancel });
  cancel.addEventListener('click', () => controller.abort());
  const box = el('div', { class: 'progress-box' }, progressText, progress, cancel);
  const results = el('div', { class: 'linked-results' });
  regions.linked.append(box, results);
  cancel.focus();
  state.linked = [];
  for (const [i, c] of found.entries()) {
    if (controller.signal.aborted) break;
    const label = t.linkedProgress(i + 1, found.length, c.text);
    progressText.textContent = label;
    let report: DocumentReport;
    try {
      const sameOrigin = !otherOrigin.includes(c);
      if (!sameOrigin && !granted) throw new Error(t.linkedDenied);
      const { bytes, mimeType } = await fetchBytes(c, sameOrigin, controller.signal);
      report = await checkDocumentBytes({ bytes, url: c.url, ...(mimeType ? { mimeType } : {}) }, state.settings, {
        signal: controller.signal,
        onPage: (page, total) => {
          progressText.textContent = `${label} – ${t.pageProgress(page, total)}`;
        },
      });
    } catch (error) {
      const message = controller.signal.aborted ? t.cancelled : error instanceof Error ? error.message : String(error);
      report = errorReport({ url: c.url }, message);
    }
    if (!report.title) report.title = c.text;
    state.linked.push(report);
    const holder = el('div', { class: 'linked-doc', 'data-doc': documentKey(report) });
    results.append(holder);
    await renderReport(report, holder);
    progress.value = i + 1;
  }
  progressText.textContent = controller.signal.aborted ? t.cancelled : '';
  cancel.remove();
  progress.remove();
  button.disabled = false;
  document.body.dataset.linkedChecked = 'true';
}

async function start(): Promise<void> {
  state.settings = await loadSettings();
  const localLink = el('a', { href: browser.runtime.getURL('/local.html'), target: '_blank', text: t.localLink });
  setChildren(regions.footer, localLink);
  const settingsForm = renderSettings(state.settings, (next) => {
    state.settings = next;
    void saveSettings(next).then(() => checkPage());
  });
  setChildren(app, regions.header, regions.status, settingsForm, regions.page, regions.linked, renderExportBar(currentReport), regions.footer);
  setChildren(regions.header, el('h1', { text: t.appName }));
  await checkPage();
  // The panel follows the active tab unless it was opened for a given tab.
  if (!new URLSearchParams(location.search).has('tabId')) {
    browser.tabs.onActivated.addListener(() => void checkPage());
    browser.tabs.onUpdated.addListener((_id, info, tab) => {
      if (info.status === 'complete' && tab.active && tab.id === state.tabId) void checkPage();
    });
  }
}

void start();
