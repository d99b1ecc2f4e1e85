// Everything the council holds about one customer (UK GDPR Art. 15, right of access): their
// record and any merged into it, every record on it and what hangs off those (a letter's
// holding replies, a complaint's stages, a contact's survey and offers), their warning
// markers with the log of who was shown them, and the change history of all of it. Rows come
// as stored, so the machine-readable copy is complete; names for the ids come beside them.
import { sql } from 'kysely';
import type { ReadableDB } from '../../handles';
import { customerFamily } from './anonymise';

type Row = Record<string, unknown>;

/** Each kind of record in the export, in the order a person would read them. */
export const SUBJECT_ACCESS_KINDS = [
  'customer',
  'contacts',
  'contact_offers',
  'satisfaction_surveys',
  'visits',
  'appointments',
  'correspondence',
  'holding_replies',
  'hand_offs',
  'feedback',
  'complaint_stages',
  'customer_markers',
  'customer_marker_views',
  'change_log',
] as const;
export type SubjectAccessKind = (typeof SUBJECT_ACCESS_KINDS)[number];

/** The kinds whose changes the change log holds (the customer's own are added by family; a
 * marker view is a log itself). */
const LOGGED_KINDS = SUBJECT_ACCESS_KINDS.filter(
  (kind): kind is Exclude<SubjectAccessKind, 'customer' | 'customer_marker_views' | 'change_log'> =>
    kind !== 'customer' && kind !== 'customer_marker_views' && kind !== 'change_log',
);

export interface SubjectAccessData {
  customerId: string;
  records: Record<SubjectAccessKind, Row[]>;
  /** Each kind's columns, so a kind with no records still has its headings. */
  columns: Record<SubjectAccessKind, string[]>;
  /** Names of the services, departments, sites, staff and types the rows point at, by id. */
  names: Record<string, string>;
}

/** Rows of a table whose `column` is one of `ids`, oldest first by `order`. */
async function rowsWhere(
  db: ReadableDB,
  table: string,
  column: string,
  ids: readonly string[],
  order: string,
): Promise<Row[]> {
  if (ids.length === 0) return [];
  const rows = await sql<Row>`select * from ${sql.table(table)}
    where ${sql.ref(column)} in (${sql.join(ids)}) order by ${sql.ref(order)}, id`.execute(db);
  return rows.rows;
}

const CHANGE_COLUMNS = [
  'id',
  'at',
  'staff_id',
  'site_id',
  'entity',
  'entity_id',
  'action',
  'before',
  'after',
] as const;

const idsOf = (rows: Row[]) => rows.map((r) => r.id as string);

/** The change log of these entities; its before and after read as objects, not JSON text. */
async function changesOf(db: ReadableDB, entities: [string, string[]][]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [entity, ids] of entities) {
    if (ids.length === 0) continue;
    const found = await db
      .selectFrom('change_log')
      .select([...CHANGE_COLUMNS])
      .where('entity', '=', entity)
      .where('entity_id', 'in', ids)
      .execute();
    rows.push(
      ...found.map((r) => ({
        ...r,
        before: r.before === null ? null : (JSON.parse(r.before) as unknown),
        after: r.after === null ? null : (JSON.parse(r.after) as unknown),
      })),
    );
  }
  // UUIDv7 ids are time-ordered: the history in the order it happened.
  return rows.sort((a, b) => (a.id as string).localeCompare(b.id as string));
}

async function columnsOf(db: ReadableDB): Promise<SubjectAccessData['columns']> {
  const entries = await Promise.all(
    SUBJECT_ACCESS_KINDS.map(async (kind): Promise<[SubjectAccessKind, string[]]> => {
      if (kind === 'change_log') return [kind, [...CHANGE_COLUMNS]];
      const table = kind === 'customer' ? 'customers' : kind;
      const rows = await sql<{
        name: string;
      }>`select name from pragma_table_info(${table})`.execute(db);
      return [kind, rows.rows.map((r) => r.name)];
    }),
  );
  return Object.fromEntries(entries) as SubjectAccessData['columns'];
}

/** Every text value in the records, a change's before and after included. */
function valuesIn(records: Record<string, Row[]>): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  Object.values(records).forEach(walk);
  return found;
}

/** The names of the services, sites, staff and the like the records point at, and no others:
 * the export says who dealt with the customer, not who else works for the council. */
async function namesOf(db: ReadableDB, wanted: Set<string>): Promise<Record<string, string>> {
  const lists = await Promise.all([
    db.selectFrom('services').select(['id', 'name']).execute(),
    db.selectFrom('departments').select(['id', 'name']).execute(),
    db.selectFrom('sites').select(['id', 'name']).execute(),
    db.selectFrom('interaction_types').select(['id', 'name']).execute(),
    db.selectFrom('customer_types').select(['id', 'name']).execute(),
    db.selectFrom('staff').select(['id', 'display_name as name']).execute(),
    db.selectFrom('service_standards').select(['id', 'name']).execute(),
  ]);
  return Object.fromEntries(
    lists
      .flat()
      .filter((r) => wanted.has(r.id))
      .map((r) => [r.id, r.name]),
  );
}

/** Everything held about the customer `id`; undefined when there is no such record. */
export async function subjectAccessData(
  db: ReadableDB,
  id: string,
): Promise<SubjectAccessData | undefined> {
  const family = await customerFamily(db, id);
  const customer = await rowsWhere(db, 'customers', 'id', family, 'created_at');
  if (customer.length === 0) return undefined;
  const [contacts, visits, appointments, correspondence, handOffs, feedback, markers, views] =
    await Promise.all([
      rowsWhere(db, 'contacts', 'customer_id', family, 'started_at'),
      rowsWhere(db, 'visits', 'customer_id', family, 'arrived_at'),
      rowsWhere(db, 'appointments', 'customer_id', family, 'starts_at'),
      rowsWhere(db, 'correspondence', 'customer_id', family, 'received_at'),
      rowsWhere(db, 'hand_offs', 'customer_id', family, 'created_at'),
      rowsWhere(db, 'feedback', 'customer_id', family, 'received_at'),
      rowsWhere(db, 'customer_markers', 'customer_id', family, 'set_at'),
      rowsWhere(db, 'customer_marker_views', 'customer_id', family, 'viewed_at'),
    ]);
  const [offers, surveys, holdingReplies, stages] = await Promise.all([
    rowsWhere(db, 'contact_offers', 'contact_id', idsOf(contacts), 'contact_id'),
    rowsWhere(db, 'satisfaction_surveys', 'contact_id', idsOf(contacts), 'recorded_at'),
    rowsWhere(db, 'holding_replies', 'correspondence_id', idsOf(correspondence), 'sent_at'),
    rowsWhere(db, 'complaint_stages', 'feedback_id', idsOf(feedback), 'started_at'),
  ]);
  const records: SubjectAccessData['records'] = {
    customer,
    contacts,
    contact_offers: offers,
    satisfaction_surveys: surveys,
    visits,
    appointments,
    correspondence,
    holding_replies: holdingReplies,
    hand_offs: handOffs,
    feedback,
    complaint_stages: stages,
    customer_markers: markers,
    customer_marker_views: views,
    change_log: [],
  };
  records.change_log = await changesOf(db, [
    ['customers', family],
    ...LOGGED_KINDS.map((kind): [string, string[]] => [kind, idsOf(records[kind])]),
  ]);
  const [names, columns] = await Promise.all([namesOf(db, valuesIn(records)), columnsOf(db)]);
  return { customerId: id, records, columns, names };
}
