/**
 * What the extension keeps, all in browser.storage.local (never synced, never sent anywhere):
 * the settings, and the user's own judgements per document URL.
 */
import { browser } from 'wxt/browser';
import type { Verdict } from '../../core/rules/schema';
import type { DocumentType, Sector } from '../../core/rules/schema';

export type View = 'ouder' | 'professional';

export interface Settings {
  /** YYYY-MM-DD; empty means "today". */
  peildatum: string;
  type: DocumentType | '';
  sector: Sector | '';
  view: View;
}

export const DEFAULT_SETTINGS: Settings = { peildatum: '', type: '', sector: '', view: 'ouder' };

export interface Judgement {
  verdict: Verdict;
  note: string;
  at: string;
}

/** Judgements of one document: rule id → judgement. */
export type DocumentJudgements = Record<string, Judgement>;

const SETTINGS_KEY = 'settings';

/** A document's storage key: its URL without fragment, so "#page=3" links share judgements. */
export function judgementKey(url: string): string {
  return `judgements:${url.split('#')[0]}`;
}

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...(stored ?? {}) };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

export async function loadJudgements(url: string): Promise<DocumentJudgements> {
  const key = judgementKey(url);
  return ((await browser.storage.local.get(key))[key] as DocumentJudgements | undefined) ?? {};
}

export async function saveJudgement(url: string, rule: string, judgement: Judgement | undefined): Promise<DocumentJudgements> {
  const current = await loadJudgements(url);
  if (judgement) current[rule] = judgement;
  else delete current[rule];
  const key = judgementKey(url);
  if (Object.keys(current).length === 0) await browser.storage.local.remove(key);
  else await browser.storage.local.set({ [key]: current });
  return current;
}

/** Today in the user's time zone as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function effectivePeildatum(settings: Settings, now?: Date): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(settings.peildatum) ? settings.peildatum : today(now);
}
