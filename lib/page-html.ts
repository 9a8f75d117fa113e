/**
 * The page as HTML, written out in short tasks, so that the heavy reading of it (Readability,
 * DOMPurify) can happen outside the page (lib/background/read-off-page.ts) and the page keeps
 * answering. `outerHTML` would serialize a 10 MB page in one long task; this walks the DOM with
 * its own stack and yields whenever a task has run for `sliceMs`.
 *
 * What it writes is meant for parsing again, not for display: scripts, styles, templates and
 * comments are left out (nothing downstream reads them; JSON-LD stays, Readability reads its
 * metadata), attribute values and text are escaped.
 */

/** Past this many characters there is no storable copy to make (lib/offline-copy.ts caps copies at 5 MB of text). */
export const PAGE_HTML_MAX_CHARS = 12 * 1024 * 1024;

const SKIP = new Set(['script', 'style', 'template', 'noscript']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Text nodes are escaped in pieces of this size, so one huge node cannot make one huge task. */
const TEXT_PIECE = 256 * 1024;

const escText = (s: string): string => (/[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);
const escAttr = (s: string): string => (/[&"]/.test(s) ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s);

function startTag(el: Element): string {
  let out = `<${el.localName}`;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs[i];
    // names as the parser would accept them again; anything stranger is dropped
    if (/^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(a.name)) out += ` ${a.name}="${escAttr(a.value)}"`;
  }
  return out + '>';
}

export interface SerializeOptions {
  /** Resolves in a new task (lib/extract nextTask in the page; tests may pass a stub). */
  yieldTask: () => Promise<void>;
  /** How long one task may write before yielding, ms. */
  sliceMs?: number;
  maxChars?: number;
  now?: () => number;
}

/** The document's HTML, or null when it is longer than `maxChars`. */
export async function serializeInTasks(doc: Document, opts: SerializeOptions): Promise<string | null> {
  const { yieldTask, sliceMs = 8, maxChars = PAGE_HTML_MAX_CHARS, now = () => performance.now() } = opts;
  const root = doc.documentElement;
  if (!root) return null;
  const parts: string[] = ['<!DOCTYPE html>'];
  let length = 0;
  const push = (s: string): boolean => {
    parts.push(s);
    length += s.length;
    return length <= maxChars;
  };
  // The stack holds nodes to open, and closing tags (strings) to write after their children.
  const stack: (Node | string)[] = [root];
  let sliceStart = now();
  while (stack.length) {
    if (now() - sliceStart > sliceMs) {
      await yieldTask();
      sliceStart = now();
    }
    const item = stack.pop()!;
    if (typeof item === 'string') {
      push(item);
      continue;
    }
    if (item.nodeType === 3) {
      const v = item.nodeValue ?? '';
      for (let i = 0; i < v.length; i += TEXT_PIECE) {
        if (!push(escText(v.slice(i, i + TEXT_PIECE)))) return null;
        if (now() - sliceStart > sliceMs) {
          await yieldTask();
          sliceStart = now();
        }
      }
      continue;
    }
    if (item.nodeType !== 1) continue; // comments, processing instructions
    const el = item as Element;
    const name = el.localName;
    if (name === 'script' && /ld\+json/i.test(el.getAttribute('type') ?? '')) {
      // raw text: only a closing tag could end it early
      if (!push(`<script type="application/ld+json">${(el.textContent ?? '').replace(/<\/(script)/gi, '<\\/$1')}</script>`)) return null;
      continue;
    }
    if (SKIP.has(name)) continue;
    if (!push(startTag(el))) return null;
    if (VOID.has(name)) continue;
    stack.push(`</${name}>`);
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return parts.join('');
}
