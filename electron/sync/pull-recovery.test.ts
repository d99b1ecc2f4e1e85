// A desk stopped mid-pull (its answer lost, the PC switched off between pages) picks up where
// its last whole page left it: every change applied once, none skipped (issue 21).
import { describe, expect, it } from 'vitest';
import { pullAll } from './pull';
import { joinedDesk, save, startCouncil } from './sync.support';

describe('a desk stopped mid-pull', () => {
  it('applies each change once when it pulls again, from the last whole page', async () => {
    const council = await startCouncil();
    const a = await joinedDesk(council, 'Desk A');
    const b = await joinedDesk(council, 'Desk B');
    for (let i = 0; i < 12; i += 1) {
      await save(a.backend, 'customers.create', {
        firstName: `Person${String.fromCharCode(65 + i)}`,
        lastName: 'Okafor',
        postcode: 'WA8 7QA',
        confirmNew: true,
      });
    }
    await a.sync();

    // B pulls in pages of 5 and its network fails on the third page.
    let pulls = 0;
    const failingFetch: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (url.includes('/sync/pull') && ++pulls === 3) {
        throw new TypeError('fetch failed: cut off mid-pull');
      }
      return fetch(input, init);
    };
    const sqlite = b.backend.opened.database!.sqlite;
    const state = sqlite.prepare('select server_url, desk_id, secret from sync_state').get() as {
      server_url: string;
      desk_id: string;
      secret: string;
    };
    const address = {
      db: b.backend.opened.database!.db,
      serverUrl: state.server_url,
      deskId: state.desk_id,
      secret: state.secret,
      pageSize: 5,
    };
    const cut = await pullAll({ ...address, fetch: failingFetch });
    expect(cut.failed?.reached).toBe(false);
    expect(cut.pages).toBe(2);
    const applied = () =>
      sqlite.prepare(`select count(*) from customers where last_name = 'Okafor'`).pluck().get();
    expect(applied()).toBe(10);

    const resumed = await pullAll(address);
    expect(resumed.failed).toBeUndefined();
    expect(applied()).toBe(12);
    // Each pulled change is in B's log once.
    expect(
      sqlite
        .prepare(
          `select count(*) from (select 1 from change_log where from_desk is not null
           group by entity, entity_id, hlc having count(*) > 1)`,
        )
        .pluck()
        .get(),
    ).toBe(0);
  });
});
