// The names behind the ids a breakdown is keyed by, retired items included: a period's
// figures still name the service or adviser that was in use then.
import type { ReadableDB } from '../../handles';

export interface Names {
  service: Map<string, string>;
  staff: Map<string, string>;
  interactionType: Map<string, string>;
  customerType: Map<string, string>;
}

export async function namesOf(db: ReadableDB): Promise<Names> {
  const [services, staff, types, customerTypes] = await Promise.all([
    db.selectFrom('services').select(['id', 'name']).execute(),
    db.selectFrom('staff').select(['id', 'display_name as name']).execute(),
    db.selectFrom('interaction_types').select(['id', 'name']).execute(),
    db.selectFrom('customer_types').select(['id', 'name']).execute(),
  ]);
  const map = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]));
  return {
    service: map(services),
    staff: map(staff),
    interactionType: map(types),
    customerType: map(customerTypes),
  };
}
