// On a fresh clone, `npm run build` and `npm test` install the locked dependencies first
// (npm ci), so each README command works on its own. Uses only Node's built-ins.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';

export function ensureDeps() {
  const marker = 'node_modules/.package-lock.json';
  const stale = !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000;
  const hasWxt = existsSync('node_modules/wxt/package.json');
  if (!stale && hasWxt) return;
  console.log('▶ Installing the locked dependencies (npm ci)');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('npm ci failed: see above. Lede needs Node 20+ and the npm registry.');
    process.exit(r.status ?? 1);
  }
}

export function nodeOk() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) {
    console.error(`Lede needs Node 20 or later (this is ${process.version}).`);
    process.exit(1);
  }
  return JSON.parse(readFileSync('package.json', 'utf8')).name === 'lede';
}
