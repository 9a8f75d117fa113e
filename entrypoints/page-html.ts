/**
 * Injected into a tab only when the side panel needs to summarize it (the page has no TL;DR or
 * takeaways of its own): the page's HTML, written out in short tasks (lib/page-html.ts). Its main
 * text is found outside the page (lib/background/read-off-page.ts), so Readability never holds it.
 */
import { nextTask } from '@/lib/next-task';
import { serializeInTasks } from '@/lib/page-html';

export default defineUnlistedScript(async () => ({ html: await serializeInTasks(document, { yieldTask: nextTask }), url: location.href }));
