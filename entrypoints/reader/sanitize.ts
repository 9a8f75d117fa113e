/**
 * Display-time sanitizing of an offline copy. The copy was sanitized when it was saved; it is
 * sanitized again here, with a stricter allow-list, because the database is only as trustworthy
 * as everything that ever wrote to it (older versions, imports).
 *
 * Nothing in the result may make a network request: images, video, audio and frames become a
 * short text (the image's alt text) with a link to the media on the web. Links are kept only for
 * http(s), opened in a new tab without referrer; other links become plain text. All of this
 * happens in DOMPurify's inert document, and only the finished tree is imported into the page.
 */
import DOMPurify from 'dompurify';
import { safeHttpUrl } from '@/lib/url';

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong', 'b',
  'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'a', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th',
  'td', 'caption', 'dl', 'dt', 'dd', 'span', 'div', 'section', 'article', 'abbr', 'cite', 'q', 'time', 'del', 'ins', 'kbd',
  'samp', 'var', 'ruby', 'rt', 'rp', 'wbr',
  // Replaced below, never rendered:
  'img', 'picture', 'source', 'video', 'audio', 'iframe',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'datetime', 'lang', 'dir'];
const MEDIA = 'img, picture, video, audio, iframe, source';

export interface MediaLabels {
  image: string;
  video: string;
  embed: string;
  openMedia: string;
}

/** Sanitizes `html` and returns a fragment of the current document, safe to insert. */
export function sanitizeForDisplay(html: string, baseUrl: string, labels: MediaLabels, doc: Document = document): DocumentFragment {
  const inert = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  }) as DocumentFragment;
  const owner = inert.ownerDocument;

  // Media → "[Image: alt] (open it on the web)".
  for (const el of [...inert.querySelectorAll(MEDIA)]) {
    if (!inert.contains(el)) continue; // inside an already-replaced <picture> or <video>
    const tag = el.tagName.toLowerCase();
    if (tag === 'source' && el.parentElement?.closest('picture, video, audio')) continue;
    const src =
      el.getAttribute('src') ?? el.querySelector('img[src], source[src]')?.getAttribute('src') ?? null;
    const alt = (el.getAttribute('alt') ?? el.querySelector('img')?.getAttribute('alt') ?? el.getAttribute('title') ?? '').trim();
    const kind = tag === 'img' || tag === 'picture' ? labels.image : tag === 'iframe' ? labels.embed : labels.video;
    const span = owner.createElement('span');
    span.className = 'media-placeholder';
    span.textContent = `[${kind}${alt ? `: ${alt}` : ''}]`;
    const href = safeHttpUrl(src, baseUrl);
    if (href) {
      const a = owner.createElement('a');
      a.setAttribute('href', href);
      a.textContent = labels.openMedia;
      span.append(' (', a, ')');
    }
    el.replaceWith(span);
  }

  for (const a of [...inert.querySelectorAll('a')]) {
    const href = safeHttpUrl(a.getAttribute('href'), baseUrl);
    if (!href) {
      a.replaceWith(...a.childNodes);
      continue;
    }
    for (const attr of [...a.attributes]) a.removeAttribute(attr.name);
    a.setAttribute('href', href);
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  // Nothing left may point anywhere but the links above.
  for (const el of [...inert.querySelectorAll('[src]')]) el.removeAttribute('src');

  return doc.importNode(inert, true);
}
