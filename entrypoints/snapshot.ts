/**
 * Injected into a tab only when the reader saves it: the page's brief plus an offline copy of its
 * main content (Readability), sanitized (DOMPurify), see lib/offline-copy.ts. Returns plain data
 * to the background, which validates it like any message.
 */
import { analyzePage } from '@/lib/extract';
import { makeOfflineCopy } from '@/lib/offline-copy';

export default defineUnlistedScript(() => {
  const url = location.href;
  let brief = null;
  try {
    brief = analyzePage(document, url);
  } catch {
    brief = null;
  }
  let offline = null;
  try {
    offline = makeOfflineCopy(document);
  } catch {
    offline = null;
  }
  return { brief, offline };
});
