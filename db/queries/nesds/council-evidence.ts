// The NeSDS evidence in how the council is set up rather than in a period's records: the
// BVPI 157 interaction types (standard 1), when its active sites open (standard 1's
// extended hours) and the departments behind its active services (standard 22).
import type { ReadableDB } from '../../handles';

/** The active BVPI 157 interaction types, in the council's order. */
export function bvpi157Types(db: ReadableDB): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('interaction_types')
    .select(['id', 'name'])
    .where('bvpi157', '=', 1)
    .where('active', '=', 1)
    .orderBy('sort_order')
    .execute();
}

export interface ServiceDepartment {
  name: string;
  contactName: string | null;
  escalationContact: string | null;
}

/** The active departments that stand behind at least one active service, by name. */
export function departmentsBehindServices(db: ReadableDB): Promise<ServiceDepartment[]> {
  return db
    .selectFrom('departments as d')
    .select([
      'd.name',
      'd.contact_name as contactName',
      'd.escalation_contact as escalationContact',
    ])
    .where('d.active', '=', 1)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('services as s')
          .select('s.id')
          .whereRef('s.department_id', '=', 'd.id')
          .where('s.active', '=', 1),
      ),
    )
    .orderBy('d.name')
    .execute();
}
