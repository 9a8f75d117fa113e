/**
 * The popup's React app, imported by main.ts once its first read has started. Renders into #root
 * synchronously, then removes the plain first paint (if any) in the same task: no frame shows both.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { FirstReadHandle } from '../../lib/db/first-read';
import { Popup } from './Popup';

export function mountPopup(root: HTMLElement, first: FirstReadHandle, firstPaint: () => Element | null): void {
  performance.mark('lede:popup-start'); // npm run bench: script start (React loaded) → list populated
  const r = createRoot(root);
  flushSync(() => r.render(createElement(Popup, { first })));
  firstPaint()?.remove();
}
