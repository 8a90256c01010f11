import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../../core/report/model';
import { FIXTURE_OPTIONS, expectOneErrorLine, runCli } from './helpers';

const PAGE = `<!doctype html><html lang="nl"><head><title>Ondersteuningsplan</title></head><body>
<main><h1>Ondersteuningsplan 2024-2028</h1>
<h2>Looptijd</h2>
<p>Dit ondersteuningsplan geldt voor de periode 2024-2028. Het bestuur heeft het plan vastgesteld
op 12 maart 2024 na instemming van de ondersteuningsplanraad.</p>
<h2>Aanvragen</h2>
<p>De commissie beslist binnen 6 weken over een aanvraag voor een toelaatbaarheidsverklaring.</p>
</main></body></html>`;

let server: Server;
let base: string;
const userAgents: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    userAgents.push(req.headers['user-agent'] ?? '');
    switch (req.url) {
      case '/plan':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PAGE);
        return;
      case '/oud-adres':
        res.writeHead(301, { location: '/plan' });
        res.end();
        return;
      case '/plaatje.png':
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        return;
      case '/rondje':
        res.writeHead(302, { location: '/rondje' });
        res.end();
        return;
      case '/traag':
        // Never answers; the client must give up by itself.
        return;
      case '/groot': {
        // No content-length: the limit must be enforced while streaming.
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = `<p>${'tekst '.repeat(10_000)}</p>`;
        let sent = 0;
        const pump = (): void => {
          while (sent < 200 && res.write(chunk)) sent++;
          if (sent < 200) res.once('drain', pump);
          else res.end();
        };
        pump();
        return;
      }
      case '/groot-gemeld':
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(500 * 1024 * 1024) });
        res.write('%PDF-1.7\n');
        return;
      case '/niet-gevonden':
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<p>niet gevonden</p>');
        return;
      default:
        res.writeHead(500);
        res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('passend-check check <url>', () => {
  it('fetches an HTML page (also through a redirect) with an identifying User-Agent', async () => {
    const result = await runCli(['check', `${base}/oud-adres`, ...FIXTURE_OPTIONS, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = Report.parse(JSON.parse(result.stdout));
    expect(report.documents[0]!.source.url).toBe(`${base}/plan`);
    expect(report.documents[0]!.results.find((r) => r.rule === 'op.termijnen')?.verdict).toBe('aanwezig');
    expect(userAgents.some((ua) => /^passend-check\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/passend-check\)$/.test(ua))).toBe(true);
  });

  it('refuses a content type it cannot read', async () => {
    const result = await runCli(['check', `${base}/plaatje.png`, ...FIXTURE_OPTIONS]);
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toMatch(/inhoudstype image\/png/);
  });

  it('stops a redirect loop', async () => {
    const result = await runCli(['check', `${base}/rondje`, ...FIXTURE_OPTIONS]);
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toMatch(/verwijst te vaak door/);
  });

  it('gives up on a slow server after --timeout', async () => {
    const result = await runCli(['check', `${base}/traag`, ...FIXTURE_OPTIONS, '--timeout', '1']);
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toMatch(/geen antwoord binnen 1 seconde/);
  });

  it('aborts a response that grows beyond --max-bytes, and refuses an announced oversize one', async () => {
    const streamed = await runCli(['check', `${base}/groot`, ...FIXTURE_OPTIONS, '--max-bytes', '1MB']);
    expect(streamed.code).toBe(2);
    expect(expectOneErrorLine(streamed.stderr)).toMatch(/te groot \(meer dan 1 MB/);
    const announced = await runCli(['check', `${base}/groot-gemeld`, ...FIXTURE_OPTIONS]);
    expect(announced.code).toBe(2);
    expect(expectOneErrorLine(announced.stderr)).toMatch(/te groot \(500 MB, hoogstens 50 MB/);
  });

  it('reports an HTTP error status', async () => {
    const result = await runCli(['check', `${base}/niet-gevonden`, ...FIXTURE_OPTIONS]);
    expect(result.code).toBe(2);
    expect(expectOneErrorLine(result.stderr)).toMatch(/foutcode 404/);
  });
});
