// Recording a contact on a large council's database: the app's real save path (dispatch
// 'contacts.record' through a real back end, signed in as the demo adviser: validation,
// reference checks, the row and its change-log entry in one FULL-synchronous transaction),
// timed save by save on a copy of the shared 5,000,000-contact database. Beside it, in the
// same run and on the same file, the simplest hand-written `insert into contacts`.
import { closeSync, copyFileSync, fsyncSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContactFields } from '../shared/api/contacts';
import { DATABASE_FILE_NAME } from '../db/open';
import { newId } from '../db/write';
import { openBackend, QUIET, type OpenBackend } from '../electron/api/backend';
import { dispatch } from '../electron/api/dispatch';
import { DEMO_PASSWORD } from '../electron/api/setup/demo-council';
import { LARGE_COUNCIL, largeCouncil } from './large-council';
import type { Benchmark } from './types';

const SAVES = 1_000;
const WARM_UP = 20;

interface Session {
  opened: OpenBackend;
  token: string;
  ids: { service: string; interactionType: string; customerType: string; customers: string[] };
}

let session: Promise<Session> | undefined;

/** One working copy per process, kept open across runs: each open runs a quick_check,
 * which takes a while on gigabytes. */
function openCopy(): Promise<Session> {
  session ??= (async () => {
    const source = await largeCouncil();
    const dataDir = mkdtempSync(join(tmpdir(), 'council-contact-bench-record-'));
    const copy = join(dataDir, DATABASE_FILE_NAME);
    copyFileSync(join(source, DATABASE_FILE_NAME), copy);
    // On disk before timing: otherwise the kernel is still writing gigabytes of the copy
    // back while the saves are timed, and both sides measure that instead.
    const fd = openSync(copy, 'r+');
    fsyncSync(fd);
    closeSync(fd);
    const opened = await openBackend({ dataDir, demo: true, ...QUIET });
    // The copy is gigabytes: removed when the process exits, after a failure too.
    process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
    const signIn = await dispatch(opened.backend, {
      method: 'auth.signIn',
      input: { username: 'adviser', password: DEMO_PASSWORD },
      token: null,
    });
    if (!signIn.result.ok || !signIn.token) throw new Error('The demo adviser could not sign in.');
    const sqlite = opened.database!.sqlite;
    const id = (query: string) => sqlite.prepare(query).pluck().get() as string;
    return {
      opened,
      token: signIn.token,
      ids: {
        service: id("select id from services where name = 'Council Tax'"),
        interactionType: id(
          "select id from interaction_types where name = 'Providing information'",
        ),
        customerType: id("select id from customer_types where code = 'citizen'"),
        // Customers spread over the register, as callers are.
        customers: sqlite
          .prepare('select id from customers where rowid % 487 = 0 limit ?')
          .pluck()
          .all(SAVES + WARM_UP) as string[],
      },
    };
  })();
  return session;
}

const p99 = (list: number[]) => [...list].sort((a, b) => a - b)[Math.ceil(list.length * 0.99) - 1]!;

export const recordContactBenchmark: Benchmark = {
  name: `record a contact, p99 over ${SAVES.toLocaleString('en-GB')} saves on ${LARGE_COUNCIL.contacts.toLocaleString('en-GB')} contacts`,
  unit: 'ms',
  budget: 5,
  reason: 'an adviser saves and moves to the next caller',
  async close() {
    if (!session) return;
    const { opened } = await session;
    session = undefined;
    await opened.close(); // stops its reports worker and checkpoint timer
  },
  async run() {
    const { opened, token, ids } = await openCopy();
    const sqlite = opened.database!.sqlite;
    // The simplest hand-written save: one prepared insert, committed on its own.
    const insert = sqlite.prepare(
      `insert into contacts (id, channel, direction, service_id, interaction_type_id, customer_type_id,
         customer_id, outcome, notes, started_at, ended_at, staff_id, site_id, recorded_at, updated_at)
       values (?, 'telephone', 'inbound', ?, ?, ?, ?, 'resolved', ?, ?, ?, ?, ?, ?, ?)`,
    );
    const staff = sqlite
      .prepare("select id, home_site_id from staff where username = 'adviser'")
      .get() as { id: string; home_site_id: string };
    const times: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < SAVES + WARM_UP; i += 1) {
      const now = Date.now();
      const fields: ContactFields = {
        channel: 'telephone',
        direction: 'inbound',
        serviceId: ids.service,
        interactionTypeId: ids.interactionType,
        customerTypeId: ids.customerType,
        outcome: 'resolved',
        customerId: ids.customers[i % ids.customers.length]!,
        notes: 'Explained the instalments on the annual bill.',
        startedAt: new Date(now - 240_000).toISOString(),
        endedAt: new Date(now).toISOString(),
      };
      let start = performance.now();
      const response = await dispatch(opened.backend, {
        method: 'contacts.record',
        input: fields,
        token,
      });
      const saved = performance.now() - start;
      if (!response.result.ok) throw new Error(response.result.error.message);
      const at = new Date().toISOString();
      start = performance.now();
      insert.run(
        newId(),
        ids.service,
        ids.interactionType,
        ids.customerType,
        fields.customerId,
        fields.notes,
        fields.startedAt,
        fields.endedAt,
        staff.id,
        staff.home_site_id,
        at,
        at,
      );
      const plain = performance.now() - start;
      if (i < WARM_UP) continue;
      times.push(saved);
      baseline.push(plain);
    }
    return { value: p99(times), baseline: p99(baseline) };
  },
};
