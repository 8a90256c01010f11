/**
 * "Eigen bestand controleren": drop or choose a PDF/DOCX and get the same report, fully
 * offline (the file is read in this page; nothing is sent anywhere).
 */
import type { DocumentReport } from '../../../core/report/model';
import { t } from '../../i18n/nl';
import { renderExportBar } from '../../lib/actions';
import { checkDocumentBytes, rules } from '../../lib/checker';
import { el, setChildren } from '../../lib/dom';
import { renderDocument } from '../../lib/render';
import { buildReport, documentKey, withJudgements } from '../../lib/report';
import { effectivePeildatum, loadJudgements, loadSettings, saveJudgement, type Settings } from '../../lib/storage';

const app = document.getElementById('app')!;
let settings: Settings;
let current: DocumentReport | undefined;
let shown: DocumentReport | undefined;
let controller: AbortController | undefined;

const status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
const output = el('div', { id: 'local-report' });
const input = el('input', { type: 'file', id: 'file', accept: '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
const drop = el('div', { class: 'dropzone', 'data-testid': 'dropzone' }, el('p', { text: t.localDrop }), el('label', { for: 'file', class: 'button-like', text: t.localChoose }), input);

async function show(doc: DocumentReport): Promise<void> {
  shown = withJudgements(doc, await loadJudgements(documentKey(doc)));
  output.replaceChildren(
    renderDocument(shown, {
      view: settings.view,
      peildatum: effectivePeildatum(settings),
      onJudge: (d, rule, judgement) => {
        void saveJudgement(documentKey(d), rule, judgement).then(() => show(doc));
      },
    }),
  );
}

async function checkFile(file: File): Promise<void> {
  controller?.abort();
  controller = new AbortController();
  const cancel = el('button', { type: 'button', class: 'secondary', text: t.cancel });
  const local = controller;
  cancel.addEventListener('click', () => local.abort());
  status.textContent = t.loading;
  output.replaceChildren(cancel);
  const bytes = new Uint8Array(await file.arrayBuffer());
  current = await checkDocumentBytes({ bytes, fileName: file.name, ...(file.type ? { mimeType: file.type } : {}) }, settings, {
    signal: local.signal,
    onPage: (page, total) => {
      status.textContent = `${t.loading} ${t.pageProgress(page, total)}`;
    },
  });
  status.textContent = '';
  await show(current);
  document.body.dataset.checked = 'true';
}

async function start(): Promise<void> {
  settings = await loadSettings();
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void checkFile(file);
  });
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (file) void checkFile(file);
  });
  setChildren(
    app,
    el('h1', { text: t.localTitle }),
    el('p', { text: t.localIntro }),
    drop,
    status,
    output,
    renderExportBar(() => (shown ? buildReport([shown], rules, effectivePeildatum(settings)) : undefined)),
  );
}

void start();
