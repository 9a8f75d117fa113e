/**
 * The full brief of a page (TL;DR, takeaways, sources, ticker), injected by the background only
 * into pages the always-on content script found to be articles or to carry a ticker.
 */
import { analyzePage } from '@/lib/extract';
import { clampBrief } from '@/lib/messaging';

export default defineUnlistedScript(() => clampBrief(analyzePage(document, location.href)));
