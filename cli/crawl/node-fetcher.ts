/**
 * The crawler's Fetcher for Node: one request with node:http(s), no redirect following (the
 * crawler follows them), a total timeout, a size limit enforced while streaming, and the body
 * skipped when its content type is not wanted. `lookup` lets tests and staging checks send
 * made-up host names (school.test) to a server of their choice, like curl --resolve.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { FetchFailureCode, FetchOutcome, FetchRequest, Fetcher } from '../../core/crawl/fetcher';

export interface NodeFetcherOptions {
  lookup?: LookupFunction;
  /** Keep-alive agents: an audit makes many requests to the same hosts. */
  keepAlive?: boolean;
}

const ACCEPT = 'text/html, application/xhtml+xml, application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9, text/plain;q=0.5, */*;q=0.1';

function failureCode(error: NodeJS.ErrnoException): FetchFailureCode {
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'dns';
    case 'ECONNREFUSED':
      return 'refused';
    default:
      if (/CERT|SSL|TLS|self[- ]signed/i.test(`${error.code ?? ''} ${error.message}`)) return 'tls';
      return 'network';
  }
}

/** "school.test → 127.0.0.1" lookup for made-up host names (tests, staging); names it does not know are "not found". */
export function lookupFor(map: ReadonlyMap<string, string> | ((host: string) => string | undefined)): LookupFunction {
  const resolve = typeof map === 'function' ? map : (host: string) => map.get(host.toLowerCase());
  return ((hostname: string, options: unknown, callback: unknown) => {
    const cb = (typeof options === 'function' ? options : callback) as (err: Error | null, address: string | { address: string; family: number }[], family?: number) => void;
    const opts = (typeof options === 'object' && options !== null ? options : {}) as { all?: boolean };
    const address = resolve(hostname);
    if (address === undefined) {
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
      cb(error, '', 4);
      return;
    }
    const family = address.includes(':') ? 6 : 4;
    if (opts.all) cb(null, [{ address, family }]);
    else cb(null, address, family);
  });
}

export function createNodeFetcher(options: NodeFetcherOptions = {}): Fetcher & { close(): void } {
  const httpAgent = new http.Agent({ keepAlive: options.keepAlive ?? true, maxSockets: 8 });
  const httpsAgent = new https.Agent({ keepAlive: options.keepAlive ?? true, maxSockets: 8 });

  function fetchOnce(request: FetchRequest): Promise<FetchOutcome> {
    return new Promise<FetchOutcome>((resolve) => {
      let settled = false;
      const finish = (outcome: FetchOutcome): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(outcome);
      };
      let url: URL;
      try {
        url = new URL(request.url);
      } catch {
        finish({ kind: 'failure', code: 'network', message: 'ongeldig webadres' });
        return;
      }
      const isHttps = url.protocol === 'https:';
      const client = isHttps ? https : http;
      const req = client.request(url, {
        method: 'GET',
        agent: isHttps ? httpsAgent : httpAgent,
        headers: { 'user-agent': request.userAgent, accept: ACCEPT, 'accept-language': 'nl' },
        ...(options.lookup ? { lookup: options.lookup } : {}),
      });
      // When the event loop was busy (a big PDF being parsed for another site), timers run before
      // pending network events. setImmediate lets an answer that already arrived win first.
      const timer = setTimeout(() => {
        setImmediate(() => {
          if (settled) return;
          finish({ kind: 'failure', code: 'timeout', message: 'timeout' });
          req.destroy();
        });
      }, request.timeoutMs);

      req.on('error', (error: NodeJS.ErrnoException) => {
        finish({ kind: 'failure', code: failureCode(error), message: error.code ?? error.message });
      });
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        // Settle first, then drop the body: destroying the stream emits 'aborted' right away.
        const drop = (): void => {
          res.resume();
          res.destroy();
        };
        if (status >= 300 && status < 400 && location) {
          finish({ kind: 'redirect', status, location });
          drop();
          return;
        }
        const mimeType = (res.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (status >= 400) {
          finish({ kind: 'response', status, mimeType, bytes: new Uint8Array(0) });
          drop();
          return;
        }
        if (!request.accept(mimeType, request.url)) {
          finish({ kind: 'skipped-type', status, mimeType });
          drop();
          return;
        }
        const declared = Number(res.headers['content-length'] ?? NaN);
        if (Number.isFinite(declared) && declared > request.maxBytes) {
          finish({ kind: 'too-large', status, declaredBytes: declared });
          drop();
          return;
        }
        const chunks: Buffer[] = [];
        let total = 0;
        res.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > request.maxBytes) {
            finish({ kind: 'too-large', status });
            drop();
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => {
          const buffer = Buffer.concat(chunks);
          finish({ kind: 'response', status, mimeType, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
        });
        res.on('error', (error: NodeJS.ErrnoException) => finish({ kind: 'failure', code: failureCode(error), message: error.code ?? error.message }));
        res.on('aborted', () => finish({ kind: 'failure', code: 'network', message: 'verbinding verbroken' }));
      });
      req.end();
    });
  }

  return {
    fetch: fetchOnce,
    close(): void {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
