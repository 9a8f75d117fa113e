/**
 * The popup's entry: as small as possible, so it runs first. It starts reading this week's
 * headlines from IndexedDB (lib/db/first-read.ts, no Dexie), then loads React and the popup
 * (./app), which parse while the read is under way.
 */
import '@/components/theme.css';
import '@/components/headlines/headlines.css';
import './popup.css';
import { startFirstRead } from '@/lib/db/first-read';
import { weekKey } from '@/lib/weeks';

performance.mark('lede:popup-entry'); // npm run bench: navigation start → the entry runs
const first = startFirstRead(weekKey());
document.documentElement.lang = navigator.language;
void import('./app').then(({ mount }) => mount(first));
