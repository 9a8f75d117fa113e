/** The page's own key takeaways: one item per takeaway, markers removed. */
import { scanLabels, stripLabel, following, INLINE, isLabelOnly, type Hit } from './labels';
import { squash, textOf, cleanLabel, HEADING } from './dom';

// bullets, numbers, emoji used as bullets (📌 🚀 ✨; ranges, not a property escape: cheaper), and
// "Takeaway 1:" / "Point 2." numbering
const MARK = /^\s*(?:[-–—•·*▪■◆►▸✓✔➤→○●◦✅🔹🔸👉➡▶★・▲△▷◇◎□☞]\uFE0F?|[①-⑳]|\d{1,2}[、．]|[（(]\d{1,2}[）)]|[一二三四五六七八九十][、．]|[\u2600-\u27bf\u2b50\u2b55\u{1f300}-\u{1faff}]\uFE0F?(?=\s)|\(?\d{1,2}[.)](?!\d)|\d{1,2}\/(?=\s)|\d\uFE0F?\u20E3|[a-z][.)](?=\s)|(?:[Tt]akeaway|[Pp]oint|[Ll]esson|[Ff]inding|[Kk]ey point) \d{1,2}\s*[:.)–—-])\s*/u;
const MAX_ITEMS = 30;

/** Removes a bullet or number marker and surrounding quotes. */
export function stripMarker(s: string): string {
  // (an episode's "Key moments" open with their timestamps: "03:12 Memory bandwidth …")
  return squash(s.replace(MARK, '').replace(/^\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s+(?=\p{L})/u, ''));
}

const startsUpper = (s: string) => !/^\p{Ll}/u.test(s);

/**
 * Splits a paragraph the site flattened from a list: bullets, "1. 2. 3." numbering, or " - "
 * separators when the structure says it is a list (a leading marker, or several items that each
 * start like a sentence).
 */
export function splitFlat(text: string): string[] {
  const t = squash(text.slice(0, 8000));
  if (!t) return [];
  const lead = MARK.test(t);
  // bullets
  const b = t.split(/\s*(?:[•▪■◆►▸✓✔➤●◦✅🔹🔸👉▶★]\uFE0F?)\s*|\s+[·*]\s+/u).map(stripMarker).filter(Boolean);
  if (b.length >= 2) return b;
  // CJK bullets (・ ▲) and numbering (1、 1） ①): only when the text opens with one (・ also joins names)
  if (/^[・▲]/.test(t)) {
    const a = t.split(/(?:^|\s|(?<=[。！？.!?]))[・▲]\s*/).map(stripMarker).filter(Boolean);
    if (a.length >= 2) return a;
  }
  if (/^(?:[①-⑳]|\d{1,2}[、．）]|[（(]\d{1,2}[）)])/.test(t)) {
    const a = t.split(/\s*(?:[①-⑳]|(?<![\d.,])\d{1,2}[、．）]|[（(]\d{1,2}[）)])\s*/).map(stripMarker).filter(Boolean);
    if (a.length >= 2) return a;
  }
  // arrows: only when the text opens with one ("→ a → b"; an arrow inside prose is no bullet)
  if (/^[→➡]/.test(t)) {
    const a = t.split(/\s*[→➡]\uFE0F?\s*/u).map(stripMarker).filter(Boolean);
    if (a.length >= 2) return a;
  }
  // numbering 1. … 2. … in sequence
  const nums = [...t.matchAll(/(?:^|\s)\(?(\d{1,2})[.)]\s+/g)];
  if (nums.length >= 2 && nums.every((m, i) => +m[1] === +nums[0][1] + i) && +nums[0][1] <= 1) {
    const parts: string[] = [];
    for (let i = 0; i < nums.length; i++)
      parts.push(t.slice(nums[i].index! + nums[i][0].length, i + 1 < nums.length ? nums[i + 1].index : undefined));
    return parts.map(stripMarker).filter(Boolean);
  }
  // dashes
  const d = t.replace(/^\s*[-–—]\s+/, '').split(/\s+[-–—]\s+/).map(stripMarker).filter(Boolean);
  if (d.length >= 2 && (lead || (d.length >= 3 && d.every(startsUpper)))) return d;
  // pipes, slashes: three or more parts that each start like a sentence
  for (const sep of [/\s+\|\s+/, /\s+\/\s+/]) {
    const p = t.split(sep).map(stripMarker).filter(Boolean);
    if (p.length >= 3 && p.every(startsUpper)) return p;
  }
  const sc = t.split(/;\s+/);
  if (sc.length >= 3 && sc.every(startsUpper)) return sc.map(stripMarker);
  // line breaks kept by the caller as " \n "
  return [stripMarker(t)];
}

/** Lines of a block where <br> separates them. */
function lines(el: Element): string[] {
  if (!el.querySelector('br')) return [];
  const out: string[] = [];
  let cur = '';
  let n = 0;
  for (let c = el.firstChild; c && n++ < 400; c = c.nextSibling) {
    if (c.nodeType === 1 && (c as Element).tagName === 'BR') {
      out.push(cur);
      cur = '';
    } else if (c.nodeType === 3) cur += c.nodeValue ?? '';
    else if (c.nodeType === 1) {
      if (!INLINE.test((c as Element).tagName)) return [];
      cur += ' ' + textOf(c as Element, 1000, 200) + ' ';
    }
  }
  out.push(cur);
  const l = out.map(squash).filter(Boolean);
  return l.length >= 2 ? l : [];
}

/** A list and the lists of its tag right after it (exported one item per <ul>: Notion, Google Docs). */
function itemsOfRun(list: Element): string[] {
  const li = itemsOfList(list);
  // (the next list continues this one when it is written alike: same tag and class; a table of
  // contents right after the takeaways is another list)
  const cls = list.getAttribute('class');
  for (let n = list.nextElementSibling, k = 0; n && n.tagName === list.tagName && n.getAttribute('class') === cls && k < MAX_ITEMS && li.length < MAX_ITEMS; n = n.nextElementSibling, k++)
    li.push(...itemsOfList(n));
  return li;
}

/**
 * An item's own text: a nested list under it holds its details (sub-points), not more of the item,
 * unless the item is only a wrapper of that list.
 */
function liText(li: Element): string {
  const sub = li.querySelector('ul,ol');
  if (!sub) return textOf(li, 1500, 500);
  let t = '';
  for (let n = li.firstChild, i = 0; n && i < 40; n = n.nextSibling, i++) {
    if (n.nodeType === 3) t += n.nodeValue ?? '';
    else if (n.nodeType === 1 && !/^(UL|OL)$/.test((n as Element).tagName)) t += ' ' + textOf(n as Element, 1500, 500) + ' ';
  }
  t = squash(t);
  return t || textOf(li, 1500, 500);
}

function itemsOfList(list: Element): string[] {
  const out: string[] = [];
  // a list of teasers (each item an article card: a linked heading, a picture) is not takeaways;
  // an item with a plain heading and a line of detail is
  if (list.querySelector('li article, li figure, li h2 a, li h3 a, li a h2, li a h3')) return out;
  // nor is a list whose every item is one link to another page and nothing else (headlines)
  let linksOnly = true;
  for (let li = list.firstElementChild; li && out.length < MAX_ITEMS; li = li.nextElementSibling)
    if (li.tagName === 'LI') {
      const t = stripMarker(liText(li));
      if (!t) continue;
      out.push(t);
      if (linksOnly) {
        const as = li.getElementsByTagName('a');
        linksOnly = as.length === 1 && !(as[0].getAttribute('href') ?? '#').startsWith('#') && stripMarker(textOf(as[0], 1500, 500)) === t;
      }
    }
  return linksOnly && out.length >= 2 ? [] : out;
}

/**
 * Items of a wrapper whose children are each one short block (a list written as <div>s): no text
 * of its own, at least two children, every child a DIV holding ≤ 400 characters. (<p>s in a
 * wrapper are prose: a TL;DR over two paragraphs is not a list.)
 */
function childItems(el: Element): string[] {
  const n = el.childElementCount;
  if (n < 2 || n > MAX_ITEMS || el.tagName === 'P') return [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return [];
  const out: string[] = [];
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) {
    if (k.tagName !== 'DIV') return [];
    let t = textOf(k, 500, 200);
    if (t.length > 400) return [];
    // a card's number badge (<span class="num">1</span>) is not part of the item
    const f = k.firstElementChild;
    if (f && f.nextSibling) {
      const b = textOf(f, 10, 5);
      if (b && NUMCELL.test(b) && t.startsWith(b)) t = t.slice(b.length);
    }
    if (t) out.push(stripMarker(t));
  }
  return out.length >= 2 ? out : [];
}

/** A definition list: one item per term with its description ("Price: …"). */
function itemsOfDl(dl: Element): string[] {
  const out: string[] = [];
  let term = '';
  // (HTML lets a <div> wrap each dt/dd group: its children are the group's)
  const kids: Element[] = [];
  for (let k = dl.firstElementChild; k && kids.length < 4 * MAX_ITEMS; k = k.nextElementSibling) kids.push(...(k.tagName === 'DIV' ? Array.from(k.children).slice(0, 6) : [k]));
  for (const k of kids) {
    if (out.length >= MAX_ITEMS) break;
    const t = textOf(k, 1500, 500);
    if (k.tagName === 'DT') {
      if (term) out.push(term);
      term = t;
    } else if (k.tagName === 'DD') {
      out.push(stripMarker(term ? (/[:：.!?]$/.test(term) ? `${term} ${t}` : `${term}: ${t}`) : t));
      term = '';
    }
  }
  if (term) out.push(term);
  return out.filter(Boolean);
}

/** A cell that only numbers or marks its row ("1", "#", "•"). */
const NUMCELL = /^(?:\(?\d{1,2}[.)]?|[#•·*✓✔-])$/;

/**
 * A table of takeaways: one item per body row, its cells joined ("Topic: detail"), a numbering
 * cell dropped; header rows (all <th>, or in <thead>) skipped. Bounded.
 */
function itemsOfTable(t: Element): string[] {
  const out: string[] = [];
  const rows = t.getElementsByTagName('tr');
  for (let i = 0; i < rows.length && i < 60 && out.length < MAX_ITEMS; i++) {
    const r = rows[i];
    if (r.parentElement?.tagName === 'THEAD' || r.closest('table') !== t) continue;
    const cells: string[] = [];
    let td = 0;
    for (let c = r.firstElementChild; c && cells.length < 6; c = c.nextElementSibling) {
      if (c.tagName !== 'TD' && c.tagName !== 'TH') continue;
      if (c.tagName === 'TD') td++;
      const x = textOf(c, 1000, 300);
      if (x && !NUMCELL.test(x)) cells.push(x);
    }
    if (!td || !cells.length) continue;
    const sep = cells.length === 2 && cells[0].length <= 40 && !/[.!?:：]$/.test(cells[0]) ? ': ' : ' ';
    out.push(stripMarker(cells.join(sep)));
  }
  return out;
}

/** Lines of preformatted text (<pre>, white-space: pre*): one item per non-empty line. */
function preLines(el: Element): string[] {
  if (el.tagName !== 'PRE' && !/white-space\s*:\s*pre/i.test(el.getAttribute('style') ?? '')) return [];
  const l = (el.textContent ?? '').slice(0, 6000).split(/\n+/).map(stripMarker).filter(Boolean);
  return l.length >= 2 && l.length <= MAX_ITEMS ? l : [];
}

function itemsOfBlock(el: Element, kind?: Hit['kind']): string[] {
  if (/^(UL|OL)$/.test(el.tagName)) return itemsOfList(el);
  const pl = preLines(el);
  if (pl.length) return pl;
  if (el.tagName === 'TABLE') return itemsOfTable(el);
  if (el.tagName === 'DL') return itemsOfDl(el);
  const kids = kind === 'tldr' ? [] : childItems(el);
  if (kids.length) return kids;
  // its lines, one item each; (a label line over one line of "•"-joined items is a flattened list)
  const l = lines(el)
    .map((s) => stripMarker(kind ? stripLabel(kind, s) : s))
    .filter(Boolean);
  if (l.length > 1) return l;
  let t = textOf(el, 6000, 2000);
  if (kind) t = stripLabel(kind, t);
  return splitFlat(t);
}

const startsMarked = (t: string) => MARK.test(t);
/** A paragraph of two or more lines (<br>) that each open with a bullet. */
function bulleted(p: Element): boolean {
  const l = lines(p);
  return l.length >= 2 && l.every(startsMarked);
}

/** The paragraphs of a wrapper made only of 2–30 short paragraphs (no text of its own), else null. */
function wrapperKids(el: Element): Element[] | null {
  if (!/^(DIV|SECTION|BLOCKQUOTE|ASIDE)$/.test(el.tagName)) return null;
  const n = el.childElementCount;
  if (n < 2 || n > MAX_ITEMS) return null;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return null;
  const kids: Element[] = [];
  for (let k = el.firstElementChild; k; k = k.nextElementSibling) {
    if (k.tagName !== 'P' || textOf(k, 400, 100).length > 300) return null;
    kids.push(k);
  }
  return kids;
}

/** Is a paragraph's whole text one bold run (<p><strong>…</strong></p>)? */
function allBold(el: Element): boolean {
  const f = el.firstElementChild;
  if (!f || (f.tagName !== 'STRONG' && f.tagName !== 'B') || f.nextElementSibling) return false;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n !== f && n.nodeType === 3 && (n.nodeValue ?? '').trim()) return false;
  return true;
}

/** Does a paragraph open with a bold lead-in ("<strong>Less glue code:</strong> …")? */
function leadBold(el: Element): boolean {
  if (el.tagName !== 'P' && el.tagName !== 'DIV') return false;
  for (let n = el.firstChild, i = 0; n && i < 4; n = n.nextSibling, i++) {
    if (n.nodeType === 3) {
      if ((n.nodeValue ?? '').trim()) return false;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const t = (n as Element).tagName;
    if (t !== 'STRONG' && t !== 'B') return false;
    const b = textOf(n as Element, 100, 20);
    return !!b && b.length <= 80 && !!n.nextSibling;
  }
  return false;
}

/**
 * Items from the blocks that follow a label: the first list; or a paragraph the site flattened;
 * or a run of paragraphs that each start with a marker, or are short.
 */
/**
 * `prose` false (a label that may also name a TL;DR, "At a glance", "요약"): an unmarked paragraph
 * under it is the TL;DR, not a one-item list, unless it introduces a list ("…:").
 */
function fromBlocks(blocks: Element[], prose = true): string[] {
  const il = prose ? null : introThenList(blocks.slice(0, 4));
  if (il) return itemsOfRun(il);
  const paras: string[] = [];
  let first: Element | null = null;
  let marked = false;
  // items that each open with a bold lead-in: the run goes on, whatever their length, while they do
  let bold = false;
  let whole = false;
  for (const s of blocks) {
    // a table right under the label (a block editor wraps it in a <figure>): one item per row
    const table = s.tagName === 'TABLE' ? s : s.tagName === 'FIGURE' ? s.querySelector('table') : null;
    if (table && !paras.length) return itemsOfTable(table);
    // a picture or chart between the label and its list is not an item
    if (/^(FIGURE|PICTURE|IMG)$/.test(s.tagName)) continue;
    const list = /^(UL|OL)$/.test(s.tagName) ? s : null;
    // an intro line ("Here is what we know:", "Three points stand out.") before the list is not an item
    if (list) {
      if (!paras.length || (paras.length === 1 && !marked)) {
        const li = itemsOfRun(list);
        if (li.length >= 2 || !paras.length || /[:：]$/.test(paras[0])) return li;
      }
      return paras;
    }
    const inner = s.tagName === 'DL' ? null : s.querySelector('ul,ol');
    // a wrapper of the list (and at most an intro line before it)
    if (inner && !paras.length) {
      const whole = textOf(s, 3000, 800).length;
      const own = textOf(inner, 3000, 800).length;
      if (whole <= own + 40) return itemsOfList(inner);
      const intro = s.firstElementChild;
      if (intro && intro !== inner && intro.nextElementSibling === inner && intro.tagName === 'P' && whole <= own + 300) return itemsOfList(inner);
    }
    if (!paras.length) {
      // a wrapper of short paragraphs (<div><p>…</p><p>…</p></div>): its paragraphs are the blocks
      const kids = wrapperKids(s);
      if (kids) {
        const inner = fromBlocks(kids, prose);
        if (inner.length > 1) return inner;
      }
      const items = itemsOfBlock(s);
      if (items.length > 1) return items;
      if (!items.length) continue;
      const t = textOf(s, 600, 300);
      marked = startsMarked(t);
      bold = !marked && leadBold(s);
      whole = !marked && !bold && allBold(s);
      first = s;
      if (!prose && !marked && !/[:：]$/.test(items[0])) return [];
      paras.push(items[0]);
      if (t.length > 300 && !bold) break;
      continue;
    }
    const t = textOf(s, 600, 300);
    if (!t) continue;
    if (bold ? !leadBold(s) : marked ? !startsMarked(t) : t.length > 200 || startsMarked(t)) break;
    // items set wholly in bold end at the first line that is not (a closing note, a sign-off)
    if (whole && !allBold(s)) break;
    // a list written as blocks: its items share their tag and class
    if (!marked && !bold && first && (s.tagName !== first.tagName || s.getAttribute('class') !== first.getAttribute('class'))) break;
    if (paras.length >= MAX_ITEMS) break;
    paras.push(stripMarker(textOf(s, 1500, 500)));
  }
  return paras;
}

/**
 * The list a labelled block (not a paragraph) is made of: <blockquote><p><b>Key points:</b></p><ul>…</ul>:
 * its first list, when the list holds most of the block's text.
 */
export function listIn(el: Element): Element | null {
  if (el.tagName === 'P' || /^(UL|OL)$/.test(el.tagName)) return null;
  const l = el.querySelector('ul,ol');
  if (!l) return null;
  return textOf(l, 3000, 800).length + 80 >= textOf(el, 3000, 800).length ? l : null;
}


/** Items of an element and its following siblings of the same tag and class (≥ 2, else []). */
function classRun(el: Element): string[] {
  const cls = el.getAttribute('class');
  if (!cls || /^(UL|OL|TABLE|DL)$/.test(el.tagName) || el.querySelector('ul,ol,table')) return [];
  const out: string[] = [];
  for (let s: Element | null = el; s && out.length < MAX_ITEMS; s = s.nextElementSibling) {
    if (s.tagName !== el.tagName || s.getAttribute('class') !== cls) break;
    const t = textOf(s, 600, 200);
    if (t.length > 500) return [];
    if (t) out.push(stripMarker(t));
  }
  return out.length > 1 ? out : [];
}

/**
 * Items written as sub-heading + short paragraph pairs under a heading label (<h2>Key points</h2>
 * <h3>Scale</h3><p>…</p><h3>Platforms</h3><p>…</p>): one item per pair, "Heading text".
 */
function headPairs(label: Element): string[] {
  if (!HEADING.test(label.tagName)) return [];
  const blocks = following(label, 2 * MAX_ITEMS, true);
  if (blocks.length < 4 || !HEADING.test(blocks[0].tagName)) return [];
  const sub = blocks[0].tagName;
  const out: string[] = [];
  for (let i = 0; i + 1 < blocks.length; i += 2) {
    const [hd, p] = [blocks[i], blocks[i + 1]];
    if (hd.tagName !== sub || p.tagName !== 'P') break;
    const a = textOf(hd, 200, 40);
    const b = textOf(p, 400, 100);
    if (!a || !b || a.length > 80 || b.length > 300) return [];
    out.push(a, b);
  }
  if (out.length < 4) return [];
  // numbered headings ("1. Only new batteries need a passport") are the takeaways, their paragraphs
  // the detail; a topic word ("Scale") reads only with its paragraph
  const heads = out.filter((_, i) => i % 2 === 0);
  if (heads.every((h) => startsMarked(h))) return heads.map(stripMarker);
  return heads.map((h, i) => `${h} ${out[2 * i + 1]}`);
}

function fromHit(h: Hit): string[] {
  // a table's caption names its rows
  if (h.el.tagName === 'CAPTION' && h.el.parentElement?.tagName === 'TABLE') return itemsOfTable(h.el.parentElement);
  if (h.mode === 'head') {
    const pairs = headPairs(h.el);
    if (pairs.length) return pairs;
    return fromBlocks(following(h.el, 15), !h.amb);
  }
  if (h.mode === 'lead') {
    // a quote or box that opens with the label and holds the list: the list
    const inner = listIn(h.el);
    if (inner) return itemsOfList(inner);
    if (titleLine(h)) return fromBlocks(following(h.el, 15), !h.amb);
    const items = itemsOfBlock(h.el, h.kind);
    return items.length ? items : fromBlocks(following(h.el, 15), !h.amb);
  }
  // box: a run of sibling boxes of one class (<div class="takeaway">…</div> ×3) is one item each
  const run = classRun(h.el);
  if (run.length > 1) return run;
  // its list, else its paragraphs (without the label)
  const list = /^(UL|OL)$/.test(h.el.tagName) ? h.el : h.el.querySelector('ul,ol');
  if (list) return list === h.el ? itemsOfList(list) : itemsOfRun(list);
  const table = h.el.tagName === 'TABLE' ? h.el : h.el.querySelector('table');
  if (table) return itemsOfTable(table);
  // a box of lines (<strong>Key takeaways</strong><br>a<br>b): its lines, without the label
  if (lines(h.el).length) return itemsOfBlock(h.el, h.kind);
  // (the box's own label, a heading or a short label element, is not an item)
  const kids = [...h.el.children].slice(0, 40).filter((c) => !HEADING.test(c.tagName) && !isLabelOnly(c));
  if (kids.length > 1 || (kids.length === 1 && h.el.childElementCount > 1)) return fromBlocks(kids).map((s) => stripLabel(h.kind, s)).filter(Boolean);
  return itemsOfBlock(h.el, h.kind);
}

/** The list under a summary label, when it is one (a list, or a paragraph flattened from one). */
/**
 * The list after an intro line under a label ("At a glance" / "Three things stand out." / <ul>):
 * the first block is a short paragraph (≤ 60 characters, or ending with a colon) and the next a list.
 */
export function introThenList(blocks: Element[]): Element | null {
  const [a, b] = blocks.filter((e) => textOf(e, 10, 20));
  if (!a || !b || a.tagName !== 'P' || !/^(UL|OL)$/.test(b.tagName)) return null;
  const t = textOf(a, 200, 40);
  return t.length <= 60 || (t.length <= 160 && /[:：]$/.test(t)) ? b : null;
}

/**
 * A box's title line: the label and a badge after it ("핵심 요약 · AI 요약", "Resumo gerado por IA"),
 * no item of its own; the box's items follow it.
 */
function titleLine(h: Hit): boolean {
  return h.mode === 'lead' && h.el.tagName === 'DIV' && !h.el.querySelector('p,ul,ol,li,br') && stripLabel(h.kind, textOf(h.el, 100, 20)).length < 25;
}

function listOf(h: Hit): string[] {
  let b: Element | null | undefined = h.el;
  const title = titleLine(h);
  if (h.mode === 'head' || title) {
    const f = following(h.el, 4).filter((e) => textOf(e, 10, 20));
    // "Summary", a paragraph, a list, and the next section: the paragraph is the TL;DR, the list the takeaways
    const proseThenList = h.mode === 'head' && f[0]?.tagName === 'P' && /^(UL|OL)$/.test(f[1]?.tagName ?? '') && (!f[2] || HEADING.test(f[2].tagName)) ? f[1] : null;
    b = introThenList(f) ?? proseThenList ?? f[0];
    // (a summary box's cards under its title line: one item each)
    const cards = title && b && !/^(UL|OL)$/.test(b.tagName) ? childItems(b) : [];
    if (cards.length) return cards;
  }
  // (a box without a list may write its items as bulleted lines: "✅ …<br>✅ …")
  else if (h.mode === 'box') b = /^(UL|OL)$/.test(h.el.tagName) ? h.el : h.el.querySelector('ul,ol') ?? [...h.el.getElementsByTagName('p')].slice(0, 6).find((p) => bulleted(p));
  if (!b) return [];
  if (h.mode === 'lead') b = listIn(b) ?? b;
  if (/^(UL|OL)$/.test(b.tagName)) return itemsOfList(b);
  // sentences on lines of their own (<br>) under a summary label are its prose, unless bulleted
  const l = lines(b);
  if (l.length && !l.every(startsMarked)) return [];
  return itemsOfBlock(b, h.kind);
}

const BARE = /^(?:(?:the|our) )?(?:findings|conclusions|insights|messages|lessons)$/;
const ISSUE = /^\W*in (?:today['’]s|this) (?:issue|edition|newsletter)/i;

export function extractTakeaways(doc: Document): string[] {
  const all = scanLabels(doc);
  const hits = all.filter((h) => h.kind === 'takeaways');
  // takeaways labels first; then summary labels ("TL;DR", "Summary") when they hold a list
  const order = [
    ...hits.filter((h) => !h.amb && h.mode !== 'box'),
    ...hits.filter((h) => h.mode === 'box'),
    ...hits.filter((h) => h.amb),
    // (an "In today's issue" list is the issue's contents, not its takeaways)
    ...all.filter((h) => h.kind === 'tldr' && !h.amb && !ISSUE.test(textOf(h.el, 60, 20))),
  ];
  for (const h of order) {
    const seen = new Set<string>();
    // a report's plain section heading ("Findings", "Conclusions") names takeaways only over a list
    const bare = h.mode === 'head' && BARE.test(cleanLabel(textOf(h.el, 60, 20)).toLowerCase());
    const items = (h.kind === 'tldr' || bare ? listOf(h) : fromHit(h))
      .map((s) => s.replace(/^["“](.*)["”]$/, '$1').trim())
      .filter((s) => s.length >= 2 && !seen.has(s.toLowerCase()) && !!seen.add(s.toLowerCase()))
      .slice(0, MAX_ITEMS);
    // one item is no list: a takeaways label over a single paragraph of prose
    if (items.length > 1) return items;
  }
  return leadIns(hits);
}

// the Axios manner: a bold lead-in that gives the story's point in the paragraph it opens
const POINT = /^(?:why (?:it|this) matters|(?:the )?(?:key|big|main) takeaway|the takeaway|warum (?:das|es) wichtig ist|pourquoi c['’]est important|por qu[ée] (?:importa|es importante)|perch[ée] è importante|por que (?:isso )?importa|почему это важно)(?![\p{L}])/u;

/**
 * With no takeaways list, the paragraphs that open with a bold "Why it matters:" are the page's
 * takeaways, one item each (one per story in a newsletter). A heading over prose is not one of them.
 */
function leadIns(hits: Hit[]): string[] {
  const out: string[] = [];
  for (const h of hits) {
    if (h.mode !== 'lead' || !leadBold(h.el) || !POINT.test(textOf(h.el, 60, 20).toLowerCase())) continue;
    const t = stripLabel('takeaways', textOf(h.el, 2000, 400));
    if (t.length >= 20 && !out.includes(t)) out.push(t);
    if (out.length === MAX_ITEMS) break;
  }
  return out;
}
