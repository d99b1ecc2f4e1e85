// The services a customer uses, on any channel: a change of address is passed to each of
// them (NeSDS standard 24: nothing captured twice).
import type { ReadableDB } from '../../handles';

/** The active services a customer has used on any channel, with the department that runs each. */
export async function servicesUsedBy(db: ReadableDB, customerId: string) {
  const ids = new Set<string>();
  const [contacts, visits, letters, handOffs, feedback] = await Promise.all([
    db
      .selectFrom('contacts')
      .select('service_id as id')
      .where('customer_id', '=', customerId)
      .execute(),
    db
      .selectFrom('visits')
      .select('first_service_id as id')
      .where('customer_id', '=', customerId)
      .execute(),
    db
      .selectFrom('correspondence')
      .select('service_id as id')
      .where('customer_id', '=', customerId)
      .execute(),
    db
      .selectFrom('hand_offs')
      .select('service_id as id')
      .where('customer_id', '=', customerId)
      .execute(),
    db
      .selectFrom('feedback')
      .select('service_id as id')
      .where('customer_id', '=', customerId)
      .execute(),
  ]);
  for (const r of [...contacts, ...visits, ...letters, ...handOffs, ...feedback]) ids.add(r.id);
  if (ids.size === 0) return [];
  return db
    .selectFrom('services')
    .select(['id', 'name', 'department_id'])
    .where('id', 'in', [...ids])
    .where('active', '=', 1)
    .orderBy('name')
    .execute();
}
