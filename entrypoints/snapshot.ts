/**
 * Injected into a tab only when the reader saves it: the page's brief (in steps) and its HTML
 * as the browser rendered it (so paywalled and logged-in pages work), written in short tasks.
 * The offline copy is made from that HTML outside the page (lib/background/read-off-page.ts):
 * Readability and DOMPurify never run in the tab. Returns plain data to the background, which
 * validates it like any message.
 */
import { analyzePageInTasks, nextTask } from '@/lib/extract';
import { pageHtml } from '@/lib/page-html';

export default defineUnlistedScript(async () => {
  const url = location.href;
  const brief = await analyzePageInTasks(document, url).catch(() => null);
  const html = await pageHtml(document, { yieldTask: nextTask });
  // the browser copies the answer out in the task that resolves it: not the serializing one
  await nextTask();
  return { brief, html, url };
});
