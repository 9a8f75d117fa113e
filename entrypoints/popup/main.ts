// The popup's entry, kept free of React so it runs as soon as the page does: it starts the first
// read (first.ts: this week's headlines from IndexedDB, no Dexie), paints the week as plain DOM
// when that read is done (first-paint.ts), and loads React (app.ts), whose render replaces the
// plain paint. Whichever comes first, the reader sees the list as soon as the data is there.
import { first } from './first';
import '@/components/theme.css';
import '@/components/headlines/headlines.css';
import './popup.css';
import { popupFirstPaint } from './first-paint';

document.documentElement.lang = navigator.language;
const root = document.getElementById('root')!;
let painted: HTMLElement | null = null;
let reactMounted = false;

void first.promise.then((read) => {
  if (!read || reactMounted) return;
  painted = popupFirstPaint(document, read);
  painted.id = 'first-paint';
  root.before(painted);
  performance.mark('lede:headlines-rendered'); // npm run bench: navigation start → list populated
});

void import('./app').then(({ mountPopup }) => {
  reactMounted = true;
  mountPopup(root, first, () => painted);
});
