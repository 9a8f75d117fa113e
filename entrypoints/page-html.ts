/**
 * Injected into a tab only when the side panel needs to summarize it (the page has no TL;DR or
 * takeaways of its own): the page's HTML (lib/page-html.ts). Its main text is found outside the
 * page (lib/background/read-off-page.ts), so Readability never holds it.
 */
import { pageHtml } from '@/lib/page-html';

export default defineUnlistedScript(() => ({ html: pageHtml(document), url: location.href }));
