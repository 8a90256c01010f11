/**
 * Builds the Chrome extension once before the browser tests, so they always test the code
 * as it is now (never a stale dist/).
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync('npx', ['--no-install', 'wxt', 'build'], { stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
}
