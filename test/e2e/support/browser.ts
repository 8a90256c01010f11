/**
 * Headless Chromium with the built extension (recipe in docs/extension.md), plus the steps a
 * user takes: open a page, click the toolbar button (through CDP Extensions.triggerAction, which
 * grants activeTab exactly like a real click), and look at the side panel. The panel page is
 * opened in a tab as sidepanel.html?tabId=<id> so tests can drive and screenshot it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';
import { chromium } from 'playwright-core';

export const EXTENSION_DIR = resolve('dist/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  cdp: CDPSession;
  close(): Promise<void>;
}

export async function launchWithExtension(opts: { downloads?: boolean } = {}): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'passend-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: opts.downloads ?? true,
    viewport: { width: 420, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('no browser handle');
  const cdp = await browser.newBrowserCDPSession();
  return {
    context,
    worker,
    extensionId,
    cdp,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Clicks the extension's toolbar button on the tab showing `url` (grants activeTab). */
export async function clickToolbarButton(b: ExtensionBrowser, url: string): Promise<void> {
  const { targetInfos } = await b.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  // The newest tab with this URL (tests may leave an older one open).
  const tab = targetInfos.filter((t) => t.url === url).pop();
  if (!tab) throw new Error(`no tab for ${url}`);
  await b.cdp.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: tab.targetId } as never);
}

/** The chrome.tabs id of the tab showing `url` (visible to the extension once activeTab is granted). */
export async function tabIdOf(b: ExtensionBrowser, url: string): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = await b.worker.evaluate(async (u) => {
      type Tab = { id?: number; url?: string };
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } }).chrome;
      const tabs = await api.tabs.query({});
      return tabs.filter((t) => t.url === u).pop()?.id;
    }, url);
    if (id !== undefined) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tab not visible to the extension: ${url}`);
}

export interface OpenedPanel {
  page: Page;
  panel: Page;
  tabId: number;
  /** Milliseconds from opening the panel to the first verdicts on screen. */
  msToVerdicts: number;
}

/** A user opens `url`, clicks the toolbar button, and the panel checks the page. */
export async function openPanelOn(b: ExtensionBrowser, url: string): Promise<OpenedPanel> {
  const page = await b.context.newPage();
  await page.goto(url);
  await clickToolbarButton(b, page.url());
  const tabId = await tabIdOf(b, page.url());
  const panel = await b.context.newPage();
  const started = Date.now();
  await panel.goto(`chrome-extension://${b.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.waitForSelector('body[data-checked="true"]', { timeout: 30_000 });
  const msToVerdicts = Date.now() - started;
  return { page, panel, tabId, msToVerdicts };
}
