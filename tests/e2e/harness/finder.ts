/**
 * A small in-page ARIA role + accessible-name finder, used where Playwright's getByRole is not
 * available (Firefox over WebDriver BiDi). Plain JavaScript source (not a TS function), so that no
 * transpiler helper can leak into the page.
 *
 * Matching rules (the Chromium side uses getByRole with the same meaning):
 * - a string name matches the whole accessible name, case-sensitive, whitespace collapsed & trimmed;
 * - a RegExp is tested against the accessible name;
 * - hidden elements (display:none, visibility:hidden, [hidden], aria-hidden=true) are skipped;
 * - the first match in document order wins.
 */
export const FINDER_LIB = String.raw`(() => {
  const norm = (s) => String(s == null ? '' : s).replace(/[\u200b\u00ad]/g, '').replace(/\s+/g, ' ').trim();
  const inputRole = (el) => {
    const t = (el.getAttribute('type') || 'text').toLowerCase();
    if (['button', 'submit', 'reset', 'image'].includes(t)) return 'button';
    if (t === 'checkbox') return 'checkbox';
    if (t === 'radio') return 'radio';
    if (t === 'range') return 'slider';
    if (t === 'number') return 'spinbutton';
    if (t === 'hidden') return null;
    if (t === 'file') return 'button';
    if (el.hasAttribute('list')) return 'combobox';
    if (t === 'search') return 'searchbox';
    if (['text', 'email', 'tel', 'url', 'password', ''].includes(t)) return t === 'password' ? null : 'textbox';
    return 'textbox';
  };
  const hasName = (el) => el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') || el.hasAttribute('title');
  const implicitRole = (el) => {
    const tag = el.localName;
    switch (tag) {
      case 'a': case 'area': return el.hasAttribute('href') ? 'link' : null;
      case 'button': return 'button';
      case 'input': return inputRole(el);
      case 'textarea': return 'textbox';
      case 'select': return (el.multiple || el.size > 1) ? 'listbox' : 'combobox';
      case 'option': return 'option';
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': return 'heading';
      case 'ul': case 'ol': case 'menu': return 'list';
      case 'li': return 'listitem';
      case 'nav': return 'navigation';
      case 'main': return 'main';
      case 'aside': return 'complementary';
      case 'header': return el.closest('article,aside,main,nav,section') ? null : 'banner';
      case 'footer': return el.closest('article,aside,main,nav,section') ? null : 'contentinfo';
      case 'form': return hasName(el) ? 'form' : null;
      case 'section': return hasName(el) ? 'region' : null;
      case 'article': return 'article';
      case 'dialog': return 'dialog';
      case 'img': return el.getAttribute('alt') === '' ? 'presentation' : 'img';
      case 'table': return 'table';
      case 'tr': return 'row';
      case 'td': return 'cell';
      case 'th': return 'columnheader';
      case 'progress': return 'progressbar';
      case 'fieldset': return 'group';
      case 'details': return 'group';
      case 'summary': return 'button';
      case 'p': return 'paragraph';
      case 'hr': return 'separator';
      case 'output': return 'status';
      case 'dl': return 'list';
      case 'time': return 'time';
      default: return null;
    }
  };
  const roleOf = (el) => {
    const explicit = norm(el.getAttribute('role')).split(' ')[0];
    if (explicit) return explicit === 'none' ? 'presentation' : explicit;
    return implicitRole(el);
  };
  const isHidden = (el) => {
    for (let e = el; e && e.nodeType === 1; e = e.parentElement || (e.getRootNode() && e.getRootNode().host) || null) {
      if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') return true;
      const cs = getComputedStyle(e);
      if (cs.display === 'none') return true;
      if (e === el && (cs.visibility === 'hidden' || cs.visibility === 'collapse')) return true;
    }
    return false;
  };
  const NAME_FROM_CONTENT = ['button', 'cell', 'checkbox', 'columnheader', 'gridcell', 'heading', 'link', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'radio', 'row', 'rowheader', 'switch', 'tab', 'tooltip', 'treeitem'];
  const textOf = (node, visiting) => {
    if (node.nodeType === 3) return node.textContent;
    if (node.nodeType !== 1) return '';
    const el = node;
    if (visiting.has(el)) return '';
    visiting.add(el);
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return '';
    if (['script', 'style', 'template', 'noscript'].includes(el.localName)) return '';
    const cs = getComputedStyle(el);
    if (cs.display === 'none') return '';
    const lbl = el.getAttribute('aria-label');
    if (lbl && norm(lbl)) return ' ' + lbl + ' ';
    if (el.localName === 'img') return ' ' + (el.getAttribute('alt') || '') + ' ';
    if (el.localName === 'input' || el.localName === 'textarea') {
      const t = (el.getAttribute('type') || '').toLowerCase();
      if (['button', 'submit', 'reset'].includes(t)) return ' ' + el.value + ' ';
      return ' ' + (el.value || '') + ' ';
    }
    if (el.localName === 'select') return ' ' + (el.selectedOptions[0] ? el.selectedOptions[0].textContent : '') + ' ';
    let out = '';
    const kids = el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes;
    for (const k of kids) out += textOf(k, visiting);
    const block = cs.display !== 'inline' && cs.display !== 'contents';
    return block ? ' ' + out + ' ' : out;
  };
  const byIds = (el, attr) => {
    const ids = norm(el.getAttribute(attr)).split(' ').filter(Boolean);
    const root = el.getRootNode();
    return ids.map((id) => (root.getElementById ? root.getElementById(id) : document.getElementById(id))).filter(Boolean);
  };
  const nameOf = (el) => {
    const labelledBy = byIds(el, 'aria-labelledby');
    if (labelledBy.length) {
      const n = norm(labelledBy.map((l) => textOf(l, new Set())).join(' '));
      if (n) return n;
    }
    const aria = norm(el.getAttribute('aria-label'));
    if (aria) return aria;
    const tag = el.localName;
    const role = roleOf(el);
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || tag === 'button' || tag === 'meter' || tag === 'progress' || tag === 'output') {
      const t = (el.getAttribute('type') || '').toLowerCase();
      if (tag === 'input' && ['button', 'submit', 'reset'].includes(t)) {
        return norm(el.value) || (t === 'submit' ? 'Submit' : t === 'reset' ? 'Reset' : '');
      }
      if (tag === 'input' && t === 'image') return norm(el.getAttribute('alt')) || norm(el.getAttribute('title')) || 'Submit';
      const labels = el.labels ? Array.from(el.labels) : [];
      if (labels.length) {
        const n = norm(labels.map((l) => {
          // a wrapping label's text, without the control's own value
          const seen = new Set([el]);
          return textOf(l, seen);
        }).join(' '));
        if (n) return n;
      }
      if (tag !== 'button') {
        const n = norm(el.getAttribute('title')) || norm(el.getAttribute('placeholder'));
        if (n) return n;
      }
    }
    if (tag === 'img' || tag === 'area') {
      const n = norm(el.getAttribute('alt'));
      if (n) return n;
    }
    if (tag === 'fieldset') {
      const lg = el.querySelector(':scope > legend');
      if (lg) { const n = norm(textOf(lg, new Set())); if (n) return n; }
    }
    if (tag === 'table') {
      const cap = el.querySelector(':scope > caption');
      if (cap) { const n = norm(textOf(cap, new Set())); if (n) return n; }
    }
    if (role && NAME_FROM_CONTENT.includes(role)) {
      const n = norm(textOf(el, new Set()));
      if (n) return n;
    }
    return norm(el.getAttribute('title'));
  };
  const matches = (name, spec) => {
    if (spec.re !== undefined) { const re = new RegExp(spec.re, spec.flags || ''); return re.test(name); }
    return name === norm(spec.s);
  };
  const all = (root, out) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  const candidates = (role) => all(document, []).filter((el) => roleOf(el) === role && !isHidden(el));
  const find = (role, spec) => candidates(role).find((el) => matches(nameOf(el), spec)) || null;
  const names = (role) => candidates(role).slice(0, 30).map((el) => nameOf(el));
  // file inputs are often visually hidden behind a styled label: do not require visibility
  const findFileInput = (spec) => all(document, []).find((el) => el.localName === 'input' && (el.getAttribute('type') || '').toLowerCase() === 'file' && matches(nameOf(el), spec)) || null;
  return { find, names, nameOf, roleOf, findFileInput };
})()`;

export type NameSpec = { s: string } | { re: string; flags: string };

export function nameSpec(name: string | RegExp): NameSpec {
  return typeof name === 'string' ? { s: name } : { re: name.source, flags: name.flags.replace('g', '') };
}

export function describeName(name: string | RegExp): string {
  return typeof name === 'string' ? JSON.stringify(name) : String(name);
}
