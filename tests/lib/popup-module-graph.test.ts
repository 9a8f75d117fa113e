/**
 * The popup's first render must not load Dexie (or the rest of lib/db): its static import graph,
 * from entrypoints/popup/main.ts, stops at lib/db/first-read.ts and type-only imports. Dexie and
 * the live parts come through a dynamic import() after the first render (entrypoints/popup/live.tsx).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.') && !spec.startsWith('@/')) return null; // a package
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(from), spec);
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
  return null;
}

/** Static, value imports (not `import type`, not `import()`), and the packages they name. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^\s*import\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.endsWith('.css')) continue;
      const to = resolve(file, spec);
      if (to) visit(to);
      else if (!spec.startsWith('.') && !spec.startsWith('@/')) packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the popup’s first render', () => {
  const { files, packages } = graph(path.join(ROOT, 'entrypoints/popup/main.ts'));
  const rel = [...files].map((f) => path.relative(ROOT, f));

  it('imports no Dexie and no Dexie-backed module', () => {
    expect([...packages].filter((p) => p.startsWith('dexie'))).toEqual([]);
    expect(rel).toContain('lib/db/first-read.ts');
    expect(rel.filter((f) => f.startsWith('lib/db/'))).toEqual(expect.arrayContaining(['lib/db/first-read.ts', 'lib/db/headlines.ts']));
    for (const f of ['lib/db/index.ts', 'lib/db/schema.ts', 'lib/db/settings.ts', 'entrypoints/popup/live.tsx', 'components/headlines/WeekSwitcher.tsx', 'components/headlines/DigestButtons.tsx', 'components/headlines/LiveWeek.tsx', 'lib/digest.ts']) {
      expect(rel).not.toContain(f);
    }
  });

  it('starts the read before React: first.ts is main.ts’s first import', () => {
    const src = readFileSync(path.join(ROOT, 'entrypoints/popup/main.ts'), 'utf8');
    const imports = [...src.matchAll(/^import\s[^;]*?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(imports[0]).toBe('./first');
  });
});
