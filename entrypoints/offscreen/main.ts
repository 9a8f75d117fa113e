/**
 * Chrome's offscreen document: reads a page's HTML (lib/read-html.ts) for the background service
 * worker, which has no DOM. Answers only the background's messages addressed to it.
 */
import { readHtml, type ReadHtmlJob } from '@/lib/read-html';
import { OFFSCREEN_TARGET } from '@/lib/background/read-off-page';

interface Runtime {
  id: string;
  onMessage: { addListener(fn: (msg: unknown, sender: { id?: string; url?: string }, reply: (r: unknown) => void) => boolean | undefined): void };
}
const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;

runtime.onMessage.addListener((msg, sender, reply) => {
  const m = msg as Partial<ReadHtmlJob> & { target?: unknown };
  // from the background only: it has no URL of a page, extension pages and tabs do
  if (m?.target !== OFFSCREEN_TARGET || sender.id !== runtime.id || (sender.url && !sender.url.endsWith('/background.js'))) return undefined;
  if ((m.kind !== 'offline-copy' && m.kind !== 'article-text') || typeof m.html !== 'string' || typeof m.url !== 'string') {
    reply(null);
    return undefined;
  }
  try {
    reply(readHtml({ kind: m.kind, html: m.html, url: m.url }));
  } catch {
    reply(null);
  }
  return undefined;
});
