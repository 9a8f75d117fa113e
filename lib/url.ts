/** URL helpers shared by extraction, storage and import: one place decides what a safe link is. */

const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'igshid', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id',
  'vero_conv', 'wickedid', 'rb_clickid', 's_cid', 'ref_src', 'ref_url', 'cmpid', 'sr_share',
  '__twitter_impression', 'spm', 'share', 'si', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
  'ncid', 'icid', 'ito', 'smid', 'cid',
]);

function isTrackingParam(name: string, value: string): boolean {
  const n = name.toLowerCase();
  // "cid" tags a campaign ("cid=soc_tw_ai") on most sites, but a long number is a page's content id
  // (INE's "operacion.htm?c=…&cid=1254736176754"): dropping it would break the link
  if (n === 'cid' && /^\d{6,}$/.test(value)) return false;
  return n.startsWith('utm_') || n.startsWith('pk_') || n.startsWith('mtm_') || TRACKING_PARAMS.has(n);
}

/**
 * Resolves `href` against `base` and returns it only if it is an http(s) URL; `javascript:`,
 * `data:`, `vbscript:`, `file:` and anything unparsable give null.
 */
export function safeHttpUrl(href: string | null | undefined, base?: string): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed) return null;
  let u: URL;
  try {
    u = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return u.href;
}

/** An http(s) URL with tracking parameters removed (the fragment is kept). */
export function cleanUrl(href: string | null | undefined, base?: string): string | null {
  const safe = safeHttpUrl(href, base);
  if (!safe) return null;
  const u = new URL(safe);
  const keep = [...u.searchParams].filter(([k, v]) => !isTrackingParam(k, v));
  if (keep.length !== [...u.searchParams].length) {
    u.search = '';
    for (const [k, v] of keep) u.searchParams.append(k, v);
  }
  return u.href;
}

/**
 * The identity of a page, for storage keys and deduplication: clean, without fragment, host
 * lower-cased, default port and trailing slash dropped. Two URLs a reader would call "the same
 * article" compare equal.
 */
export function normalizeUrl(href: string | null | undefined, base?: string): string | null {
  const clean = cleanUrl(href, base);
  if (!clean) return null;
  const u = new URL(clean);
  u.hash = '';
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.replace(/\/+$/, '');
  return u.href;
}

/** The host without a leading "www.", for showing where a link goes. */
export function displayDomain(href: string): string {
  try {
    return new URL(href).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
