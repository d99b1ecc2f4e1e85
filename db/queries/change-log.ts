import type { ReadableDB } from '../handles';

export async function historyOf(db: ReadableDB, entity: string, entityId: string) {
  return db
    .selectFrom('change_log as l')
    .leftJoin('staff as s', 's.id', 'l.staff_id')
    .select(['l.id', 'l.at', 'l.action', 'l.before', 'l.after', 's.display_name as staff_name'])
    .where('l.entity', '=', entity)
    .where('l.entity_id', '=', entityId)
    .orderBy('l.id')
    .execute();
}
