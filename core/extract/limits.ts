import { ExtractionError } from '../model/document';
import type { ExtractLimits } from './env';
import { messages } from './messages';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_PAGES = 1000;
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface ResolvedLimits {
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
}

export function resolveLimits(limits: ExtractLimits = {}): ResolvedLimits {
  return {
    maxBytes: positiveOr(limits.maxBytes, DEFAULT_MAX_BYTES),
    maxPages: positiveOr(limits.maxPages, DEFAULT_MAX_PAGES),
    timeoutMs: positiveOr(limits.timeoutMs, DEFAULT_TIMEOUT_MS),
  };
}

function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * Refuses an input by its size alone. Hosts can call this with a file's size before
 * reading it, so a huge file never reaches memory, let alone a parser.
 */
export function assertSizeAllowed(byteLength: number, limits?: ExtractLimits): void {
  const { maxBytes } = resolveLimits(limits);
  if (byteLength === 0) throw new ExtractionError(messages.empty, 'empty');
  if (byteLength > maxBytes) throw new ExtractionError(messages.tooLarge(byteLength, maxBytes), 'too-large');
}

/** A timeout that long-running work (pdf.js page loop) checks and can react to. */
export class Cancellation {
  private cancelled = false;
  private readonly listeners = new Set<() => void>();

  private readonly deadline: number;

  constructor(private readonly timeoutMs: number) {
    this.deadline = Date.now() + timeoutMs;
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    for (const listener of this.listeners) listener();
    this.listeners.clear();
  }

  get isCancelled(): boolean {
    return this.cancelled;
  }

  /**
   * Also checks the clock: pdf.js without a worker can run a whole document in microtasks,
   * so a timer alone might never get the chance to fire.
   */
  throwIfCancelled(): void {
    if (!this.cancelled && Date.now() > this.deadline) this.cancel();
    if (this.cancelled) throw this.error();
  }

  error(): ExtractionError {
    return new ExtractionError(messages.timeout(this.timeoutMs), 'timeout');
  }

  /** Registers a listener; returns a function that removes it again. */
  onCancel(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
