import { describe, expect, it, vi } from 'vitest';
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));
vi.mock('@/lib/send', () => ({ send: vi.fn() }));
vi.mock('@/lib/background/panel', () => ({ openPanel: vi.fn(() => new Promise(() => {})) }));
// the popup's database layer is never reached: its first render comes from the handle below
vi.mock('@/entrypoints/popup/live', () => new Promise(() => {}));
import { render } from '@testing-library/react';
import { Popup } from '@/entrypoints/popup/Popup';
import { popupFirstPaint } from '@/entrypoints/popup/first-paint';
import type { FirstRead, FirstReadHandle } from '@/lib/db/first-read';
import type { StoredHeadline } from '@/lib/db/headlines';
import { weekKey } from '@/lib/weeks';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const row = (id: number, o: Partial<StoredHeadline>): StoredHeadline =>
  ({ id, key: `k${id}`, week: weekKey(NOW), title: `Headline ${id}`, url: null, sites: ['a.example'], count: 1, firstSeenAt: NOW - id * 1000, lastSeenAt: NOW, ...o }) as StoredHeadline;

const states: [string, FirstRead][] = [
  ['an empty week', { week: weekKey(NOW), rows: [], since: 0 }],
  [
    'links, plain titles, several sites, counts, and what is new',
    {
      week: weekKey(NOW),
      rows: [
        row(1, { url: 'https://a.example/x', title: 'Model <b>X</b> & co' }),
        row(2, { url: 'javascript:alert(1)', sites: ['a.example', 'b.example'], count: 3 }),
        row(3, { sites: [], count: 2 }),
        row(4, { url: 'https://c.example/y', firstSeenAt: NOW - 90_000_000 }),
      ],
      since: NOW - 50_000,
    },
  ],
  ['nothing new since last opened', { week: weekKey(NOW), rows: [row(1, {}), row(2, { url: 'https://b.example/' })], since: NOW }],
];

describe('the popup’s plain first paint', () => {
  it.each(states)('builds exactly the elements of Popup’s first render: %s', (_name, read) => {
    const first: FirstReadHandle = { promise: Promise.resolve(read), value: read };
    const { container } = render(<Popup now={NOW} first={first} />);
    const plain = popupFirstPaint(document, read);
    // isEqualNode: same elements, attributes, text nodes, in the same order
    expect(plain.isEqualNode(container.firstElementChild), `${plain.outerHTML}\n!=\n${container.innerHTML}`).toBe(true);
  });

  it('renders page text as text', () => {
    const plain = popupFirstPaint(document, states[1][1]);
    expect(plain.querySelector('b')).toBeNull();
    expect(plain.querySelectorAll('a').length).toBe(2); // javascript: is no link
    expect(plain.textContent).toContain('Model <b>X</b> & co');
  });
});
