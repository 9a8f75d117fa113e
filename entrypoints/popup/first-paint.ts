/**
 * The popup's first paint, before React has loaded: the same elements Popup.tsx renders first
 * (its buttons, this week's list from the plain IndexedDB read), built as plain DOM. React, loaded a
 * frame later, replaces it in one task (main.ts, app.ts). Loading and compiling React was most of
 * the popup's time to its first render; this paints the week as soon as the read is done.
 * tests/components/first-paint.test.tsx holds it to Popup's own first render, element for element.
 */
import { makeT } from '../../lib/i18n';
import type { FirstRead } from '../../lib/db/first-read';
import { headlinesListDom, h } from '../../components/headlines/headlines-dom';
import { headlinesMessages } from '../../components/headlines/messages';

const t = makeT(headlinesMessages);

export function popupFirstPaint(doc: Document, read: FirstRead): HTMLElement {
  return h(
    doc,
    'main',
    { class: 'popup' },
    h(
      doc,
      'div',
      { class: 'popup-actions' },
      h(doc, 'button', { type: 'button', class: 'primary' }, t('openPanel')),
      // disabled until the active tab is known, as in Popup
      h(doc, 'button', { type: 'button', 'aria-pressed': 'false', disabled: '' }, t('savePage')),
    ),
    h(doc, 'p', { role: 'status', class: 'popup-status muted' }),
    h(doc, 'div', { class: 'hl-week' }, headlinesListDom(doc, { rows: read.rows, since: read.since, heading: t('thisWeek'), headingId: 'headlines-heading', current: true })),
  );
}
