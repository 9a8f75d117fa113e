import { createRoot } from 'react-dom/client';
import type { FirstReadHandle } from '../../lib/db/first-read';
import { Popup } from './Popup';

/** Renders the popup (main.tsx loads this module once it has started the first read). */
export function mount(first: FirstReadHandle): void {
  performance.mark('lede:popup-start'); // npm run bench: script start (React loaded) → list populated
  createRoot(document.getElementById('root')!).render(<Popup first={first} />);
}
