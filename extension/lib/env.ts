/**
 * The browser ExtractEnv: DOMParser for HTML (scripts in parsed documents never run) and the
 * browser build of pdf.js, imported only when the first PDF is checked, with its own worker.
 * The progress hook wraps pdf.js's getPage so the panel can show "pagina 12 van 100" and stop
 * a long document; core's extraction itself is untouched.
 */
import type { ExtractEnv, PdfjsModule } from '../../core/extract/env';
import { ExtractionError } from '../../core/model/document';
import { t } from '../i18n/nl';

export interface PdfProgress {
  onPage?(page: number, total: number): void;
  /** Checked before every page: true stops the document. */
  isCancelled?(): boolean;
}

let pdfjsPromise: Promise<PdfjsModule> | undefined;

async function importPdfjs(): Promise<PdfjsModule> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

export class CancelledError extends ExtractionError {
  constructor() {
    super(t.cancelled, 'timeout');
  }
}

type GetDocument = PdfjsModule['getDocument'];

function withProgress(pdfjs: PdfjsModule, progress: PdfProgress): PdfjsModule {
  const getDocument: GetDocument = (params) => {
    const task = pdfjs.getDocument(params);
    // Runs before core's own handler (registered later), so core sees the wrapped getPage.
    void task.promise.then(
      (pdf) => {
        const getPage = pdf.getPage.bind(pdf);
        pdf.getPage = (pageNumber: number) => {
          if (progress.isCancelled?.()) return Promise.reject(new CancelledError());
          progress.onPage?.(pageNumber, pdf.numPages);
          return getPage(pageNumber);
        };
      },
      () => undefined,
    );
    return task;
  };
  return { ...pdfjs, getDocument };
}

export function browserEnv(progress: PdfProgress = {}): ExtractEnv {
  return {
    parseHtml(html: string): Document {
      return new DOMParser().parseFromString(html, 'text/html');
    },
    async loadPdfjs(): Promise<PdfjsModule> {
      pdfjsPromise ??= importPdfjs();
      return withProgress(await pdfjsPromise, progress);
    },
  };
}
