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

/**
 * Resolves once the frame with the first paint has been drawn (a task after the next animation
 * frame), so that evaluating React's chunk does not hold that frame back. At most 100 ms: a
 * hidden page gets no animation frames.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(done);
        resolve();
      }, 0),
    );
  });
}

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
  .then(afterNextPaint)
  .then(() => import('./app'))
  .then(({ mountPopup }) => mountPopup(root, first, () => painted));
