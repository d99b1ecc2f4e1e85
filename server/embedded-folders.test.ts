import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closedFoldersAbove } from './embedded';

let top: string | undefined;
afterEach(() => {
  if (top) rmSync(top, { recursive: true, force: true });
});

describe('the folders PostgreSQL must pass through as its own user', () => {
  it('names each folder above a file that others cannot pass, nearest first', () => {
    top = mkdtempSync(join(tmpdir(), 'cc-closed-')); // 0700, as a fresh clone's may be
    const inner = join(top, 'open', 'shut', 'bin');
    mkdirSync(inner, { recursive: true, mode: 0o755 });
    chmodSync(join(top, 'open'), 0o755);
    chmodSync(join(top, 'open', 'shut'), 0o750);
    writeFileSync(join(inner, 'postgres'), '');
    expect(closedFoldersAbove(join(inner, 'postgres'))).toEqual([join(top, 'open', 'shut'), top]);
    chmodSync(top, 0o711);
    chmodSync(join(top, 'open', 'shut'), 0o751);
    expect(closedFoldersAbove(join(inner, 'postgres'))).toEqual([]);
  });
});
