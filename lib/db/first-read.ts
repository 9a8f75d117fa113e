/**
 * The popup's first read, without Dexie: one week's headlines and when the popup was last opened,
 * straight from the IndexedDB database that `openDb()` (schema.ts) defines, in one read-only
 * transaction. Loading Dexie (and the rest of lib/db) is most of what the popup would otherwise
 * parse before its first render; this module and its imports are a few kilobytes, so the popup
 * can read and paint the week before React and Dexie load. Live updates, writes and everything
 * else still go through Dexie, loaded after the first render.
 *
 * It only reads: a database that does not exist yet is not created (the upgrade is aborted), so
 * Dexie later creates it with its schema as usual; and the connection is closed as soon as the
 * transaction is done (or at once when a newer version wants to open the database).
 */
import { compareHeadlines, sanitizeRow, type StoredHeadline } from './headlines';

/** The database's name: schema.ts's DB_NAME (a test keeps the two equal; importing it would load Dexie). */
export const FIRST_READ_DB_NAME = 'lede';

export interface FirstRead {
  /** The week that was read. */
  week: string;
  /** Its headlines, newest first (headlinesForWeek's order and sanitizing). */
  rows: StoredHeadline[];
  /** The stored popupLastOpenedAt (0 when never opened). */
  since: number;
}

/**
 * Reads `week`'s headlines and popupLastOpenedAt. Resolves null when IndexedDB cannot be read
 * this way (no IndexedDB, blocked, stores missing, any error): the caller then falls back to Dexie.
 * A database that does not exist resolves to an empty week.
 */
export function readFirstWeek(week: string, name = FIRST_READ_DB_NAME): Promise<FirstRead | null> {
  return new Promise((resolve) => {
    const empty: FirstRead = { week, rows: [], since: 0 };
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(name);
    } catch {
      resolve(null);
      return;
    }
    let missing = false;
    req.onupgradeneeded = () => {
      // opened without a version, so only when the database does not exist: leave creating it to Dexie
      missing = true;
      req.transaction?.abort();
    };
    req.onblocked = () => resolve(null);
    req.onerror = (e) => {
      e.preventDefault(); // (an aborted creation is not an error worth reporting)
      resolve(missing ? empty : null);
    };
    req.onsuccess = () => {
      const idb = req.result;
      idb.onversionchange = () => idb.close();
      try {
        const tx = idb.transaction(['headlines', 'settings'], 'readonly');
        const rowsReq = tx.objectStore('headlines').index('week').getAll(IDBKeyRange.only(week));
        const sinceReq = tx.objectStore('settings').get('popupLastOpenedAt');
        tx.oncomplete = () => {
          idb.close();
          const since = (sinceReq.result as { value?: unknown } | undefined)?.value;
          resolve({
            week,
            rows: (rowsReq.result as StoredHeadline[]).map(sanitizeRow).sort(compareHeadlines),
            since: typeof since === 'number' && Number.isFinite(since) ? since : 0,
          });
        };
        tx.onerror = tx.onabort = () => {
          idb.close();
          resolve(null);
        };
      } catch {
        idb.close();
        resolve(null);
      }
    };
  });
}

/** A first read under way: `value` is set once it settles (null: fall back to Dexie). */
export interface FirstReadHandle {
  promise: Promise<FirstRead | null>;
  value?: FirstRead | null;
}

/** Starts readFirstWeek; the handle tells a later reader whether it is already done. */
export function startFirstRead(week: string, name = FIRST_READ_DB_NAME): FirstReadHandle {
  const handle: FirstReadHandle = { promise: readFirstWeek(week, name) };
  void handle.promise.then((v) => (handle.value = v));
  return handle;
}
