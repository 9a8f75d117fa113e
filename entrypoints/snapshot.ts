/**
 * Injected into a tab only when the reader saves it: the page's brief plus an offline copy of its
 * main content (Readability), sanitized (DOMPurify). Returns plain data to the background.
 */
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import { analyzePage } from '@/lib/extract';

export default defineUnlistedScript(() => {
  const url = location.href;
  const brief = analyzePage(document, url);
  let offline: { html: string; text: string } | null = null;
  try {
    const article = new Readability(document.cloneNode(true) as Document).parse();
    if (article?.content) {
      const html = DOMPurify.sanitize(article.content, {
        FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe', 'object', 'embed'],
        FORBID_ATTR: ['style', 'srcset'],
      });
      offline = { html, text: (article.textContent ?? '').replace(/\s+/g, ' ').trim() };
    }
  } catch {
    offline = null;
  }
  return { brief, offline };
});
