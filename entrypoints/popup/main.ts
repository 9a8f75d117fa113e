// First of all (before React, and no JSX in this file: its runtime import would be hoisted above
// this one): this starts reading this week's headlines from IndexedDB (lib/db/first-read.ts, no
// Dexie); its chunk is evaluated before React's (wxt.config.ts), so the read runs while React is
// evaluated and renders.
import { first } from './first';
import '@/components/theme.css';
import '@/components/headlines/headlines.css';
import './popup.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from './Popup';

performance.mark('lede:popup-start'); // npm run bench: script start (React loaded) → list populated
document.documentElement.lang = navigator.language;
createRoot(document.getElementById('root')!).render(createElement(Popup, { first }));
