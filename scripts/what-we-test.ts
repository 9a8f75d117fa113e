/**
 * Prints the figures behind README's "What we test" table from the last run of the tests that
 * write them (.tmp/what-we-test.json). Run the tests first:
 *
 *   npx wxt build && npx wxt build -b firefox
 *   npx vitest run -c vitest.e2e.config.ts tests/e2e/privacy.e2e.ts tests/e2e/hostile.e2e.ts \
 *     tests/e2e/messages.e2e.ts tests/e2e/faults.e2e.ts
 *   npx vitest run tests/background/faults.test.ts
 *   npx tsx scripts/what-we-test.ts
 */
import { FIGURES_FILE, readFigures } from '../tests/e2e/harness/figures';

const f = readFigures();
if (Object.keys(f).length === 0) {
  console.error(`No figures in ${FIGURES_FILE}: run the tests first (see the top of this file).`);
  process.exit(1);
}
const get = (key: string, field: string): unknown => f[key]?.[field] ?? '—';
const lines: [string, string][] = [
  ['privacy (Chromium): requests leaving the browser', `${get('privacy.chromium', 'requestsLeavingTheBrowser')} of ${get('privacy.chromium', 'extensionRequestsRecorded')} extension requests recorded (${get('privacy.chromium', 'recorderWatchedTargets')} targets watched), steps: ${(get('privacy.chromium', 'steps') as string[]).length ?? '—'}`],
  ['hostile (Chromium): pages / beacon hits / unsafe / http from extension', `${get('hostile.chromium', 'pagesTried')} / ${get('hostile.chromium', 'beaconHits')} / ${get('hostile.chromium', 'unsafeLinksOrElements')} / ${get('hostile.chromium', 'extensionRequestsHttp')}`],
  ['hostile (Firefox): pages / beacon hits / unsafe', `${get('hostile.firefox', 'pagesTried')} / ${get('hostile.firefox', 'beaconHits')} / ${get('hostile.firefox', 'unsafeLinksOrElements')}`],
  ['hostile: largest page pause with Lede on / off for the site / content script extra (Chromium; Firefox), ms', `${get('hostile.chromium', 'largestHeartbeatGapLedeOnMs')} / ${get('hostile.chromium', 'largestHeartbeatGapLedeOffMs')} / ${get('hostile.chromium', 'largestContentScriptExtraMs')}; ${get('hostile.firefox', 'largestHeartbeatGapLedeOnMs')} / ${get('hostile.firefox', 'largestHeartbeatGapLedeOffMs')} / ${get('hostile.firefox', 'largestContentScriptExtraMs')}`],
  ['hostile: largest heartbeat gap before save (Chromium / Firefox), ms', `${get('hostile.chromium', 'largestHeartbeatGapBeforeSaveMs')} / ${get('hostile.firefox', 'largestHeartbeatGapBeforeSaveMs')}`],
  ['messages (Chromium / Firefox): sent / accepted / db unchanged', `${get('messages.chromium', 'sent')} / ${(get('messages.chromium', 'accepted') as unknown[]).length} / ${get('messages.chromium', 'databaseUnchanged')} — ${get('messages.firefox', 'sent')} / ${(get('messages.firefox', 'accepted') as unknown[]).length} / ${get('messages.firefox', 'databaseUnchanged')}`],
  ['faults (Chromium): worker stops / rows lost / articles for a URL saved twice at once', `${get('faults.chromium', 'serviceWorkerStops')} / ${get('faults.chromium', 'rowsLostAfterStops')} / ${get('faults.chromium', 'articlesForTwinUrl')} (${get('faults.chromium', 'concurrentSaves')} concurrent saves)`],
  ['faults (unit): quota faults injected / rows lost / concurrent saves', `${get('faults.unit', 'faultsInjected')} / ${get('faults.unit', 'rowsLost')} / ${get('faults.unit', 'concurrentSaves')}`],
];
for (const [k, v] of lines) console.log(`${k}: ${v}`);
console.log(`\n(${FIGURES_FILE}; full details per page and per message there)`);
