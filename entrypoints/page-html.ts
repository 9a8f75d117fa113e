/**
 * Injected into a tab only when the side panel needs to summarize it (the page has no TL;DR or
 * takeaways of its own): the page's HTML, written in short tasks (lib/page-html.ts). Its main text
 * is found outside the page (lib/background/read-off-page.ts), so Readability never holds it.
 */
import { nextTask } from '@/lib/next-task';
import { pageHtml } from '@/lib/page-html';

export default defineUnlistedScript(async () => {
  const html = await pageHtml(document, { yieldTask: nextTask });
  // the browser copies the answer out in the task that resolves it: not the last writing one
  await nextTask();
  return { html, url: location.href };
});
