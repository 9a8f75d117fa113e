/**
 * HeadlinesList (HeadlinesList.tsx) as plain DOM, for the popup's first paint before React has
 * loaded (entrypoints/popup/first-paint.ts). It must build exactly the elements React builds:
 * tests/components/first-paint.test.tsx compares the two for every state the list can be in.
 * Titles, sites and URLs are page-derived: set as text and checked attributes only.
 */
import { makeT } from '../../lib/i18n';
import { safeHttpUrl } from '../../lib/url';
import type { StoredHeadline } from '../../lib/db/headlines';
import { headlinesMessages } from './messages';

const t = makeT(headlinesMessages);

type Child = Node | string | null | false | undefined;

/** A small hyperscript: element, attributes (null skips), children (text as text nodes). */
export function h(doc: Document, tag: string, attrs: Record<string, string | null>, ...children: Child[]): HTMLElement {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null) el.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== false && c !== undefined && c !== '') el.append(c);
  return el;
}

function item(doc: Document, row: StoredHeadline, isNew: boolean): HTMLElement {
  const href = safeHttpUrl(row.url);
  const title = href
    ? h(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, row.title, h(doc, 'span', { class: 'visually-hidden' }, ' ', t('opensInNewTab')))
    : row.title;
  return h(
    doc,
    'li',
    { class: isNew ? 'hl-item is-new' : 'hl-item' },
    h(doc, 'span', { class: 'hl-title' }, title, isNew && ' ', isNew && h(doc, 'mark', { class: 'hl-new' }, t('new'))),
    h(doc, 'span', { class: 'hl-meta muted' }, row.sites.join(', '), row.sites.length ? ' · ' : '', row.count > 1 ? t('seenTimes', { n: row.count }) : t('seenOnce')),
  );
}

/** The list of one week, as HeadlinesList renders it once its rows are known. */
export function headlinesListDom(doc: Document, p: { rows: StoredHeadline[]; since: number | null; heading: string; headingId: string; current: boolean }): HTMLElement {
  const { rows, since, heading, headingId, current } = p;
  const fresh = since === null ? 0 : rows.filter((r) => r.firstSeenAt > since).length;
  const empty =
    rows.length === 0 &&
    (current
      ? h(doc, 'div', { class: 'hl-empty' }, h(doc, 'p', {}, h(doc, 'strong', {}, t('emptyThisWeek'))), h(doc, 'p', { class: 'muted' }, t('emptyHow')))
      : h(doc, 'p', { class: 'hl-empty muted' }, t('emptyEarlier')));
  return h(
    doc,
    'section',
    { class: 'hl', 'aria-busy': 'false' },
    h(doc, 'h2', { id: headingId, class: 'hl-heading' }, heading),
    fresh > 0 && h(doc, 'p', { class: 'hl-fresh muted' }, t('newCount', { n: fresh })),
    h(doc, 'ul', { 'aria-labelledby': headingId, class: 'hl-list' }, ...rows.map((r) => item(doc, r, since !== null && r.firstSeenAt > since))),
    empty,
  );
}
