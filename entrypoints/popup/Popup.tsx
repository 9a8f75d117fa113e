import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { openPanel } from '../../lib/background/panel';
import { send } from '../../lib/send';
import type { LedeDB } from '../../lib/db/schema';
import { startFirstRead, FIRST_READ_DB_NAME, type FirstRead, type FirstReadHandle } from '../../lib/db/first-read';
import { safeHttpUrl } from '../../lib/url';
import { makeT } from '../../lib/i18n';
import { weekKey } from '../../lib/weeks';
import { WeekHeadlines, type HeadlinesLive } from '../../components/headlines/WeekHeadlines';
import { headlinesMessages } from '../../components/headlines/messages';

const t = makeT(headlinesMessages);

type Live = typeof import('./live');

interface ActiveTab {
  id?: number;
  windowId?: number;
  url?: string;
}

export interface PopupProps {
  /** The database (default: the extension's, lib/db getDb(), loaded after the first render). */
  db?: LedeDB;
  /** For tests: the instant that decides "this week" and is stored as "last opened". */
  now?: number;
  /** The first read, started before React loaded (main.ts); without it the popup starts it. */
  first?: FirstReadHandle;
}

/**
 * The toolbar popup: this week's headlines, save the current page, open the side panel.
 *
 * The first render needs no Dexie: this week's headlines and when the popup was last opened come
 * from one plain IndexedDB read (lib/db/first-read.ts). Once that is shown, ./live.tsx (Dexie, live
 * queries, the week switcher, the digest) is loaded and takes over.
 */
export function Popup({ db, now, first: given }: PopupProps) {
  const [first] = useState(() => given ?? startFirstRead(weekKey(now ?? Date.now()), db?.name ?? FIRST_READ_DB_NAME));
  // undefined while reading; null when the plain read failed (Dexie then reads everything)
  const [read, setRead] = useState<FirstRead | null | undefined>(first.value);
  const [live, setLive] = useState<Live | null>(null);
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [since, setSince] = useState<number | null>(read ? read.since : null);

  useEffect(() => {
    if (read !== undefined) return;
    let gone = false;
    void first.promise.then((r) => {
      if (gone) return;
      setRead(r);
      if (r) setSince(r.since);
    });
    return () => {
      gone = true;
    };
  }, [first, read]);

  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([x]) => setTab(x ? { id: x.id, windowId: x.windowId, url: x.url } : {}))
      .catch(() => setTab({}));
  }, []);

  // the database layer, once the first read has been shown (or has failed)
  const firstDone = read !== undefined;
  useEffect(() => {
    if (!firstDone) return;
    let gone = false;
    void import('./live').then((m) => {
      if (!gone) setLive(m);
    });
    return () => {
      gone = true;
    };
  }, [firstDone]);
  const store = live ? (db ?? live.getDb()) : null;

  // "last opened": read before it is set to now (what was first seen after it is new); once per popup
  const marked = useRef(false);
  useEffect(() => {
    if (!live || !store || read === undefined || marked.current) return;
    marked.current = true;
    void (async () => {
      try {
        if (read === null) {
          const prev = (await store.settings.get('popupLastOpenedAt'))?.value;
          setSince(typeof prev === 'number' && Number.isFinite(prev) ? prev : 0);
        }
        await live.updateSettings(store, { popupLastOpenedAt: now ?? Date.now() });
      } catch {
        if (read === null) setSince(0);
      }
    })();
  }, [live, store, read, now]);

  const headlinesLive = useMemo<HeadlinesLive | null>(
    () => (live && store ? { db: store, LiveWeek: live.LiveWeek, WeekSwitcher: live.WeekSwitcher, DigestButtons: live.DigestButtons } : null),
    [live, store],
  );

  const savable = tab?.id !== undefined && (tab.url === undefined || safeHttpUrl(tab.url) !== null);

  return (
    <main className="popup">
      <div className="popup-actions">
        <button
          type="button"
          className="primary"
          // No await before openPanel: both browsers need the click's user gesture.
          onClick={() => {
            openPanel(tab?.windowId).then(
              () => window.close(),
              (e: Error) => setStatus(e.message),
            );
          }}
        >
          {t('openPanel')}
        </button>
        <button
          type="button"
          aria-pressed={saved ? 'true' : 'false'}
          disabled={!savable || saving}
          title={tab && !savable ? t('cannotSave') : undefined}
          onClick={async () => {
            if (saved || tab?.id === undefined) return;
            setSaving(true);
            setStatus(t('saving'));
            try {
              const res = await send({ type: 'save-tab', tabId: tab.id });
              setStatus(res.ok ? t('savedPage') : res.error);
            } catch (e) {
              setStatus((e as Error).message);
            } finally {
              setSaving(false);
            }
          }}
        >
          {saved ? '✓ ' : ''}
          {t('savePage')}
        </button>
      </div>
      <p role="status" className="popup-status muted">
        {status || (saved ? t('savedPage') : '')}
      </p>
      <WeekHeadlines since={since} now={now} initial={read} live={headlinesLive} />
      {live && store && tab && <live.SavedWatch db={store} tabId={tab.id} url={tab.url} onChange={setSaved} />}
    </main>
  );
}
