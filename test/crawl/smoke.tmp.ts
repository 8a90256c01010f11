import { crawlSite } from '../../core/crawl/crawl-site';
import { HostGate } from '../../core/crawl/host-gate';
import { createNodeFetcher, lookupFor } from '../../cli/crawl/node-fetcher';
import { nodeEnv } from '../../cli/env';
import { loadRulesDir } from '../../cli/rules-dir';
import { startInternet } from '../fixtures/sites/internet';

const net = await startInternet();
const fetcher = createNodeFetcher({ lookup: lookupFor((h) => net.resolve(h)) });
const ruleSet = loadRulesDir();
const hosts = [...net.sites.map((s) => s.host), 'offline.test'];
for (const host of hosts) {
  const t = Date.now();
  const r = await crawlSite(net.url(host), { fetcher, env: nodeEnv, ruleSet, userAgent: 'passend-check/0.1.0 (+test)', gate: new HostGate(0) }, { peildatum: '2026-01-15', limits: { timeoutMs: 500, maxBytes: 1024 * 1024, delayMs: 0 } });
  console.log(`\n== ${host} ${r.status} ${r.error ?? ''} type=${r.site.type} sector=${r.site.sector} ${Date.now() - t}ms trunc=${r.truncated} robots=${JSON.stringify(r.robots)}`);
  for (const p of r.pages) console.log(`  [${p.clicks}] ${p.status} ${p.code ?? ''} ${p.type ?? ''} ${p.url.replace(/http:\/\/[^/]+/, '')} ${p.message ?? ''}`);
  for (const d of r.documents) console.log(`  DOC ${d.url.replace(/http:\/\/[^/]+/, '')} ${d.report.status} ${d.report.classification.type} ${JSON.stringify(d.report.summary)}`);
  for (const x of r.rules) console.log(`  ${x.rule.padEnd(34)} ${String(x.verdict).padEnd(12)} ${x.found ? `${x.found.clicks} ${x.found.url.replace(/http:\/\/[^/]+/, '')} p${x.found.page ?? ''}` : ''} ${x.hardToFind ? 'DIEP' : ''}`);
}
fetcher.close();
await net.close();
