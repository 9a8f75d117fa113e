/**
 * Injected into a tab only when the reader saves it: the page's brief (in steps) and its HTML
 * as the browser rendered it (so paywalled and logged-in pages work), written out in short tasks.
 * The offline copy is made from that HTML outside the page (lib/background/read-off-page.ts):
 * Readability and DOMPurify never run in the tab. Returns plain data to the background, which
 * validates it like any message.
 */
import { analyzePageInTasks } from '@/lib/extract';
import { nextTask } from '@/lib/next-task';
import { serializeInTasks } from '@/lib/page-html';

export default defineUnlistedScript(async () => {
  const url = location.href;
  const brief = await analyzePageInTasks(document, url).catch(() => null);
  const html = await serializeInTasks(document, { yieldTask: nextTask }).catch(() => null);
  return { brief, html, url };
});
