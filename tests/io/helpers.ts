/** Shared helpers of the import/export tests: fixtures, fresh databases, full dumps. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openDb, type LedeDB } from '../../lib/db/schema';

export const FIXTURES = path.resolve(__dirname, '../fixtures/io');

export function fixture(name: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))) };
}

export function textFile(name: string, text: string): { name: string; bytes: Uint8Array } {
  return { name, bytes: new TextEncoder().encode(text) };
}

let n = 0;
/** A new, empty database with a name no other test uses. */
export async function freshDb(): Promise<LedeDB> {
  const db = openDb(`lede-io-test-${Date.now()}-${n++}`);
  await db.open();
  return db;
}

/** Every row of every table, for before/after comparisons. */
export async function dump(db: LedeDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

/** Saved articles by their key (the normalized URL). */
export async function byUrl(db: LedeDB) {
  const rows = await db.articles.toArray();
  return Object.fromEntries(rows.map((r) => [r.key, r]));
}

/** A Pocket CSV of `rows` distinct articles (every third archived, two tags each). */
export function pocketCsv(rows: number): string {
  const lines = ['title,url,time_added,tags,status'];
  for (let i = 0; i < rows; i++) {
    lines.push(`"Article ${i}, about AI",https://example.com/news/${i}?utm_source=x,${1600000000 + i},tag${i % 7}|ai,${i % 3 ? 'unread' : 'archive'}`);
  }
  return lines.join('\n');
}
