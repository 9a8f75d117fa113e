import { parseArticleText, parsePageHtmlResult, type TabTextResult } from '../messaging';
import { runInTab } from './inject';
import { readOffPage } from './read-off-page';

/**
 * The main text of the article in a tab: the injected /page-html.js writes the page's HTML out in
 * short tasks, and Readability reads it outside the page (read-off-page.ts).
 */
export async function tabText(tabId: number, run: typeof runInTab = runInTab, read: typeof readOffPage = readOffPage): Promise<TabTextResult> {
  try {
    const page = parsePageHtmlResult(await run(tabId, '/page-html.js'));
    if (!page?.html) return { ok: false, error: 'Lede could not read the text of this page.' };
    const text = parseArticleText(await read({ kind: 'article-text', html: page.html, url: page.url }));
    if (!text) return { ok: false, error: 'Lede could not read the text of this page.' };
    return { ok: true, ...text };
  } catch (err) {
    return { ok: false, error: `Lede could not read this tab: ${String((err as Error)?.message ?? err)}` };
  }
}
