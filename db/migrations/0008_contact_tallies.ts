// Frozen once landed: never edit; add a new migration instead.
// Contacts counted as they are saved, so a team leader's day, week or month of figures reads a
// few hundred tally rows instead of every contact (NeSDS standards 2 and 18 at the scale of
// a large council: 2,700 contacts a day, a 28-day report scanned 79,000 index entries twice).
// Every count is a sum, so triggers keep them right on each insert, correction and delete,
// including the repeat flag migration 0007's triggers set on earlier contacts:
// - `contact_hours`: per UTC hour, site and adviser. Every UTC hour lies inside one London
//   hour, so callers place hours on London days exactly, clock changes included;
// - `contact_site_tallies`: per London day and site, by channel, service, adviser,
//   interaction type and customer type (the breakdowns of all sites or one site);
// - `contact_staff_tallies`: the same per adviser, for a team's or an adviser's breakdowns.
// Each tally row holds FCR's parts as shared/metrics/fcr.ts defines them: contacts, the
// completed (inbound) ones, those resolved, and resolved ones the same customer repeated.
import { sql, type Kysely } from 'kysely';

/**
 * The London calendar date of an instant stored as ISO 8601 UTC text. UK summer time runs from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (the rule in
 * force since 1996, now the Summer Time Order 2002); the Sunday on or after the 25th is the
 * month's last. A change to the rule would need a new migration.
 */
export const LONDON_DATE = (t: string) => {
  const lastSunday = (month: string) =>
    `date(substr(${t}, 1, 4) || '-${month}-25', 'weekday 0') || 'T01:00:00.000Z'`;
  return `date(${t}, case when ${t} >= ${lastSunday('03')} and ${t} < ${lastSunday('10')}
    then '+1 hour' else '+0 hours' end)`;
};

const COUNTS = ['contacts', 'completed', 'resolved', 'repeats'] as const;

/** FCR's parts of one contact row (`new` or `old`), negated for a row that goes. */
const countsOf = (row: string, sign: 1 | -1) => {
  const s = sign === 1 ? '' : '-';
  return [
    `${s}1`,
    `${s}(${row}.direction = 'inbound')`,
    `${s}(${row}.direction = 'inbound' and ${row}.outcome = 'resolved')`,
    `${s}${row}.repeated`,
  ];
};

interface Tally {
  table: string;
  /** Key columns and how each is worked out from a contact row. */
  keys: [string, (row: string) => string][];
  /** Tallies by dimension: the dimensions and the contact column each is keyed by. */
  dimensions?: [string, string][];
}

const HOURS: Tally = {
  table: 'contact_hours',
  keys: [
    ['hour', (r) => `substr(${r}.started_at, 1, 13)`],
    ['site_id', (r) => `${r}.site_id`],
    ['staff_id', (r) => `${r}.staff_id`],
  ],
};
const BY_DIMENSION: [string, string][] = [
  ['channel', 'channel'],
  ['service', 'service_id'],
  ['interaction_type', 'interaction_type_id'],
  ['customer_type', 'customer_type_id'],
];
const SITE_TALLIES: Tally = {
  table: 'contact_site_tallies',
  keys: [
    ['date', (r) => LONDON_DATE(`${r}.started_at`)],
    ['site_id', (r) => `${r}.site_id`],
  ],
  dimensions: [...BY_DIMENSION, ['staff', 'staff_id']],
};
const STAFF_TALLIES: Tally = {
  table: 'contact_staff_tallies',
  keys: [
    ['staff_id', (r) => `${r}.staff_id`],
    ['date', (r) => LONDON_DATE(`${r}.started_at`)],
    ['site_id', (r) => `${r}.site_id`],
  ],
  dimensions: BY_DIMENSION,
};
const TALLIES = [HOURS, SITE_TALLIES, STAFF_TALLIES];

const keyColumns = (t: Tally) => [
  ...t.keys.map(([name]) => name),
  ...(t.dimensions ? ['dimension', 'key'] : []),
];

/** The upserts that add (or, with -1, take away) one contact row's counts to a tally. */
function upserts(t: Tally, row: string, sign: 1 | -1): string[] {
  const keys = t.keys.map(([, of]) => of(row));
  const values = (extra: string[]) => [...keys, ...extra, ...countsOf(row, sign)].join(', ');
  const conflict = `on conflict (${keyColumns(t).join(', ')}) do update set ${COUNTS.map(
    (c) => `${c} = ${c} + excluded.${c}`,
  ).join(', ')}`;
  const into = `insert into ${t.table} (${[...keyColumns(t), ...COUNTS].join(', ')})`;
  if (!t.dimensions) return [`${into} values (${values([])}) ${conflict};`];
  return t.dimensions.map(
    ([dimension, column]) =>
      `${into} values (${values([`'${dimension}'`, `${row}.${column}`])}) ${conflict};`,
  );
}

/** The whole tally worked out from the contacts on file (for existing databases). */
function backfill(t: Tally): string[] {
  const keys = t.keys.map(([, of]) => of('c'));
  const sums = countsOf('c', 1).map((e, i) => (i === 0 ? 'count(*)' : `sum(${e})`));
  const into = `insert into ${t.table} (${[...keyColumns(t), ...COUNTS].join(', ')})`;
  const group = (extra: string[]) =>
    `select ${[...keys, ...extra, ...sums].join(', ')} from contacts c
     group by ${[...keys, ...extra].join(', ')};`;
  if (!t.dimensions) return [`${into} ${group([])}`];
  return t.dimensions.map(
    ([dimension, column]) => `${into} ${group([`'${dimension}'`, `c.${column}`])}`,
  );
}

/** The contact columns any tally depends on: an update touching none of them changes nothing. */
const COUNTED = [
  'started_at',
  'site_id',
  'staff_id',
  'channel',
  'service_id',
  'interaction_type_id',
  'customer_type_id',
  'direction',
  'outcome',
  'repeated',
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const t of TALLIES) {
    const columns = [
      ...t.keys.map(([name]) => `${name} text not null`),
      ...(t.dimensions ? ['dimension text not null', 'key text not null'] : []),
      ...COUNTS.map((c) => `${c} integer not null`),
    ];
    await sql
      .raw(
        `create table ${t.table} (${columns.join(', ')},
           primary key (${keyColumns(t).join(', ')})) without rowid`,
      )
      .execute(db);
    for (const statement of backfill(t)) await sql.raw(statement).execute(db);
  }
  const all = (row: string, sign: 1 | -1) => TALLIES.flatMap((t) => upserts(t, row, sign));
  await sql
    .raw(
      `create trigger contacts_tally_insert after insert on contacts begin
      ${all('new', 1).join('\n')}
    end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger contacts_tally_delete after delete on contacts begin
      ${all('old', -1).join('\n')}
    end`,
    )
    .execute(db);
  // Fires for 0007's recomputed repeat flags too, but only when something counted changed.
  await sql
    .raw(
      `create trigger contacts_tally_update after update of ${COUNTED.join(', ')} on contacts
      when ${COUNTED.map((c) => `old.${c} is not new.${c}`).join(' or ')} begin
      ${all('old', -1).join('\n')}
      ${all('new', 1).join('\n')}
    end`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['insert', 'delete', 'update'])
    await sql.raw(`drop trigger contacts_tally_${name}`).execute(db);
  for (const t of TALLIES) await db.schema.dropTable(t.table).execute();
}
