import { openDb, type LedeDB } from './schema';

export * from './schema';

let shared: LedeDB | null = null;

/** The extension's one database connection (extension pages and background only). */
export function getDb(): LedeDB {
  shared ??= openDb();
  return shared;
}

/** Tests swap in a fresh database. */
export function setDbForTests(db: LedeDB | null): void {
  shared = db;
}
