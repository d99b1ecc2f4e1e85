// What the sync benchmarks share: one council server on an embedded PostgreSQL for the whole
// run, the demo council's desk template, and a real desk's day of work (300 contacts recorded
// through the app's save path) that stands for every desk's day.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { unshippedPage } from '../db/queries/sync/outbox';
import { allStaffAccounts } from '../db/queries/sync/verifiers';
import type { PushChange } from '../electron/sync/outbox-batches';
import { formatHlc, parseHlc } from '../shared/sync/hlc';
import { startSimCouncil, type SimCouncil } from '../scripts/sim/council';
import { SimDesk } from '../scripts/sim/desk';
import { Dice } from '../scripts/sim/dice';
import { listsOf } from '../scripts/sim/operations';
import { councilTemplate } from '../scripts/sim/run';

export type { PushChange };

export const CONTACTS_PER_DESK = 300;
const DAY = Date.parse('2026-11-23T09:00:00Z');

export interface BenchCouncil {
  council: SimCouncil;
  template: string;
  /** One desk's day as pushed: its changes in log order, grouped by save. */
  day: PushChange[][];
  /** The council's staff accounts, as a joining desk shares them (POST /sync/staff). */
  staff: Awaited<ReturnType<typeof allStaffAccounts>>;
  newDesk(name: string, timing?: { intervalMs: number; nudgeMs: number }): Promise<SimDesk>;
  /** A desk switched on with an administrator signed in, not yet joined to the council. */
  freshDesk(name: string): Promise<SimDesk>;
  close(): Promise<void>;
}

let shared: Promise<BenchCouncil> | undefined;

export function benchCouncil(): Promise<BenchCouncil> {
  shared ??= (async () => {
    const council = await startSimCouncil();
    const folder = mkdtempSync(join(tmpdir(), 'council-bench-sync-'));
    const template = await councilTemplate(folder);
    const dice = new Dice(1);
    const desks: SimDesk[] = [];
    const freshDesk = async (name: string, timing?: { intervalMs: number; nudgeMs: number }) => {
      const desk = new SimDesk(name, 0, 'adviser', dice, template, timing);
      desks.push(desk);
      await desk.start();
      desk.setTime(DAY);
      await desk.signIn('admin');
      return desk;
    };
    const newDesk = async (name: string, timing?: { intervalMs: number; nudgeMs: number }) => {
      const desk = await freshDesk(name, timing);
      await desk.enrol(council.url, await council.enrolmentCode('TH'));
      return desk;
    };

    // A real day: 300 contacts recorded at one desk, as its outbox holds them.
    const recorder = await newDesk('Recorder');
    const lists = await listsOf(recorder);
    for (let i = 0; i < CONTACTS_PER_DESK; i += 1) {
      recorder.setTime(DAY + i * 90_000);
      await recorder.save('contacts.record', {
        channel: 'telephone',
        serviceId: lists.councilTax,
        interactionTypeId: lists.providingInformation,
        customerTypeId: lists.citizen,
        outcome: 'resolved',
        startedAt: new Date(DAY + i * 90_000 - 300_000).toISOString(),
        endedAt: new Date(DAY + i * 90_000 - 60_000).toISOString(),
      });
    }
    const entries = await unshippedPage(recorder.database, null, 100_000);
    const byMutation = new Map<string, PushChange[]>();
    for (const e of entries) {
      const list = byMutation.get(e.mutationId) ?? [];
      list.push({
        mutationId: e.mutationId,
        hlc: e.hlc!,
        staffId: e.staffId ?? 'system',
        entity: e.entity,
        entityId: e.entityId,
        op: e.action,
        data: e.after,
      });
      byMutation.set(e.mutationId, list);
    }
    return {
      council,
      template,
      day: [...byMutation.values()],
      staff: await allStaffAccounts(recorder.database),
      newDesk,
      freshDesk: (name) => freshDesk(name),
      async close() {
        for (const desk of desks) {
          await desk.stop().catch(() => undefined);
          desk.remove();
        }
        rmSync(folder, { recursive: true, force: true });
        await council.close();
      },
    };
  })();
  return shared;
}

/** The day as another desk made it: new ids for its saves and records, its own clock. */
export function dayOf(day: PushChange[][], deskId: string): PushChange[][] {
  const ids = new Map<string, string>();
  const fresh = (id: string) => {
    let mapped = ids.get(id);
    if (!mapped) ids.set(id, (mapped = uuidv7()));
    return mapped;
  };
  return day.map((save) => {
    const mutationId = uuidv7();
    return save.map((c) => {
      const entityId = c.op === 'create' ? fresh(c.entityId) : (ids.get(c.entityId) ?? c.entityId);
      return {
        ...c,
        mutationId,
        hlc: formatHlc({ ...parseHlc(c.hlc), deskId }),
        entityId,
        data: c.data && 'id' in c.data ? { ...c.data, id: entityId } : c.data,
      };
    });
  });
}
