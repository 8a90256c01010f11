/**
 * Audit progress on stderr: a live bar on a terminal (redrawn at most ten times a second),
 * one plain line per finished site otherwise (logs, CI).
 */
import type { SiteReport } from '../../core/report/site';
import type { SiteRow } from './sites-csv';

export interface ProgressSink {
  start(total: number, alreadyDone: number): void;
  siteStarted(row: SiteRow): void;
  pageFetched(row: SiteRow): void;
  siteDone(row: SiteRow, report: SiteReport): void;
  note(message: string): void;
  finish(): void;
}

function label(row: SiteRow): string {
  return row.name ?? row.url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

function seconds(ms: number): string {
  return `${String(Math.round(ms / 100) / 10).replace('.', ',')} s`;
}

export function siteLine(report: SiteReport): string {
  if (report.status === 'error') return `niet gecontroleerd: ${report.error ?? ''}`;
  const s = report.summary;
  const stopped = report.truncated ? `, gestopt (${report.truncated === 'tijd' ? 'tijdslimiet' : 'paginalimiet'})` : '';
  return `${report.pages.length} adressen, ${s.aanwezig} aanwezig, ${s.gedeeltelijk} gedeeltelijk, ${s.ontbreekt} ontbreekt${stopped} (${seconds(report.durationMs)})`;
}

export function createProgress(write: (text: string) => void, isTty: boolean, now: () => number = Date.now): ProgressSink {
  let total = 0;
  let done = 0;
  let failed = 0;
  let pages = 0;
  const running = new Map<SiteRow, number>();
  let lastDraw = 0;

  const draw = (force: boolean): void => {
    if (!isTty) return;
    const t = now();
    if (!force && t - lastDraw < 100) return;
    lastDraw = t;
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const busy = [...running.keys()].map(label).slice(0, 3).join(', ');
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} sites · ${pages} adressen · ${failed} niet bereikbaar${busy ? ` · bezig: ${busy}` : ''}`;
    write(`\r\x1b[2K${line.slice(0, 160)}`);
  };

  return {
    start(n, alreadyDone) {
      total = n;
      if (alreadyDone > 0) write(`${alreadyDone} sites waren al klaar (uit een eerdere run); die worden overgeslagen.\n`);
      if (!isTty) write(`Audit van ${n} sites gestart.\n`);
      draw(true);
    },
    siteStarted(row) {
      running.set(row, 0);
      draw(false);
    },
    pageFetched(row) {
      pages++;
      running.set(row, (running.get(row) ?? 0) + 1);
      draw(false);
    },
    siteDone(row, report) {
      running.delete(row);
      done++;
      if (report.status === 'error') failed++;
      if (isTty) {
        if (report.status === 'error') write(`\r\x1b[2K✖ ${label(row)}: ${siteLine(report)}\n`);
        draw(true);
      } else {
        write(`[${done}/${total}] ${label(row)}: ${siteLine(report)}\n`);
      }
    },
    note(message) {
      write(isTty ? `\r\x1b[2K${message}\n` : `${message}\n`);
      draw(true);
    },
    finish() {
      if (isTty) write('\r\x1b[2K');
    },
  };
}
