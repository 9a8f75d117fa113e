import { fakeBrowser } from 'wxt/testing/fake-browser';
import { vi } from 'vitest';
import { openDb, type LedeDB } from '@/lib/db/schema';
import { setDbForTests } from '@/lib/db';

let n = 0;

/** A fresh, empty database with a unique name (fake-indexeddb), installed as the extension's db. */
export function freshDb(): LedeDB {
  const db = openDb(`lede-test-${Date.now()}-${n++}`);
  setDbForTests(db);
  return db;
}

/**
 * fakeBrowser lacks contextMenus, commands and scripting: add recording stubs so the real
 * background entrypoint can start under test.
 */
export function stubMissingApis() {
  const menus: { id: string; title: string; contexts: string[] }[] = [];
  const clicked: ((info: unknown, tab?: unknown) => void)[] = [];
  const commands: ((cmd: string, tab?: unknown) => void)[] = [];
  const executeScript = vi.fn(async (_: unknown) => [{ result: null as unknown }]);
  Object.assign(fakeBrowser, {
    contextMenus: {
      removeAll: vi.fn(async () => void menus.splice(0)),
      create: vi.fn((item: { id: string; title: string; contexts: string[] }) => menus.push(item)),
      onClicked: { addListener: (fn: (info: unknown, tab?: unknown) => void) => clicked.push(fn) },
    },
    commands: { onCommand: { addListener: (fn: (cmd: string, tab?: unknown) => void) => commands.push(fn) } },
    scripting: { executeScript },
  });
  return {
    menus,
    executeScript,
    clickMenu: (info: unknown, tab?: unknown) => clicked.forEach((fn) => fn(info, tab)),
    command: (cmd: string, tab?: unknown) => commands.forEach((fn) => fn(cmd, tab)),
  };
}

/** Sends a message to the background's real onMessage listener with a chosen sender. */
export function deliver(message: unknown, sender: Record<string, unknown>): Promise<unknown> {
  return new Promise((resolve) => {
    void (fakeBrowser.runtime.onMessage.trigger as (...a: unknown[]) => Promise<unknown>)(message, sender, resolve);
  });
}

export const EXT_ORIGIN = 'chrome-extension://test-extension-id';
