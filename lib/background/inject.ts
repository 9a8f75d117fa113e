import { browser } from 'wxt/browser';

/**
 * Runs one of Lede's own unlisted scripts (/snapshot.js, /page-html.js, /analyze.js) in a tab and returns
 * its result, unvalidated: the caller validates it, since it was computed from the page.
 * Chrome MV3 and Firefox both have `scripting`; `tabs.executeScript` is the MV2 fallback.
 */
export async function runInTab(tabId: number, file: '/snapshot.js' | '/page-html.js' | '/analyze.js'): Promise<unknown> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (scripting) {
    const results = await scripting.executeScript({ target: { tabId }, files: [file] });
    return (results?.[0] as { result?: unknown } | undefined)?.result;
  }
  const tabs = browser.tabs as unknown as { executeScript(id: number, d: { file: string }): Promise<unknown[]> };
  return (await tabs.executeScript(tabId, { file }))?.[0];
}
