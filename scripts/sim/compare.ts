// The simulation's verdict: nothing acknowledged on a desk missing from the server (lost),
// nothing applied twice (duplicated), and every desk's records identical to those of a desk
// that joined only at the end and built its copy from the server alone (diverged).
import type { ServerDb } from '../../server/db/connect';
import type { SimDesk } from './desk';

/**
 * The council's records every desk holds in full. Left out: each desk's own bookkeeping
 * (sessions, drafts, sync state) and the views and searches the access log records on the
 * desk where they happened.
 */
export const COMPARED_TABLES = [
  'customers',
  'customer_markers',
  'contacts',
  'correspondence',
  'holding_replies',
  'hand_offs',
  'feedback',
  'complaint_stages',
  'visits',
  'visit_stretches',
  'appointments',
  'desks',
  'satisfaction_surveys',
  'contact_offers',
] as const;

function rowsOf(desk: SimDesk, table: string): Map<string, string> {
  const rows = desk.sqlite.prepare(`select * from ${table}`).all() as Record<string, unknown>[];
  return new Map(rows.map((r) => [String(r.id), JSON.stringify(r)]));
}

/** Rows that differ from the reference desk's, are missing, or are extra, over all tables. */
export function divergedRows(desks: readonly SimDesk[], reference: SimDesk): number {
  let diverged = 0;
  for (const table of COMPARED_TABLES) {
    const expected = rowsOf(reference, table);
    for (const desk of desks) {
      const actual = rowsOf(desk, table);
      for (const [id, row] of expected) if (actual.get(id) !== row) diverged += 1;
      for (const id of actual.keys()) if (!expected.has(id)) diverged += 1;
    }
  }
  return diverged;
}

/** Saves a desk said it made (and logged) that the server does not hold, refusals aside. */
export async function lostSaves(desks: readonly SimDesk[], server: ServerDb): Promise<number> {
  const onServer = new Set(
    (await server.selectFrom('mutations').select('id').execute()).map((r) => r.id),
  );
  let lost = 0;
  for (const desk of desks) {
    const logged = new Set(
      desk.sqlite
        .prepare(
          'select distinct mutation_id from change_log where from_desk is null and mutation_id is not null',
        )
        .pluck()
        .all() as string[],
    );
    const refused = new Set(
      desk.sqlite
        .prepare(`select mutation_id from sync_problems where direction = 'push'`)
        .pluck()
        .all() as string[],
    );
    for (const id of desk.acknowledged) {
      if (logged.has(id) && !refused.has(id) && !onServer.has(id)) lost += 1;
    }
  }
  return lost;
}

/** Changes held twice: on the server by mutation and row, on a desk by row and clock. */
export async function duplicatedChanges(
  desks: readonly SimDesk[],
  server: ServerDb,
): Promise<number> {
  const twice = await server
    .selectFrom('changes')
    .select(['mutation_id', 'entity', 'entity_id', 'hlc'])
    .groupBy(['mutation_id', 'entity', 'entity_id', 'hlc'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute();
  let duplicated = twice.length;
  for (const desk of desks) {
    duplicated += Number(
      desk.sqlite
        .prepare(
          `select count(*) from (select 1 from change_log where hlc is not null
           group by entity, entity_id, hlc having count(*) > 1)`,
        )
        .pluck()
        .get(),
    );
  }
  return duplicated;
}

export function refusedChanges(desks: readonly SimDesk[]): number {
  return desks.reduce(
    (n, desk) =>
      n + Number(desk.sqlite.prepare('select count(*) from sync_problems').pluck().get()),
    0,
  );
}
