// Reading contacts: each with the names of everything it points at, its flags read from
// SQLite's 0/1 into booleans, so the screens and handlers see the domain's types.
import { sql } from 'kysely';
import { engineOf } from '../../engine/engine';
import type { ReadableDB } from '../../handles';

/** A contact with the names of everything it points at, as stored. */
export function selectContactRows(db: ReadableDB) {
  const e = engineOf(db);
  return (
    db
      .selectFrom('contacts as c')
      .innerJoin('services as s', 's.id', 'c.service_id')
      .innerJoin('interaction_types as it', 'it.id', 'c.interaction_type_id')
      .innerJoin('customer_types as ct', 'ct.id', 'c.customer_type_id')
      .innerJoin('staff as st', 'st.id', 'c.staff_id')
      .innerJoin('sites as si', 'si.id', 'c.site_id')
      .leftJoin('departments as d', 'd.id', 'c.department_id')
      .leftJoin('staff as vs', 'vs.id', 'c.voided_by')
      // A contact keeps at most one call (contact-call.ts), the one answered.
      .leftJoin('calls as k', (join) =>
        join.onRef('k.contact_id', '=', 'c.id').on('k.answered_at', 'is not', null),
      )
      .selectAll('c')
      .select([
        's.name as service_name',
        'it.name as interaction_type_name',
        'ct.name as customer_type_name',
        'st.display_name as staff_name',
        'si.name as site_name',
        'd.name as department_name',
        'k.transferred',
        'k.transfer_reason',
        'vs.display_name as voided_by_name',
      ])
      .select(
        // Typed in whole seconds: the answer time of shared/metrics/telephone.ts, rounded.
        sql<
          number | null
        >`cast(round(${e.answerMs(sql`k.queued_at`, sql`k.answered_at`)} / 1000.0) as integer)`.as(
          'answer_seconds',
        ),
      )
      // Corrected: the change log holds an update for it (timestamps alone can tie) other
      // than the one that voided it.
      .select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('change_log as l')
              .select('l.id')
              .where('l.entity', '=', 'contacts')
              .whereRef('l.entity_id', '=', 'c.id')
              .where('l.action', '=', 'update')
              .where(sql<string | null>`json_extract(l.after, '$.voided_at')`, 'is', null),
          )
          .as('corrected'),
      )
  );
}

type StoredContactRow = Awaited<
  ReturnType<ReturnType<typeof selectContactRows>['executeTakeFirstOrThrow']>
>;

/** A contact with its names; the call's flags and the correction as booleans. */
export type ContactRow = Omit<StoredContactRow, 'transferred' | 'answer_seconds' | 'corrected'> & {
  transferred: boolean;
  answer_seconds: number | null;
  corrected: boolean;
};

function toContactRow(row: StoredContactRow): ContactRow {
  return {
    ...row,
    transferred: row.transferred === 1,
    answer_seconds: row.answer_seconds === null ? null : Number(row.answer_seconds),
    corrected: Boolean(row.corrected),
  };
}

export async function getContactRow(db: ReadableDB, id: string): Promise<ContactRow | undefined> {
  const row = await selectContactRows(db).where('c.id', '=', id).executeTakeFirst();
  return row && toContactRow(row);
}

/** A member of staff's contacts that started in `[from, to)`, oldest first. */
export async function listStaffContacts(
  db: ReadableDB,
  staffId: string,
  from: string,
  to: string,
): Promise<ContactRow[]> {
  const rows = await selectContactRows(db)
    .where('c.staff_id', '=', staffId)
    .where('c.started_at', '>=', from)
    .where('c.started_at', '<', to)
    .orderBy('c.started_at')
    .orderBy('c.id')
    .execute();
  return rows.map(toContactRow);
}

/** The contact's own row, as stored. */
export async function getContact(db: ReadableDB, id: string) {
  return db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The customer a contact is about (null when none was linked); undefined when no contact. */
export async function contactCustomerId(
  db: ReadableDB,
  id: string,
): Promise<string | null | undefined> {
  const row = await db
    .selectFrom('contacts')
    .select('customer_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.customer_id;
}

/** Who voided a contact, when and why; undefined while it stands. */
export async function contactVoiding(
  db: ReadableDB,
  id: string,
): Promise<{ at: string; byName: string; reason: string } | undefined> {
  const row = await db
    .selectFrom('contacts as c')
    .innerJoin('staff as st', 'st.id', 'c.voided_by')
    .select(['c.voided_at', 'c.void_reason', 'st.display_name'])
    .where('c.id', '=', id)
    .where('c.voided_at', 'is not', null)
    .executeTakeFirst();
  return row && { at: row.voided_at!, byName: row.display_name, reason: row.void_reason! };
}

/** The visit a contact is recorded from, with its customer; undefined when there is none. */
export async function visitOfContact(
  db: ReadableDB,
  visitId: string,
): Promise<{ id: string; customer_id: string | null } | undefined> {
  return db
    .selectFrom('visits')
    .select(['id', 'customer_id'])
    .where('id', '=', visitId)
    .executeTakeFirst();
}
