/**
 * The full brief of a page (detection, metadata, TL;DR, takeaways, sources, ticker), injected by
 * the background only into pages the always-on content script's triage passed on. Each step runs
 * in its own task (analyzePageInTasks), so the page stays responsive; the background gets the
 * result when the returned promise settles.
 */
import { analyzePageInTasks } from '@/lib/extract';
import { clampBrief } from '@/lib/messaging';

export default defineUnlistedScript(() => analyzePageInTasks(document, location.href).then(clampBrief));
