/** The options page: sites where Lede stays off, summary engine, retention, import/export, delete everything. */
import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import type { LedeDB } from '@/lib/db/schema';
import { getSettings, updateSettings } from '@/lib/db/settings';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { normalizeSite } from '@/lib/sites';
import { makeT } from '@/lib/i18n';
import { ImportExport } from '@/components/ImportExport';
import { optionsMessages } from './messages';
import './options.css';

const t = makeT(optionsMessages);

/**
 * The content script cannot open the database (it would be the page's), so it reads the list from
 * browser.storage.local: every change is written to both.
 */
export async function saveDisabledSites(db: LedeDB, sites: string[]): Promise<void> {
  await updateSettings(db, { disabledSites: sites });
  await browser.storage.local.set({ disabledSites: sites });
}

/** Deletes every table's rows and the storage mirror. */
export async function deleteEverything(db: LedeDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
  await browser.storage.local.clear();
}

export const MAX_RETENTION_DAYS = 3650;

export function Options() {
  const db = getDb();
  const settings = useLiveQuery(() => getSettings(db), []);

  // Keep the content script's mirror in step with the database (e.g. after an import).
  useEffect(() => {
    if (!settings) return;
    void browser.storage.local.get('disabledSites').then((got) => {
      const mirror = (got as { disabledSites?: string[] }).disabledSites ?? [];
      if (JSON.stringify(mirror) !== JSON.stringify(settings.disabledSites)) {
        void browser.storage.local.set({ disabledSites: settings.disabledSites });
      }
    });
  }, [settings?.disabledSites]);

  return (
    <main className="options">
      <h1>{t('title')}</h1>
      {settings ? (
        <>
          <DisabledSites db={db} sites={settings.disabledSites} />
          <Engine db={db} value={settings.summaryEngine} />
          <Retention db={db} days={settings.retentionDays} />
        </>
      ) : null}
      <section aria-labelledby="io-h" className="options-section">
        <h2 id="io-h">{t('importExport')}</h2>
        <ImportExport db={db} />
      </section>
      <DeleteEverything db={db} />
    </main>
  );
}

function DisabledSites({ db, sites }: { db: LedeDB; sites: string[] }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  async function add(e: React.FormEvent) {
    e.preventDefault();
    if (!draft.trim()) return;
    const site = normalizeSite(draft);
    if (!site) {
      setError(t('badSite', { site: draft.trim() }));
      return;
    }
    setError(null);
    setDraft('');
    if (!sites.includes(site)) await saveDisabledSites(db, [...sites, site].sort());
    input.current?.focus();
  }
  return (
    <section aria-labelledby="sites-h" className="options-section">
      <h2 id="sites-h">{t('sites')}</h2>
      <p className="muted">{t('sitesHelp')}</p>
      {sites.length ? (
        <ul aria-label={t('sitesList')} className="site-list">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" aria-label={t('remove', { site })} onClick={() => void saveDisabledSites(db, sites.filter((s) => s !== site))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('noSites')}</p>
      )}
      <form onSubmit={add} className="inline-form">
        <input
          ref={input}
          type="text"
          aria-label={t('addSite')}
          placeholder="example.com"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-error' : undefined}
        />
        <button type="submit">{t('add')}</button>
      </form>
      {error && (
        <p id="site-error" role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}

function Engine({ db, value }: { db: LedeDB; value: Settings['summaryEngine'] }) {
  return (
    <section aria-labelledby="engine-h" className="options-section">
      <h2 id="engine-h">{t('engine')}</h2>
      <label className="field">
        <span>{t('engineLabel')}</span>
        <select value={value} onChange={(e) => void updateSettings(db, { summaryEngine: e.target.value as Settings['summaryEngine'] })}>
          <option value="auto">{t('auto')}</option>
          <option value="local">{t('local')}</option>
          <option value="chrome">{t('chrome')}</option>
        </select>
      </label>
    </section>
  );
}

function Retention({ db, days }: { db: LedeDB; days: number }) {
  const [draft, setDraft] = useState(String(days));
  const [status, setStatus] = useState('');
  const box = useRef<HTMLInputElement>(null);
  // A change from elsewhere (an import, another window) shows up, but never under the reader's typing.
  useEffect(() => {
    if (document.activeElement !== box.current) setDraft(String(days));
  }, [days]);
  async function commit() {
    const n = Math.round(Number(draft));
    const value = Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_RETENTION_DAYS) : DEFAULT_SETTINGS.retentionDays;
    setDraft(String(value));
    if (value !== days) {
      await updateSettings(db, { retentionDays: value });
      setStatus(t('saved'));
    }
  }
  return (
    <section aria-labelledby="retention-h" className="options-section">
      <h2 id="retention-h">{t('retention')}</h2>
      <label className="field">
        <span>{t('retentionLabel')}</span>
        <input
          ref={box}
          type="number"
          min={1}
          max={MAX_RETENTION_DAYS}
          step={1}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(e) => e.key === 'Enter' && void commit()}
        />
      </label>
      <p className="muted">{t('retentionHelp')}</p>
      <p role="status" className="muted">{status}</p>
    </section>
  );
}

function DeleteEverything({ db }: { db: LedeDB }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);
  return (
    <section aria-labelledby="danger-h" className="options-section danger-zone">
      <h2 id="danger-h">{t('danger')}</h2>
      <p className="muted">{t('deleteHelp')}</p>
      {confirming ? (
        <div role="alertdialog" aria-modal="false" aria-labelledby="confirm-text" className="confirm">
          <p id="confirm-text">{t('confirmDelete')}</p>
          <button
            type="button"
            className="danger"
            onClick={async () => {
              await deleteEverything(db);
              setConfirming(false);
              setDone(true);
            }}
          >
            {t('confirmYes')}
          </button>{' '}
          <button
            ref={cancelRef}
            type="button"
            onClick={() => {
              setConfirming(false);
              requestAnimationFrame(() => openRef.current?.focus());
            }}
          >
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button ref={openRef} type="button" className="danger" onClick={() => (setDone(false), setConfirming(true))}>
          {t('deleteAll')}
        </button>
      )}
      <p role="status">{done ? t('deletedAll') : ''}</p>
    </section>
  );
}
