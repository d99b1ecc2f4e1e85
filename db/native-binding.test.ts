// The SQLite binding must load in Electron as well as in Node with nothing rebuilt
// (architecture: "Running where Electron cannot"). better-sqlite3 13 ships one prebuilt file
// per platform, built on N-API: such a file registers itself through
// `napi_register_module_v1`, which any runtime with N-API 10 loads (Node >= 22.14, Electron
// >= 38.1). A file compiled against one Node's own ABI exports `node_register_module_v<ABI>`
// instead, and Electron refuses it: that was the desktop window that could not open its
// database. The dynamic symbols are read with binutils' `nm -D` from the ELF files, which is
// enough here (Linux); Mach-O and PE files are left to the platforms that run them.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const bindingRoot = dirname(require.resolve('better-sqlite3/package.json'));

/** Every compiled module in the package: its prebuilds and any local build. */
function nodeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : nodeFiles(path);
    return entry.name.endsWith('.node') ? [path] : [];
  });
}

function isElf(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const magic = Buffer.alloc(4);
    readSync(fd, magic, 0, 4, 0);
    return magic.equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
  } finally {
    closeSync(fd);
  }
}

/** Symbols the file defines for the runtime to call, as `nm -D --defined-only` lists them. */
function exportedSymbols(file: string): string[] {
  const listing = execFileSync('nm', ['-D', '--defined-only', file], { encoding: 'utf8' });
  return listing
    .split('\n')
    .map((line) => line.trim().split(/\s+/).at(-1) ?? '')
    .filter(Boolean);
}

describe('the SQLite binding', () => {
  const files = nodeFiles(bindingRoot);
  const elfFiles = files.filter(isElf);

  it('ships prebuilt Linux modules, among them the one this machine loads', () => {
    const names = elfFiles.map((f) => relative(bindingRoot, f));
    expect(names).toEqual(
      expect.arrayContaining(['prebuilds/linux-x64.node', 'prebuilds/linux-arm64.node']),
    );
    if (process.platform === 'linux')
      expect(names.some((n) => n.includes(`-${process.arch}.node`))).toBe(true);
  });

  it.each(elfFiles.map((f) => [relative(bindingRoot, f), f]))(
    '%s registers through N-API only, so Electron loads the same file as Node',
    (_name, file) => {
      const symbols = exportedSymbols(file);
      expect(symbols).toContain('napi_register_module_v1');
      expect(symbols.filter((s) => /^node_register_module_v\d+$/.test(s))).toEqual([]);
    },
  );
});
