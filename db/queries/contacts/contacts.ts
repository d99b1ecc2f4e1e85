import { sql } from 'kysely';
import type { Db, Tx } from '../../write';

/** A contact with the names of everything it points at, as screens and reports show it. */
export function selectContactRows(db: Db | Tx) {
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
      // A contact keeps at most one call (electron/api/contact-call.ts), the one answered.
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
        sql<
          number | null
        >`cast(round((julianday(k.answered_at) - julianday(k.queued_at)) * 86400) as integer)`.as(
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

export type ContactRow = Awaited<
  ReturnType<ReturnType<typeof selectContactRows>['executeTakeFirstOrThrow']>
>;

export async function getContactRow(db: Db | Tx, id: string): Promise<ContactRow | undefined> {
  return selectContactRows(db).where('c.id', '=', id).executeTakeFirst();
}

/** A member of staff's contacts that started in `[from, to)`, oldest first. */
export async function listStaffContacts(
  db: Db | Tx,
  staffId: string,
  from: string,
  to: string,
): Promise<ContactRow[]> {
  return selectContactRows(db)
    .where('c.staff_id', '=', staffId)
    .where('c.started_at', '>=', from)
    .where('c.started_at', '<', to)
    .orderBy('c.started_at')
    .orderBy('c.id')
    .execute();
}

export async function getContact(db: Db | Tx, id: string) {
  return db.selectFrom('contacts').selectAll().where('id', '=', id).executeTakeFirst();
}
