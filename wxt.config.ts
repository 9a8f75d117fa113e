import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// Pinned ids: the Firefox add-on id, and the moz-extension host used by the end-to-end tests.
export const GECKO_ID = 'lede@lede.example';

/**
 * Chunking of the extension pages. React and Dexie get chunks of their own, so a page that does
 * not need Dexie at first (the popup: lib/db/first-read.ts) never parses it on its first render.
 * 'boot' holds what every page needs first and has no dependencies (no side effects but Vite's
 * modulepreload polyfill). The popup's entry imports neither React nor Dexie: it paints from its
 * own IndexedDB read and loads React afterwards (entrypoints/popup/main.ts).
 */
function vendorChunk(id: string): string | undefined {
  if (
    /vite\/modulepreload-polyfill|wxt-html-plugins|commonjsHelpers/.test(id) ||
    /[\\/]node_modules[\\/](webextension-polyfill|wxt[\\/]dist[\\/]browser)/.test(id) ||
    /[\\/]lib[\\/](url|weeks|db[\\/]headlines|db[\\/]first-read)\.ts$/.test(id)
  )
    return 'boot';
  if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
  if (/[\\/]node_modules[\\/](dexie|dexie-react-hooks)[\\/]/.test(id)) return 'dexie';
  return undefined;
}

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  hooks: {
    // The always-on content script uses the native API instead of the polyfill (see lib/browser-lite.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      // the extension pages' build (the single-file builds inline their dynamic imports: no chunks)
      if (entrypoints.some((e) => e.type === 'popup')) {
        const output = config.build?.rollupOptions?.output;
        if (output && !Array.isArray(output)) output.manualChunks = vendorChunk;
        else config.build = { ...config.build, rollupOptions: { ...config.build?.rollupOptions, output: { manualChunks: vendorChunk } } };
      }
      if (!entrypoints.some((e) => e.type === 'content-script')) return;
      const lite = fileURLToPath(new URL('./lib/browser-lite.ts', import.meta.url));
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: lite }, ...entries.filter((a) => a.find !== 'wxt/browser')] };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // offscreen (Chrome): a DOM for Readability and DOMPurify outside the page (lib/background/read-off-page.ts);
    // Firefox's background page has one.
    permissions: ['storage', 'contextMenus', 'alarms', 'scripting', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: ['<all_urls>'],
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this page to Lede',
      },
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open the Lede side panel',
      },
    },
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none';"
        : { extension_pages: "script-src 'self'; object-src 'none';" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 is the first Firefox (ESR) with data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
