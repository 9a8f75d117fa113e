import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DB_NAME, openDb } from '@/lib/db/schema';
import { headlinesForWeek, recordHeadlines } from '@/lib/db/headlines';
import { updateSettings } from '@/lib/db/settings';
import { FIRST_READ_DB_NAME, readFirstWeek, startFirstRead } from '@/lib/db/first-read';
import { weekKey } from '@/lib/weeks';

const T0 = Date.parse('2026-11-24T10:00:00Z'); // Tuesday, 2026-W48
const HOUR = 3_600_000;
let n = 0;
const fresh = () => `lede-first-read-${Date.now()}-${n++}`;
const exists = async (name: string) => (await indexedDB.databases()).some((d) => d.name === name);

describe('readFirstWeek (the popup’s first read, without Dexie)', () => {
  it('reads the same database as lib/db', () => {
    expect(FIRST_READ_DB_NAME).toBe(DB_NAME);
  });

  it('gives the week’s rows exactly as headlinesForWeek does, and popupLastOpenedAt', async () => {
    const name = fresh();
    const db = openDb(name);
    const week = weekKey(T0, 'UTC');
    await recordHeadlines(db, { url: 'https://a.example/1', ticker: [{ title: 'First', url: 'https://a.example/x' }, { title: 'Second', url: null }] }, null, T0 - 2 * HOUR, 'UTC');
    await recordHeadlines(db, { url: 'https://b.example/2', ticker: [{ title: 'Second', url: null }, { title: 'Third', url: 'javascript:alert(1)' }] }, null, T0 - HOUR, 'UTC');
    await recordHeadlines(db, { url: 'https://a.example/old', ticker: [{ title: 'Last week', url: null }] }, null, T0 - 7 * 24 * HOUR, 'UTC');
    // a row restored from a broken backup: sanitized the same way
    await db.headlines.put({ id: `${week}|broken`, week, titleKey: '', title: 42 as never, url: 'javascript:x', sites: 'no' as never, count: NaN, firstSeenAt: T0 - 3 * HOUR, lastSeenAt: T0 });
    await updateSettings(db, { popupLastOpenedAt: T0 - 90 * 60_000 });
    const expected = await headlinesForWeek(db, week);
    const r = await readFirstWeek(week, name);
    expect(r).not.toBeNull();
    expect(r!.week).toBe(week);
    expect(r!.rows).toEqual(expected);
    expect(r!.rows.map((x) => x.title)).toEqual(['Third', 'First', 'Second', '42']);
    expect(r!.since).toBe(T0 - 90 * 60_000);
    // the read closed its connection: Dexie still works, and a new schema version could open
    await db.headlines.put({ ...expected[0]!, count: 9 });
    expect((await db.headlines.get(expected[0]!.id))!.count).toBe(9);
    db.close();
  });

  it('an empty week, and a popup never opened: no rows, since 0', async () => {
    const name = fresh();
    const db = openDb(name);
    await db.open();
    expect(await readFirstWeek('2026-W48', name)).toEqual({ week: '2026-W48', rows: [], since: 0 });
    db.close();
  });

  it('a database that does not exist yet is not created (Dexie creates it later, with its schema)', async () => {
    const name = fresh();
    expect(await readFirstWeek('2026-W48', name)).toEqual({ week: '2026-W48', rows: [], since: 0 });
    expect(await exists(name)).toBe(false);
    const db = openDb(name);
    await recordHeadlines(db, { url: 'https://a.example/1', ticker: [{ title: 'Now', url: null }] }, null, T0, 'UTC');
    expect(db.verno).toBe(2);
    expect((await readFirstWeek(weekKey(T0, 'UTC'), name))!.rows.map((r) => r.title)).toEqual(['Now']);
    db.close();
  });

  it('a database without the stores gives null (the popup then reads through Dexie)', async () => {
    const name = fresh();
    const other = new Dexie(name);
    other.version(1).stores({ something: '&id' });
    await other.open();
    other.close();
    expect(await readFirstWeek('2026-W48', name)).toBeNull();
  });

  it('does not hold the database: a newer schema version opens while a read is under way', async () => {
    const name = fresh();
    const db = openDb(name);
    await db.open();
    db.close();
    const reading = readFirstWeek('2026-W48', name);
    const newer = new Dexie(name);
    newer.version(3).stores({ headlines: '&id, week, firstSeenAt', settings: '&key', extra: '&id' });
    await newer.open();
    expect(newer.verno).toBe(3);
    newer.close();
    await reading;
  });

  it('startFirstRead: the handle carries the value once settled', async () => {
    const h = startFirstRead('2026-W48', fresh());
    expect(h.value).toBeUndefined();
    const v = await h.promise;
    await Promise.resolve();
    expect(h.value).toEqual(v);
  });
});
