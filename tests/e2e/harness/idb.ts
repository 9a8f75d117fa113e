/**
 * Code run inside an extension page to read Lede's IndexedDB ('lede') without Dexie: every test
 * that says "nothing was stored" or "nothing was lost" counts or dumps the rows this way.
 * Each export is a self-contained function for `page.evaluate(fn, ...args)`.
 */

/** Row counts per object store of the 'lede' database: `{ briefs: 3, articles: 1, … }`. */
export async function idbCounts(): Promise<Record<string, number>> {
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    const req = indexedDB.open('lede');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const names = [...db.objectStoreNames];
    const out: Record<string, number> = {};
    if (names.length === 0) return out;
    const tx = db.transaction(names, 'readonly');
    await Promise.all(
      names.map(
        (n) =>
          new Promise<void>((resolve, reject) => {
            const r = tx.objectStore(n).count();
            r.onsuccess = () => {
              out[n] = r.result;
              resolve();
            };
            r.onerror = () => reject(r.error);
          }),
      ),
    );
    return out;
  } finally {
    db.close();
  }
}

/** Every row of every store (JSON), sorted by store name, for byte-for-byte comparisons. */
export async function idbDump(): Promise<string> {
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    const req = indexedDB.open('lede');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const names = [...db.objectStoreNames].sort();
    const out: Record<string, unknown[]> = {};
    if (names.length === 0) return '{}';
    const tx = db.transaction(names, 'readonly');
    await Promise.all(
      names.map(
        (n) =>
          new Promise<void>((resolve, reject) => {
            const r = tx.objectStore(n).getAll();
            r.onsuccess = () => {
              out[n] = r.result;
              resolve();
            };
            r.onerror = () => reject(r.error);
          }),
      ),
    );
    return JSON.stringify(out);
  } finally {
    db.close();
  }
}

/** Saved articles with a given normalized key or URL prefix: `[{ id, key, url, title }]`. */
export async function idbArticles(urlPart: string): Promise<{ id: number; key: string; url: string; title: string }[]> {
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    const req = indexedDB.open('lede');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    if (![...db.objectStoreNames].includes('articles')) return [];
    const rows: any[] = await new Promise((resolve, reject) => {
      const r = db.transaction('articles', 'readonly').objectStore('articles').getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    return rows
      .filter((a) => String(a.url).includes(urlPart) || String(a.key).includes(urlPart))
      .map((a) => ({ id: a.id, key: a.key, url: a.url, title: a.title }));
  } finally {
    db.close();
  }
}
