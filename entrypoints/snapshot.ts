/**
 * Injected into a tab only when the reader saves it: the page's brief plus an offline copy of its
 * main content (Readability), sanitized (DOMPurify), see lib/offline-copy.ts. Returns plain data
 * to the background, which validates it like any message. The work runs in separate tasks (the
 * brief's steps, finding the main content, sanitizing it), so the page keeps answering between them.
 */
import { analyzePageInTasks, nextTask } from '@/lib/extract';
import { findMainContent, sanitizeCopy, type OfflineCopy } from '@/lib/offline-copy';

export default defineUnlistedScript(async () => {
  const url = location.href;
  const brief = await analyzePageInTasks(document, url).catch(() => null);
  await nextTask();
  let found: ReturnType<typeof findMainContent> = null;
  try {
    found = findMainContent(document);
  } catch {
    found = null;
  }
  if (!found) return { brief, offline: null };
  await nextTask();
  let offline: OfflineCopy | null = null;
  try {
    offline = sanitizeCopy(window, found);
  } catch {
    offline = null;
  }
  return { brief, offline };
});
