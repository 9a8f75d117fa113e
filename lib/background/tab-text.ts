import { parseArticleText, type TabTextResult } from '../messaging';
import { runInTab } from './inject';

/** The main text of the article in a tab, read by the injected /article-text.js (Readability). */
export async function tabText(tabId: number, run: typeof runInTab = runInTab): Promise<TabTextResult> {
  try {
    const text = parseArticleText(await run(tabId, '/article-text.js'));
    if (!text) return { ok: false, error: 'Lede could not read the text of this page.' };
    return { ok: true, ...text };
  } catch (err) {
    return { ok: false, error: `Lede could not read this tab: ${String((err as Error)?.message ?? err)}` };
  }
}
