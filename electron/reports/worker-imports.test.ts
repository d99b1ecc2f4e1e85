// Issue 20: the reports worker reads queries, never a domain's handlers. The lint rule holds
// the worker's own imports; this test follows every file it loads, however indirectly (a
// report helper importing a domain's results module that itself imports a handler file would
// pass the rule), and fails naming the path by which a handler file is reached.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const ENTRY = join(ROOT, 'electron/reports/worker.ts');

/** `from '...'` (imports and re-exports, type-only ones too) and bare `import '...'`. */
const IMPORT = /(?:\bfrom\s+|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function resolveImport(fromFile: string, specifier: string): string | null {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((c) => /\.(ts|tsx|mjs|js)$/.test(c) && existsSync(c)) ?? null;
}

/** Every file the entry loads, each with the chain of imports that first reached it. */
function importGraph(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(file, match[1]!);
      if (!target || reached.has(target)) continue;
      reached.set(target, [...reached.get(file)!, target]);
      queue.push(target);
    }
  }
  return reached;
}

const isHandlerFile = (file: string) => /^(?:.+-)?handlers\.tsx?$/.test(basename(file));

describe('the reports worker’s imports', () => {
  it('reaches no handler file, directly or through another module', () => {
    const graph = importGraph(ENTRY);
    const handlerChains = [...graph.entries()]
      .filter(([file]) => isHandlerFile(file))
      .map(([, chain]) => chain.map((f) => relative(ROOT, f)).join(' → '));
    expect(handlerChains).toEqual([]);
  });

  it('follows imports far enough to matter: the queries the reports read are reached', () => {
    const files = [...importGraph(ENTRY).keys()].map((f) => relative(ROOT, f));
    expect(files.some((f) => f.startsWith('db/queries/'))).toBe(true);
    expect(files).toContain('db/reports/report.ts');
  });

  it('names a handler file as one, and a handlers folder’s helper as not', () => {
    expect(isHandlerFile('electron/api/quality/handlers.ts')).toBe(true);
    expect(isHandlerFile('electron/api/quality/checklist-handlers.ts')).toBe(true);
    expect(isHandlerFile('electron/api/quality/results.ts')).toBe(false);
    expect(isHandlerFile('electron/api/handlers-list.ts')).toBe(false);
  });
});
