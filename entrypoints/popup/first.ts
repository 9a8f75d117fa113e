/**
 * Starts the popup's first read (this week's headlines and "last opened", lib/db/first-read.ts,
 * no Dexie) as soon as this module is evaluated: main.ts imports it first and paints from it before
 * loading React.
 */
import { startFirstRead } from '../../lib/db/first-read';
import { weekKey } from '../../lib/weeks';

performance.mark('lede:popup-entry'); // npm run bench: navigation start → the popup's first module runs
export const first = startFirstRead(weekKey());
void first.promise.then(() => performance.mark('lede:popup-first-read')); // … → the read is done
