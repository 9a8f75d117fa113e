import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { openPanel } from '../../lib/background/panel';
import { send } from '../../lib/send';
import { getDb } from '../../lib/db';
import type { LedeDB } from '../../lib/db/schema';
import { updateSettings } from '../../lib/db/settings';
import { normalizeUrl, safeHttpUrl } from '../../lib/url';
import { makeT } from '../../lib/i18n';
import { WeekHeadlines } from '../../components/headlines/WeekHeadlines';
import { headlinesMessages } from '../../components/headlines/messages';

const t = makeT(headlinesMessages);

interface ActiveTab {
  id?: number;
  windowId?: number;
  url?: string;
}

/**
 * When the popup was last opened, read before it is set to now: what was first seen after it is
 * new. Read once per popup.
 */
function useLastOpened(db: LedeDB, now?: number): number | null {
  const [since, setSince] = useState<number | null>(null);
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    void (async () => {
      try {
        const prev = (await db.settings.get('popupLastOpenedAt'))?.value;
        setSince(typeof prev === 'number' && Number.isFinite(prev) ? prev : 0);
        await updateSettings(db, { popupLastOpenedAt: now ?? Date.now() });
      } catch {
        setSince(0);
      }
    })();
  }, [db, now]);
  return since;
}

export interface PopupProps {
  db?: LedeDB;
  /** For tests: the instant that decides "this week" and is stored as "last opened". */
  now?: number;
}

/** The toolbar popup: this week's headlines, save the current page, open the side panel. */
export function Popup({ db = getDb(), now }: PopupProps) {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const since = useLastOpened(db, now);

  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([x]) => setTab(x ? { id: x.id, windowId: x.windowId, url: x.url } : {}))
      .catch(() => setTab({}));
  }, []);

  // saved already? (the tab's brief key, else its URL)
  const saved = useLiveQuery(async () => {
    if (tab?.id === undefined) return false;
    const row = await db.tabs.get(tab.id);
    const key = row?.key ?? normalizeUrl(tab.url);
    return key ? (await db.articles.where('key').equals(key).count()) > 0 : false;
  }, [db, tab?.id, tab?.url]);

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
      <WeekHeadlines db={db} since={since} now={now} />
    </main>
  );
}
