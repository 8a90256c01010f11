/**
 * The Node ExtractEnv: linkedom for HTML, the legacy pdf.js build for PDF. pdfjs-dist 6
 * declares Node ≥ 22 and only lacks Promise.withResolvers on Node 20, so we add it first.
 */
import { parseHTML } from 'linkedom';
import type { ExtractEnv, PdfjsModule } from '../core/extract/env';

function installPromiseWithResolvers(): void {
  const promiseCtor = Promise as unknown as { withResolvers?: unknown };
  if (typeof promiseCtor.withResolvers === 'function') return;
  promiseCtor.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

let pdfjsPromise: Promise<PdfjsModule> | undefined;

async function loadLegacyPdfjs(): Promise<PdfjsModule> {
  // Without a worker, pdf.js imports its worker module on first use. We load the minified
  // worker ourselves (it registers globalThis.pdfjsWorker): under tsx, Node otherwise parses
  // the 5.5 MB source map of the unminified worker, which cost seconds on this machine.
  // @ts-expect-error -- the minified worker ships without type declarations; we only need its side effect.
  await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
  return await import('pdfjs-dist/legacy/build/pdf.mjs');
}

export const nodeEnv: ExtractEnv = {
  parseHtml(html: string): Document {
    // linkedom only builds <html>/<body> for full documents; wrap fragments so every page has a body.
    const full = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
    return parseHTML(full).document;
  },
  loadPdfjs(): Promise<PdfjsModule> {
    installPromiseWithResolvers();
    pdfjsPromise ??= loadLegacyPdfjs();
    return pdfjsPromise;
  },
};
