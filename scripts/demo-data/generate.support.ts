// What the demo data generator's tests share (generate*.test.ts): the options asked for, and
// fresh copies of one seeded demo council, made once per file and removed after it.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { settableClock } from '../../shared/domain/clock';
import { DATABASE_FILE_NAME } from '../../db/open';
import { openBackend } from '../../electron/api/backend';
import type { DemoDataOptions } from './generate';

// 22 March to 10 April 2026: the clocks go forward on 29 March, and Good Friday (3 April)
// and Easter Monday (6 April) are bank holidays in England and Wales.
export const OPTIONS: DemoDataOptions = {
  customers: 200,
  contacts: 3_000,
  days: 20,
  end: '2026-04-10',
  seed: 7,
};
/** Every folder a test made, removed after the file. */
export const folders: string[] = [];
let template: string;

/** A fresh data folder holding a copy of one seeded demo council (same ids in every copy). */
export function councilCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'council-contact-demo-data-'));
  folders.push(dir);
  copyFileSync(template, join(dir, DATABASE_FILE_NAME));
  return dir;
}

/** Seeds the demo council once before the file's tests, and removes every folder after. */
export function useCouncilTemplate(): void {
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'council-contact-demo-template-'));
    folders.push(dir);
    const opened = await openBackend({
      dataDir: dir,
      clock: settableClock('2026-01-05T09:00:00Z'),
      demo: true,
    });
    await opened.close();
    template = join(dir, DATABASE_FILE_NAME);
  });

  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });
}
