/** The page's own TL;DR: a labelled summary (heading, bold lead-in, callout, div.tldr), plain text. */
import { scanLabels, stripLabel, following, isLabelOnly, CALLOUT, type Hit } from './labels';
import { attrs, textOf, unquote, squash } from './dom';
import { introThenList, listIn, splitFlat } from './takeaways';

const MAX = 2000;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

function clean(t: string): string {
  return dropTail(squash(unquote(squash(t).replace(/^[\s>:：\-–—|]+/, ''))));
}

/**
 * A line about the summary, not of it: an AI-summary disclaimer ("This summary was generated with
 * the help of AI…"), "Learn how we use AI", "Was this summary helpful?".
 */
const ABOUT =
  /^(?:(?:this|the|our) (?:summary|recap|overview|tl;?dr|article summary)(?: above)? (?:was|is|has been|were) (?:\w+ )?(?:generated|created|written|produced|drafted|summari[sz]ed)|(?:ai|machine)[- ]generated\b|(?:generated|created|written|produced|summari[sz]ed) (?:by|with|using) (?:the help of )?(?:ai|an? (?:ai|llm|language model|ai tool))\b|learn (?:more|how)\b|was this (?:summary )?(?:helpful|useful)|(?:read|see) (?:our|how we)\b)/i;

/** Removes trailing sentences that speak about the summary (at most three). */
function dropTail(t: string): string {
  if (t.length < 40) return t;
  const parts = t.match(/[^.!?。]+(?:[.!?。]+|$)/g);
  if (!parts || parts.length < 2) return t;
  let n = parts.length;
  while (n > 1 && parts.length - n < 3 && ABOUT.test(parts[n - 1].trim())) n--;
  return n === parts.length ? t : squash(parts.slice(0, n).join(''));
}

/** The same in other languages ("※ 이 요약은 AI가 … 생성했습니다", "この要約はAIが…"). */
const ABOUT_INTL = /^\W*(?:이 요약은|この要約は|本摘要由|此摘要由|以上(?:の)?要約は|diese zusammenfassung wurde|ce résumé a été|este resumen (?:fue|ha sido)|este resumo foi|questo riassunto è stato|это резюме)|(?:KI|IA|AI)[- ]?(?:generiert|générée?|generado|gerado|generato|가 (?:\S+ )*생성)|AI(?:が|により|によって)(?:\S*)?(?:生成|作成)|由\s?AI\s?生成/i;

/** A line of a summary box about the summary (its disclaimer, notice, feedback), by class or wording. */
function aboutBlock(b: Element): boolean {
  if (/disclaimer|feedback|footnote|notice/.test(attrs(b))) return true;
  const t = textOf(b, 120, 20);
  return ABOUT.test(t) || ABOUT_INTL.test(t);
}



/** Text of one content block; a list becomes its items joined. */
function blockText(el: Element): string {
  return textOf(el, MAX, 2000);
}

const LISTY = /^(UL|OL|DL|TABLE|FIGURE)$/;

/**
 * A summary box's prose: its text without the lists, tables and figures inside it (a box holding a
 * TL;DR paragraph and a list of takeaways: the list is the takeaways').
 */
function proseText(el: Element, depth = 0): string {
  // (a quote's label at its foot, <cite>まとめ</cite>, is not its text)
  const last = el.lastElementChild;
  const cap = last && /^(CITE|FIGCAPTION)$/.test(last.tagName) && isLabelOnly(last) ? last : null;
  if (!cap && !el.querySelector('ul,ol,dl,table,figure')) return blockText(el);
  const out: string[] = [];
  for (let n = el.firstChild, i = 0; n && i < 40; n = n.nextSibling, i++) {
    if (n === cap) continue;
    if (n.nodeType === 3) out.push(n.nodeValue ?? '');
    // (nor its disclaimer line, nor its title when that names the list: "Key points by AI")
    else if (n.nodeType === 1 && !LISTY.test((n as Element).tagName) && !aboutBlock(n as Element) && !(n === el.firstElementChild && isLabelOnly(n as Element)))
      // (a wrapper inside the box is read the same way, a few levels down)
      out.push(' ' + (depth < 3 && /^(DIV|SECTION)$/.test((n as Element).tagName) ? proseText(n as Element, depth + 1) : blockText(n as Element)) + ' ');
  }
  return squash(out.join(''));
}


/**
 * A summary box that writes its summary in paragraphs: those paragraphs, without the box's other
 * rows (a read time, a share button, an audio player, a "Jump to" link); null when it has none.
 */
function boxParas(el: Element): string | null {
  const ps = el.getElementsByTagName('p');
  if (!ps.length || ps.length > 6) return null;
  const out: string[] = [];
  for (const p of ps) if (!p.closest('ul,ol,table,figure') && !aboutBlock(p) && !isLabelOnly(p)) out.push(blockText(p));
  const t = squash(out.join(' '));
  return t.length >= 40 ? t : null;
}

/** The tag a paragraph is set wholly in (<p><em>…</em></p>: 'EM'), else ''. */
function setOff(p: Element): string {
  const f = p.firstElementChild;
  if (p.tagName !== 'P' || !f || p.childElementCount !== 1 || !/^(EM|I|STRONG|B)$/.test(f.tagName)) return '';
  return textOf(f, 1000, 200) === textOf(p, 1000, 200) ? f.tagName : '';
}

/** A small callout container (<div class="callout">) of paragraphs only, the label's own. */
function callout(p: Element): boolean {
  if (!/^(DIV|SECTION)$/.test(p.tagName) || !(p.hasAttribute('class') || p.hasAttribute('id')) || !CALLOUT.test(attrs(p))) return false;
  for (let c = p.firstElementChild; c; c = c.nextElementSibling) if (c.tagName !== 'P') return false;
  return true;
}

function fromHit(h: Hit): string {
  if (h.mode === 'lead') {
    let el = h.el;
    const p = el.parentElement;
    // a lead-in paragraph opening a quote/callout: the whole callout is the TL;DR
    if (p && p.firstElementChild === el && p.childElementCount <= 4 && (/^(BLOCKQUOTE|ASIDE)$/.test(p.tagName) || callout(p))) el = p;
    let t = stripLabel('tldr', proseText(el));
    // a lead-in paragraph set wholly in italics (or bold) goes on in the next paragraphs set alike
    const style = el.tagName === 'P' ? setOff(el) : '';
    for (let n = el.nextElementSibling, i = 0; style && n && i < 2 && setOff(n) === style && textOf(n, 200, 40).length >= 40; n = n.nextElementSibling, i++) t += ' ' + blockText(n);
    return t;
  }
  // (a box titled for its list, "Key takeaways · AI-generated", leaves only its badge: too short to be one)
  if (h.mode === 'box') return stripLabel('takeaways', stripLabel('tldr', boxParas(h.el) ?? proseText(h.el)));
  // the prose under the label: in a callout (a small container) all of it; in the article body the
  // first block (what follows is the article itself)
  // (a picture or chart between the label and its text is not the summary)
  const raw = following(h.el, 8);
  const blocks = raw.filter((b) => !/^(FIGURE|PICTURE|IMG|SVG|svg|VIDEO|IFRAME)$/.test(b.tagName) && textOf(b, 20, 20) && !aboutBlock(b));
  const p = h.el.parentElement;
  const box = !!p && p.childElementCount <= 6 && !/^(ARTICLE|MAIN|BODY)$/.test(p.tagName) && p.contains(blocks[blocks.length - 1] ?? null);
  const n = box ? 6 : sectionRun(raw, h.el);
  return blocks
    .slice(0, n)
    .filter((b, i) => i === 0 || /^(P|BLOCKQUOTE)$/.test(b.tagName))
    // (a container under the label is read like a box: without its lists, its disclaimer — a collapsed
    // "AI-generated summary" whose content is a disclaimer and a list of takeaways has no TL;DR)
    .map((b) => (/^(DIV|SECTION)$/.test(b.tagName) ? proseText(b) : blockText(b)))
    .join(' ');
}

/** A divider: <hr>, or a block holding only one (<div class="divider"><hr></div>). */
function divider(b: Element): boolean {
  return b.tagName === 'HR' || (b.childElementCount === 1 && b.firstElementChild!.tagName === 'HR' && !textOf(b, 5, 5));
}

/**
 * How many paragraphs under a label in the article body are its summary: the first, or the two or
 * three short ones before a divider that sets them off from the article ("In a nutshell", two
 * paragraphs, a rule, then the article), before the next heading of the label's own rank, or that
 * end the article's text; a CMS excerpt break ("<!--more-->") after the first ends it there.
 */
function sectionRun(raw: Element[], label: Element): number {
  let k = 0;
  let len = 0;
  while (k < raw.length && k < 4 && raw[k].tagName === 'P') len += textOf(raw[k++], 900, 200).length;
  if (k < 2 || k > 3 || len > 1000) return 1;
  // the CMS's excerpt break ("<!--more-->", WordPress, HubSpot) after a paragraph ends the summary there
  for (let i = 0; i < k - 1; i++)
    for (let n = raw[i].nextSibling; n && n !== raw[i + 1]; n = n.nextSibling) if (n.nodeType === 8 && /^\s*more\s*$/i.test(n.nodeValue ?? '')) return i + 1;
  // (following() stops at a bare <hr>: then the rule is right after the last paragraph)
  const next = k < raw.length ? raw[k] : raw[k - 1].nextElementSibling;
  if (next && divider(next)) return k;
  // a summary heading's section ends at the next heading of its rank ("Executive summary", two
  // paragraphs, "Key findings"): the paragraphs between are the section
  if (/^H[2-4]$/.test(label.tagName) && next?.tagName === label.tagName) return k;
  // a summary that closes the article ("En resumen" over its last two paragraphs, after the article's
  // own): the text ends with them, each a sentence or more
  let after = raw[k - 1].nextElementSibling;
  while (after && /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|BR)$/.test(after.tagName)) after = after.nextElementSibling;
  let before = label.previousElementSibling;
  for (let i = 0; before && i < 3 && before.tagName !== 'P'; i++) before = before.previousElementSibling;
  const closes = !after && k === raw.length && before?.tagName === 'P' && raw.slice(0, k).every((b) => textOf(b, 200, 40).length >= 40);
  return closes ? k : 1;
}

export function extractTldr(doc: Document): string | null {
  const hits = scanLabels(doc).filter((h) => h.kind === 'tldr');
  // labelled sections first, then containers marked tldr, then other summary containers
  // (a label that names only a summary before one that may name either: "The bottom line:" over "The
  // big picture:")
  const order = [
    ...hits.filter((h) => h.mode !== 'box' && !h.amb),
    ...hits.filter((h) => h.mode !== 'box' && h.amb),
    ...hits.filter((h) => h.mode === 'box' && /tl-?;?_?dr/.test(h.el.className + h.el.id)),
    ...hits.filter((h) => h.mode === 'box'),
  ];
  for (const h of order) {
    // a summary box's parts named like it ("summary-box__disclaimer") are not summaries
    if (h.mode === 'box' && aboutBlock(h.el)) continue;
    // Axios's "The big picture:" opening a paragraph is one of its body's lead-ins (context, like
    // "Driving the news:"); as a heading or a box it heads a summary
    if (h.mode === 'lead' && /^\W*the big picture\b/i.test(textOf(h.el, 40, 10))) continue;
    // and the reverse: "What happened:" opening a paragraph sums up the news; a heading "What happened"
    // opens a postmortem's first section
    if (h.mode === 'head' && /^\W*what happened\W*$/i.test(textOf(h.el, 40, 10))) continue;
    const t = clean(fromHit(h));
    // (CJK text says more per character: a 10-character summary is one)
    if (t.length < (CJK.test(t.slice(0, 40)) ? 10 : 20) || t.length > MAX) continue;
    // a summary label over a list names the takeaways, not a TL;DR
    if (splitFlat(t).length > 1 || listy(h)) continue;
    return t;
  }
  return null;
}

function listy(h: Hit): boolean {
  if (h.mode === 'box') return /^(UL|OL|DL)$/.test(h.el.tagName) || (!!h.el.querySelector('ul,ol,dl') && !h.el.querySelector('p'));
  if (h.mode === 'lead') return !!listIn(h.el) && proseText(h.el).length < 20 + 30;
  const f = following(h.el, 4);
  if (introThenList(f)) return true;
  const b = f.find((e) => textOf(e, 10, 20));
  return !!b && (/^(UL|OL|DL)$/.test(b.tagName) || (!!b.querySelector('ul,ol,dl') && !b.querySelector('p')));
}
