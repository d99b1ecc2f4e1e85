import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import { requireActive } from './require-active';

let opened: OpenedDatabase | undefined;
let dir: string | undefined;
afterEach(async () => {
  await opened?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('choosing an active item of a council list', () => {
  it('passes an active item and refuses a retired or unknown one, naming the field', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cc-active-'));
    opened = await openDatabase(join(dir, 'db.sqlite'));
    const { db } = opened;
    await db
      .insertInto('departments')
      .values([
        { id: 'd-open', name: 'Revenues', active: 1 },
        { id: 'd-gone', name: 'Old desk', active: 0 },
      ])
      .execute();
    await expect(requireActive(db, 'departments', 'd-open', 'departmentId')).resolves.toBe(
      undefined,
    );
    for (const id of ['d-gone', 'no-such-id']) {
      await expect(requireActive(db, 'departments', id, 'departmentId')).rejects.toMatchObject({
        code: 'VALIDATION',
        message: 'Choose a department from the list.',
        fields: { departmentId: 'Choose a department from the list.' },
      });
    }
  });
});
