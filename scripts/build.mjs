#!/usr/bin/env node
// `npm run build`: the extension for both browsers, and their store zips.
//   .output/chrome-mv3/   Chrome, Edge, Chromium (MV3)
//   .output/firefox-mv2/  Firefox (MV2)
//   .output/*.zip         store uploads (and the sources zip Firefox's review asks for)
import { spawnSync } from 'node:child_process';
import { ensureDeps, nodeOk } from './ensure-deps.mjs';

nodeOk();
ensureDeps();
// `wxt zip` builds, then zips.
for (const args of [['zip'], ['zip', '-b', 'firefox']]) {
  console.log(`\n▶ wxt ${args.join(' ')}`);
  const r = spawnSync('npx', ['wxt', ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
