import { DEFAULT_SETTINGS, type Settings } from '../settings';
import type { LedeDB } from './schema';

export async function getSettings(db: LedeDB): Promise<Settings> {
  const rows = await db.settings.toArray();
  const out: Settings = { ...DEFAULT_SETTINGS };
  for (const { key, value } of rows) {
    if (key in DEFAULT_SETTINGS) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}

export async function updateSettings(db: LedeDB, patch: Partial<Settings>): Promise<void> {
  await db.settings.bulkPut(Object.entries(patch).map(([key, value]) => ({ key, value })));
}
