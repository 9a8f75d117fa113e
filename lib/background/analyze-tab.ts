import type { Brief } from '../brief';
import { parseBrief } from '../messaging';
import { runInTab } from './inject';

/**
 * The full brief of a tab's page, from /analyze.js injected into its top frame. Its answer was
 * computed from the page, so it is validated like any message; null when the script cannot run
 * (the tab closed or navigated away, a page the browser protects).
 */
export async function analyzeTab(tabId: number, run: typeof runInTab = runInTab): Promise<Brief | null> {
  try {
    return parseBrief(await run(tabId, '/analyze.js'));
  } catch {
    return null;
  }
}
