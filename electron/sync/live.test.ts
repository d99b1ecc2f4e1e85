// Live within a second (issue 22): a joined desk keeps GET /sync/events open and pulls when the
// server says the council changed, so a save on one desk reaches another without waiting for
// its round. The rounds here are an hour apart: only the server's event can bring the change.
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createEnrolmentCode } from '../../server/enrolment/enrol';
import { createTestBackend } from '../../test/support/backend';
import {
  serverBack,
  startCouncil,
  type Council,
  type JoinedDesk,
  recordContact,
} from './sync.support';

/** Rounds an hour apart, on request otherwise; live events on, as the app has them. */
const ROUNDS_OFF = { intervalMs: 3_600_000, nudgeMs: 3_600_000 };

async function liveDesk(council: Council, deskName: string): Promise<JoinedDesk> {
  const { code } = await createEnrolmentCode(council.db, {
    siteId: 'TH',
    createdBy: 'admin',
    ttlHours: 1,
  });
  const backend = await createTestBackend(undefined, { sync: ROUNDS_OFF });
  onTestFinished(() => backend.close());
  await backend.signIn('admin');
  const joined = await backend.call('sync.enrol', { serverUrl: council.url, code, deskName });
  if (!joined.ok) throw new Error(`enrolment failed: ${joined.error.message}`);
  await backend.signIn('adviser');
  return {
    backend,
    deskId: '',
    async sync() {
      const status = await backend.call('sync.now', {});
      if (!status.ok) throw new Error(status.error.message);
      return status.value;
    },
  };
}

const holds = (desk: JoinedDesk, contactId: string) =>
  desk.backend.opened
    .database!.sqlite.prepare('select 1 from contacts where id = ?')
    .get(contactId) !== undefined;

describe('live events from the council server', () => {
  it('brings a contact saved on one desk into another without that desk syncing', async () => {
    const council = await startCouncil();
    const a = await liveDesk(council, 'Desk A');
    const b = await liveDesk(council, 'Desk B');

    const contact = await recordContact(a.backend);
    expect(holds(b, contact.id)).toBe(false);
    expect((await a.sync()).waiting).toBe(0);

    // Nobody asks B to sync: the server's event does.
    await vi.waitFor(() => expect(holds(b, contact.id)).toBe(true), { timeout: 15_000 });
  });

  it('listens again once the server is back after an outage', async () => {
    const council = await startCouncil();
    const a = await liveDesk(council, 'Desk A');
    const b = await liveDesk(council, 'Desk B');
    await council.stop();
    await serverBack(council, [a, b]);
    const contact = await recordContact(a.backend);
    expect((await a.sync()).waiting).toBe(0);

    // B's stream was cut; it reconnects by itself (1 s, then doubling) and hears of the change.
    await vi.waitFor(() => expect(holds(b, contact.id)).toBe(true), { timeout: 30_000 });
  }, 60_000);
});
