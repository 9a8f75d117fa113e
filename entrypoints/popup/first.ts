/**
 * Starts the popup's first read (this week's headlines and "last opened", lib/db/first-read.ts,
 * no Dexie) as soon as this module is evaluated. main.ts imports it before React, and it has a
 * chunk of its own (wxt.config.ts), so the read runs while React's chunk is evaluated and renders.
 */
import { startFirstRead } from '../../lib/db/first-read';
import { weekKey } from '../../lib/weeks';

performance.mark('lede:popup-entry'); // npm run bench: navigation start → the popup's first module runs
export const first = startFirstRead(weekKey());
void first.promise.then(() => performance.mark('lede:popup-first-read')); // … → the read is done
