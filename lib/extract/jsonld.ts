/**
 * JSON-LD: every `<script type="application/ld+json">` block parsed safely and flattened into a
 * list of nodes. Handles top-level arrays, `@graph`, `@type` arrays and nested `mainEntity` /
 * `mainEntityOfPage` nodes. Malformed blocks are skipped (with
 * one retry after stripping control characters and trailing commas, which real sites emit);
 * blocks over MAX_BLOCK characters and anything past MAX_BLOCKS / MAX_NODES are ignored, so a
 * hostile page cannot make this slow.
 */
import { memo } from './text';

export type LdNode = Record<string, unknown>;

const MAX_BLOCKS = 20;
const MAX_BLOCK = 300_000;
const MAX_NODES = 300;
// List members (itemListElement, hasPart) are not followed: articles listed on a page are teasers.
const NESTED = ['mainEntity', 'mainEntityOfPage'];

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Raw newlines/tabs inside strings and trailing commas are the common breakages.
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

/** All JSON-LD nodes of the page, breadth first (top-level nodes before nested ones). */
export const jsonLdNodes = memo('ld', (doc: Document): LdNode[] => {
  const out: LdNode[] = [];
  const scripts = doc.getElementsByTagName('script');
  const queue: unknown[] = [];
  for (let i = 0, n = 0; i < scripts.length && i < 500 && n < MAX_BLOCKS; i++) {
    if (!/ld\+json/i.test(scripts[i].getAttribute('type') ?? '')) continue;
    n++;
    const text = scripts[i].textContent ?? '';
    if (text.length > MAX_BLOCK) continue;
    // Some sites wrap the JSON in a comment or CDATA section.
    const data = parse(text.replace(/^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)|(?:\/\/\s*)?(?:-->|\]\]>)\s*$/g, ''));
    if (data !== undefined) queue.push(data);
  }
  const seen = new Set<unknown>();
  for (let i = 0; i < queue.length && out.length < MAX_NODES && i < 5_000; i++) {
    const v = queue[i];
    if (!v || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 200)) queue.push(x);
      continue;
    }
    const node = v as LdNode;
    if (node['@graph']) queue.push(node['@graph']);
    if (node['@type']) out.push(node);
    for (const k of NESTED) if (node[k] && typeof node[k] === 'object') queue.push(node[k]);
  }
  return out;
});

/** The node's types without any schema.org prefix: `["NewsArticle"]`. */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

/** A plain string from a JSON-LD value: a string, a number, `{name}` / `{@value}`, or the first of an array. */
export function ldText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = ldText(x);
      if (t) return t;
    }
    return null;
  }
  if (v && typeof v === 'object') {
    const o = v as LdNode;
    return ldText(o.name ?? o['@value']);
  }
  return null;
}

/** The name of a Person node: `name`, else `givenName` + `familyName` (some CMSs give only those). */
function personName(o: LdNode): string | null {
  const n = ldText(o.name);
  if (n) return n;
  const parts = [ldText(o.givenName), ldText(o.familyName)].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

/** Person names of an author value (string, `{name}` or `{givenName, familyName}`, array of either). */
export function ldNames(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  const names: string[] = [];
  for (const x of list.slice(0, 20)) {
    const n = typeof x === 'string' ? x.trim() : x && typeof x === 'object' ? personName(x as LdNode) : null;
    if (n && !names.includes(n)) names.push(n);
  }
  return names;
}

/** Article types: Article and its subtypes (NewsArticle, TechArticle, ScholarlyArticle, ...), BlogPosting, Report. */
export const ARTICLE_TYPES = /Article$|BlogPosting$|^Report$/;

/** The first node whose type is an article type. */
export function ldArticle(nodes: LdNode[]): LdNode | null {
  return nodes.find((n) => ldTypes(n).some((t) => ARTICLE_TYPES.test(t))) ?? null;
}

/**
 * The page's <meta> values by lower-cased property / name / itemprop / http-equiv (first value
 * wins; at most 400 tags read). Lives here because detection and metadata both need it.
 */
export const metaMap = memo('meta', (doc: Document): Map<string, string> => {
  const out = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 400; i++) {
    const el = metas[i];
    const v = (el.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    if (!v) continue;
    for (const a of ['property', 'name', 'itemprop', 'http-equiv']) {
      // "property" may list several space-separated names (RDFa).
      for (const k of (el.getAttribute(a) ?? '').toLowerCase().split(/\s+/)) if (k && !out.has(k)) out.set(k, v);
    }
  }
  return out;
});
