/** A fixture web server on 127.0.0.1 (random port) serving pages and documents from memory. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  body: string | Uint8Array;
  type: string;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Paths requested so far (to prove what was and was not fetched). */
  requests: string[];
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Served>): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(path);
    const route = routes[path];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('niet gevonden');
      return;
    }
    res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' }).end(route.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
