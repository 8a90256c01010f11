/**
 * Politeness: at most one request per host at a time, with a pause between requests to the same
 * host. Shared by all concurrent site crawls of an audit, so two rows of a CSV on one host never
 * double the load on that server.
 */
export type Sleep = (ms: number) => Promise<void>;

export const defaultSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class HostGate {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly extraDelay = new Map<string, number>();

  constructor(
    private readonly delayMs: number,
    private readonly sleep: Sleep = defaultSleep,
  ) {}

  /** robots.txt may ask for a longer pause (Crawl-delay); never shorter than our own. */
  setHostDelay(host: string, delayMs: number): void {
    this.extraDelay.set(host, delayMs);
  }

  /** Runs `task` when it is this host's turn, then keeps the host busy for the pause. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(host, tail);
    await previous;
    try {
      return await task();
    } finally {
      const pause = Math.max(this.delayMs, this.extraDelay.get(host) ?? 0);
      if (pause > 0) void this.sleep(pause).then(release);
      else release();
      // Forget idle hosts so a long audit does not keep one entry per host forever.
      void tail.then(() => {
        if (this.tails.get(host) === tail) this.tails.delete(host);
      });
    }
  }
}
