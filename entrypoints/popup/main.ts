// The popup's entry, kept free of React so it runs as soon as the page does: it starts the first
// read (first.ts: this week's headlines from IndexedDB, no Dexie), paints the week as plain DOM
// when that read is done (first-paint.ts), then loads React (app.ts), whose render replaces the
// plain paint in the same task.
import { first } from './first';
import '@/components/theme.css';
import '@/components/headlines/headlines.css';
import './popup.css';
import { popupFirstPaint } from './first-paint';

document.documentElement.lang = navigator.language;
const root = document.getElementById('root')!;
let painted: HTMLElement | null = null;

// React is loaded only after the read: evaluating its chunk is a long task, and the read's
// answer would wait behind it.
void first.promise
  .then((read) => {
    if (!read) return;
    painted = popupFirstPaint(document, read);
    painted.id = 'first-paint';
    root.before(painted);
    performance.mark('lede:headlines-rendered'); // npm run bench: navigation start → list populated
  })
  .catch(() => {}) // no first paint: React renders the list itself
  .then(() => import('./app'))
  .then(({ mountPopup }) => mountPopup(root, first, () => painted));
