/**
 * The page as HTML, so that the heavy reading of it (Readability, DOMPurify) can happen outside
 * the page (lib/background/read-off-page.ts) and the page keeps answering.
 *
 * The browser's own serializer (`outerHTML`) does the writing, one piece at a time: an element is
 * written whole when it is small (few elements, little text); a bigger one gets its start tag
 * written and its children visited in turn, and the work yields whenever a task has run for
 * `sliceMs`. Measured on the hostile pages: one `outerHTML` of the whole page takes 42–104 ms in
 * Firefox for 50,000 links and 75 ms for 10 MB of text (13 and 28 ms in Chromium); a walk in
 * JavaScript over every node wraps each one in a JS object, and collecting those made 50–75 ms
 * pauses. Pieces keep every task short on both browsers and touch few nodes from JavaScript.
 */

/** Past this many characters there is no storable copy to make (lib/offline-copy.ts caps copies at 5 MB of text). */
export const PAGE_HTML_MAX_CHARS = 12 * 1024 * 1024;
/** An element is written whole when it holds at most this many elements … */
const PIECE_ELEMENTS = 5000;
/** … and this much text. */
const PIECE_CHARS = 512 * 1024;
/** A long text node is escaped in pieces of this size. */
const TEXT_PIECE = 256 * 1024;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const escText = (s: string): string => (/[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);
const escAttr = (s: string): string => (/[&"]/.test(s) ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s);
/** Elements whose text the HTML parser reads raw: written whole, never in pieces. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'template']);

function startTag(el: Element): string {
  let out = `<${el.localName}`;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    // names as the parser would read them back; anything stranger is dropped
    if (/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(attrs[i].name)) out += ` ${attrs[i].name}="${escAttr(attrs[i].value)}"`;
  }
  return out + '>';
}

export interface PageHtmlOptions {
  /** Resolves in a new task (lib/next-task.ts in the page; tests may pass a stub). */
  yieldTask: () => Promise<void>;
  /** How long one task may write before yielding, ms. */
  sliceMs?: number;
  now?: () => number;
}

/** The document's HTML as the browser holds it now (after the page's own scripts), or null when longer than PAGE_HTML_MAX_CHARS. */
export async function pageHtml(doc: Document, { yieldTask, sliceMs = 8, now = () => performance.now() }: PageHtmlOptions): Promise<string | null> {
  const root = doc.documentElement;
  if (!root) return null;
  const parts: string[] = ['<!DOCTYPE html>'];
  let length = parts[0].length;
  const push = (s: string): boolean => {
    parts.push(s);
    length += s.length;
    return length <= PAGE_HTML_MAX_CHARS;
  };
  // One frame per element written in pieces: its closing tag and the next child to visit.
  const stack: { close: string; next: Node | null }[] = [];
  let node: Node | null = root;
  let sliceStart = now();
  for (;;) {
    if (now() - sliceStart > sliceMs) {
      await yieldTask();
      sliceStart = now();
    }
    if (!node) {
      const frame = stack[stack.length - 1];
      if (!frame) break;
      if (frame.next) {
        node = frame.next;
        frame.next = node.nextSibling;
      } else {
        push(frame.close);
        stack.pop();
      }
      continue;
    }
    const current: Node = node;
    node = null;
    if (current.nodeType === 3) {
      const v = current.nodeValue ?? '';
      for (let i = 0; i < v.length; i += TEXT_PIECE) {
        if (!push(escText(v.slice(i, i + TEXT_PIECE)))) return null;
        if (now() - sliceStart > sliceMs) {
          await yieldTask();
          sliceStart = now();
        }
      }
      continue;
    }
    if (current.nodeType !== 1) continue; // comments, processing instructions: not needed to read the page
    const el = current as Element;
    const name = el.localName;
    const small = RAW_TEXT.has(name) || VOID.has(name) || (el.getElementsByTagName('*').length <= PIECE_ELEMENTS && (el.textContent?.length ?? 0) <= PIECE_CHARS);
    if (small || !el.firstChild) {
      if (!push(el.outerHTML)) return null;
      continue;
    }
    if (!push(startTag(el))) return null;
    stack.push({ close: `</${name}>`, next: el.firstChild });
  }
  return parts.join('');
}
