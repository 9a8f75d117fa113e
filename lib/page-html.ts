/**
 * The page as HTML, so that the heavy reading of it (Readability, DOMPurify) can happen outside
 * the page (lib/background/read-off-page.ts) and the page keeps answering.
 *
 * One native `outerHTML`: measured in Chromium on the hostile pages, 13 ms for 50,000 links and
 * 28 ms for 10 MB of text, 0.6 ms for a 5,000-level deep DOM. A walk in JavaScript, even in time
 * slices, cost more: it wraps every node in a JS object, and collecting those held the page for
 * 50–75 ms at a time on the 50,000-link page. Pages too big to serialize within that budget are
 * not serialized (no offline copy, no summary from the page's text).
 */

/** Past this many characters there is no storable copy to make (lib/offline-copy.ts caps copies at 5 MB of text). */
export const PAGE_HTML_MAX_CHARS = 12 * 1024 * 1024;
/** More elements than this and serializing may take too long for one task. */
export const PAGE_HTML_MAX_ELEMENTS = 200_000;

/** The HTML the page came as, in bytes (0 when the browser does not say). */
function receivedBytes(doc: Document): number {
  try {
    const nav = doc.defaultView?.performance?.getEntriesByType?.('navigation')?.[0] as { decodedBodySize?: number } | undefined;
    return nav?.decodedBodySize ?? 0;
  } catch {
    return 0;
  }
}

/** The document's HTML as the browser holds it now, or null when it is too big. */
export function pageHtml(doc: Document): string | null {
  const root = doc.documentElement;
  if (!root) return null;
  if (receivedBytes(doc) > PAGE_HTML_MAX_CHARS || doc.getElementsByTagName('*').length > PAGE_HTML_MAX_ELEMENTS) return null;
  let html: string;
  try {
    html = root.outerHTML;
  } catch {
    return null;
  }
  return html.length <= PAGE_HTML_MAX_CHARS ? `<!DOCTYPE html>${html}` : null;
}
