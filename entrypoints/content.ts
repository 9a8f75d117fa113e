/**
 * Always injected, so it stays small: it checks whether the reader turned Lede off for this site,
 * then looks at the page when the browser is idle, once more after the DOM settles, and again
 * after in-page navigation. Its look is a cheap triage (lib/extract/probe.ts: a few native DOM
 * queries); for pages that may be articles or carry a ticker, the background injects /analyze.js,
 * which runs the detector and the extractors. Nothing heavy is imported here.
 */
import { probePage } from '@/lib/extract/probe';
import { isSiteDisabled } from '@/lib/sites';
import { clampBrief } from '@/lib/messaging';
import { browser } from 'wxt/browser';

const SETTLE_MS = 1500;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const { disabledSites } = (await browser.storage.local.get('disabledSites')) as { disabledSites?: string[] };
    if (isSiteDisabled(location.hostname, disabledSites ?? [])) return;

    let last = '';
    const report = () => {
      if (ctx.isInvalid) return;
      const { brief, complete } = probePage(document, location.href);
      const json = JSON.stringify(brief);
      // An unchanged complete brief needs no message; an incomplete one may have new sections.
      if (complete && json === last) return;
      last = json;
      browser.runtime.sendMessage({ type: 'page-brief', brief: clampBrief(brief), complete }).catch(() => {
        // The background may be restarting; the next report will get through.
      });
    };
    const whenIdle = (fn: () => void) =>
      'requestIdleCallback' in window ? ctx.requestIdleCallback(fn, { timeout: 2000 }) : ctx.setTimeout(fn, 50);

    whenIdle(report);

    // Once more after the DOM settles (late-loading article bodies, client-rendered pages).
    let timer = 0;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = ctx.setTimeout(() => {
        observer.disconnect();
        whenIdle(report);
      }, SETTLE_MS);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    ctx.setTimeout(() => observer.disconnect(), 15_000);
    ctx.onInvalidated(() => observer.disconnect());

    // Single-page sites: a new URL without a page load.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => whenIdle(report), SETTLE_MS);
    });
  },
});
