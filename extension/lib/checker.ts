/**
 * All checking goes through core/checkInput: the extension only supplies bytes, a URL and
 * the browser environment. The rule set is bundled at build time (extension/build/rules-plugin).
 */
import { z } from 'zod';
import ruleSet from 'virtual:passend-rules';
import { checkInput, errorReport, type CheckOptions } from '../../core/check';
import type { DocumentReport } from '../../core/report/model';
import type { RuleSet } from '../../core/rules/ruleset';
import { browserEnv, CancelledError, type PdfProgress } from './env';
import type { Settings } from './storage';
import { effectivePeildatum } from './storage';

// zod would otherwise probe `new Function` once; the extension's CSP forbids eval, so never try.
z.config({ jitless: true });

export const rules = ruleSet as RuleSet;

export function checkOptions(settings: Settings): CheckOptions {
  const opts: CheckOptions = { peildatum: effectivePeildatum(settings) };
  if (settings.type) opts.type = settings.type;
  if (settings.sector) opts.sector = settings.sector;
  return opts;
}

const encoder = new TextEncoder();

/** The page in view, as serialised by the injected page script. */
export function checkPageHtml(html: string, url: string, settings: Settings): Promise<DocumentReport> {
  return checkInput({ bytes: encoder.encode(html), url, mimeType: 'text/html' }, rules, browserEnv(), checkOptions(settings));
}

export interface BytesInput {
  bytes: Uint8Array;
  url?: string;
  fileName?: string;
  mimeType?: string;
}

/** A PDF/DOCX (linked or local). Resolves with an error report when stopped or unreadable. */
export async function checkDocumentBytes(input: BytesInput, settings: Settings, progress: PdfProgress & { signal?: AbortSignal } = {}): Promise<DocumentReport> {
  const { signal } = progress;
  const onPage = (page: number, total: number): void => progress.onPage?.(page, total);
  const env = browserEnv({ onPage, isCancelled: () => signal?.aborted === true || progress.isCancelled?.() === true });
  const extractInput: Parameters<typeof checkInput>[0] = { bytes: input.bytes };
  if (input.url) extractInput.url = input.url;
  if (input.fileName) extractInput.fileName = input.fileName;
  if (input.mimeType) extractInput.mimeType = input.mimeType;
  const work = checkInput(extractInput, rules, env, checkOptions(settings));
  if (!signal) return work;
  // A stop also wins while pdf.js is still opening the file (before the first page).
  const stopped = new Promise<never>((_resolve, reject) => {
    if (signal.aborted) reject(new CancelledError());
    signal.addEventListener('abort', () => reject(new CancelledError()), { once: true });
  });
  try {
    return await Promise.race([work, stopped]);
  } catch (error) {
    if (error instanceof CancelledError) {
      return errorReport(extractInput, error.message);
    }
    throw error;
  }
}
