/**
 * Runs lib/read-html.ts (Readability, DOMPurify) where there is a DOM parser but not the reader's
 * page: in Firefox the background page itself; in Chrome, whose background is a service worker
 * without a DOM, an offscreen document (entrypoints/offscreen), created on first use and closed
 * after a minute without work.
 */
import type { ReadHtmlJob } from '../read-html';

/** Messages to the offscreen document carry this target; every other context ignores them. */
export const OFFSCREEN_TARGET = 'lede-offscreen';
const OFFSCREEN_URL = 'offscreen.html';
const IDLE_CLOSE_MS = 60_000;

interface ChromeOffscreen {
  runtime: {
    getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
    sendMessage(msg: unknown): Promise<unknown>;
  };
  offscreen: {
    createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument(): Promise<void>;
  };
}

let creating: Promise<void> | null = null;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let busy = 0;

async function ensureOffscreen(c: ChromeOffscreen): Promise<void> {
  const open = await c.runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (open?.length) return;
  creating ??= c.offscreen
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['DOM_PARSER'],
      justification: 'Lede reads saved pages with Readability and DOMPurify outside the page, so the page stays responsive.',
    })
    .catch((err: unknown) => {
      // created meanwhile by another call: fine
      if (!/single offscreen|already/i.test(String((err as Error)?.message ?? err))) throw err;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

async function viaOffscreen(job: ReadHtmlJob): Promise<unknown> {
  const c = (globalThis as unknown as { chrome: ChromeOffscreen }).chrome;
  clearTimeout(idleTimer);
  busy++;
  try {
    await ensureOffscreen(c);
    return await c.runtime.sendMessage({ target: OFFSCREEN_TARGET, ...job });
  } finally {
    busy--;
    if (!busy) idleTimer = setTimeout(() => void c.offscreen.closeDocument().catch(() => {}), IDLE_CLOSE_MS);
  }
}

/** The job's result, unvalidated (the caller validates it like any message). */
export async function readOffPage(job: ReadHtmlJob): Promise<unknown> {
  if (import.meta.env.FIREFOX) {
    const { readHtml } = await import('../read-html');
    return readHtml(job);
  }
  return viaOffscreen(job);
}
