// Frozen once landed: never edit; add a new migration instead.
// Voiding a contact (issue 19): a contact recorded in error is kept, marked void (who, when,
// why) and left out of every figure. Voiding is an UPDATE, so the triggers that keep the
// figures right treat a voided row as absent:
// - the tallies (0008) count a contact only while it is not void: the update trigger now
//   fires on `voided_at` too, taking the contact's counts away as it is voided (and putting
//   them back should it ever be un-voided);
// - the repeat-contact flag (0007) ignores voided contacts on both sides: a voided contact
//   is never a repeat, and never makes an earlier one a repeat; voiding recomputes the flags
//   of the week before it, as a delete does.
// The triggers are the same as 0007's and 0008's otherwise, written out here because those
// migrations are frozen. The covering index of a day's figures gains `voided_at`, so the
// queries that count contacts straight from the table still read the index alone, and a
// partial index finds the few voided contacts (the calls typed with them leave the figures).
import { sql, type Kysely } from 'kysely';
import { LONDON_DATE } from './0008_contact_tallies';

/** Whether the contact row is counted: with `voidAware` off, every row (as before 0021). */
const counted = (row: string, voidAware: boolean) =>
  voidAware ? `(${row}.voided_at is null)` : '1';

// ---- The tallies of 0008 ----

const COUNTS = ['contacts', 'completed', 'resolved', 'repeats'] as const;

/** FCR's parts of one contact row, negated for a row that goes, zero for a voided one. */
const countsOf = (row: string, sign: 1 | -1, voidAware: boolean) => {
  const s = sign === 1 ? '' : '-';
  const c = counted(row, voidAware);
  return [
    `${s}${c}`,
    `${s}(${c} and ${row}.direction = 'inbound')`,
    `${s}(${c} and ${row}.direction = 'inbound' and ${row}.outcome = 'resolved')`,
    `${s}(${c} and ${row}.repeated)`,
  ];
};

interface Tally {
  table: string;
  keys: [string, (row: string) => string][];
  dimensions?: [string, string][];
}

const BY_DIMENSION: [string, string][] = [
  ['channel', 'channel'],
  ['service', 'service_id'],
  ['interaction_type', 'interaction_type_id'],
  ['customer_type', 'customer_type_id'],
];
const TALLIES: Tally[] = [
  {
    table: 'contact_hours',
    keys: [
      ['hour', (r) => `substr(${r}.started_at, 1, 13)`],
      ['site_id', (r) => `${r}.site_id`],
      ['staff_id', (r) => `${r}.staff_id`],
    ],
  },
  {
    table: 'contact_site_tallies',
    keys: [
      ['date', (r) => LONDON_DATE(`${r}.started_at`)],
      ['site_id', (r) => `${r}.site_id`],
    ],
    dimensions: [...BY_DIMENSION, ['staff', 'staff_id']],
  },
  {
    table: 'contact_staff_tallies',
    keys: [
      ['staff_id', (r) => `${r}.staff_id`],
      ['date', (r) => LONDON_DATE(`${r}.started_at`)],
      ['site_id', (r) => `${r}.site_id`],
    ],
    dimensions: BY_DIMENSION,
  },
];

const keyColumns = (t: Tally) => [
  ...t.keys.map(([name]) => name),
  ...(t.dimensions ? ['dimension', 'key'] : []),
];

function upserts(t: Tally, row: string, sign: 1 | -1, voidAware: boolean): string[] {
  const keys = t.keys.map(([, of]) => of(row));
  const values = (extra: string[]) =>
    [...keys, ...extra, ...countsOf(row, sign, voidAware)].join(', ');
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

/** The contact columns any tally depends on; with voiding, `voided_at` too. */
const tallied = (voidAware: boolean) => [
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
  ...(voidAware ? ['voided_at'] : []),
];

async function createTallyTriggers(db: Kysely<any>, voidAware: boolean): Promise<void> {
  const all = (row: string, sign: 1 | -1) =>
    TALLIES.flatMap((t) => upserts(t, row, sign, voidAware));
  const columns = tallied(voidAware);
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
  await sql
    .raw(
      `create trigger contacts_tally_update after update of ${columns.join(', ')} on contacts
      when ${columns.map((c) => `old.${c} is not new.${c}`).join(' or ')} begin
      ${all('old', -1).join('\n')}
      ${all('new', 1).join('\n')}
    end`,
    )
    .execute(db);
}

// ---- The repeat-contact flag of 0007 ----

/** Whether contact row `c` is a repeated resolved contact: followed within 7 days by another
 * inbound contact from the same customer about the same service, neither of them void. */
const REPEATED = (c: string, voidAware: boolean) => `(${c}.direction = 'inbound'
  and ${c}.outcome = 'resolved' and ${counted(c, voidAware)}
  and ${c}.customer_id is not null and exists (select 1 from contacts r
    where r.customer_id = ${c}.customer_id and r.service_id = ${c}.service_id
      and r.direction = 'inbound' and ${counted('r', voidAware)} and +r.started_at > ${c}.started_at
      and +r.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', ${c}.started_at, '+7 days')))`;

// The flags of the contacts a contact at `x` could follow up (its pair, the 7 days before it).
const FOLLOWED_BY = (x: string, voidAware: boolean) => `update contacts
  set repeated = ${REPEATED('contacts', voidAware)}
  where customer_id = ${x}.customer_id and service_id = ${x}.service_id
    and +started_at < ${x}.started_at
    and +started_at >= strftime('%Y-%m-%dT%H:%M:%fZ', ${x}.started_at, '-7 days');`;

async function createRepeatTriggers(db: Kysely<any>, voidAware: boolean): Promise<void> {
  const changes = [
    'customer_id',
    'service_id',
    'started_at',
    'direction',
    'outcome',
    ...(voidAware ? ['voided_at'] : []),
  ];
  await sql
    .raw(
      `create trigger contacts_repeat_insert after insert on contacts
       when new.customer_id is not null begin
         ${FOLLOWED_BY('new', voidAware)}
         update contacts set repeated = ${REPEATED('contacts', voidAware)} where id = new.id;
       end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger contacts_repeat_update after update of ${changes.join(', ')} on contacts begin
         ${FOLLOWED_BY('old', voidAware)}
         ${FOLLOWED_BY('new', voidAware)}
         update contacts set repeated = ${REPEATED('contacts', voidAware)} where id = new.id;
       end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger contacts_repeat_delete after delete on contacts begin ${FOLLOWED_BY('old', voidAware)} end`,
    )
    .execute(db);
}

// ---- Both together ----

const TRIGGERS = [
  'contacts_tally_insert',
  'contacts_tally_delete',
  'contacts_tally_update',
  'contacts_repeat_insert',
  'contacts_repeat_update',
  'contacts_repeat_delete',
];

/** The columns of 0007's covering index of a day's figures. */
const STATS_COLUMNS = [
  'started_at',
  'direction',
  'outcome',
  'repeated',
  'channel',
  'site_id',
  'staff_id',
  'service_id',
  'interaction_type_id',
  'customer_type_id',
];

async function replaceTriggersAndIndex(db: Kysely<any>, voidAware: boolean): Promise<void> {
  for (const name of TRIGGERS) await sql.raw(`drop trigger ${name}`).execute(db);
  await createTallyTriggers(db, voidAware);
  await createRepeatTriggers(db, voidAware);
  await db.schema.dropIndex('contacts_stats').execute();
  await db.schema
    .createIndex('contacts_stats')
    .on('contacts')
    .columns([...STATS_COLUMNS, ...(voidAware ? ['voided_at'] : [])])
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('contacts').addColumn('voided_at', 'text').execute();
  await db.schema
    .alterTable('contacts')
    .addColumn('voided_by', 'text', (c) => c.references('staff.id'))
    .execute();
  await db.schema
    .alterTable('contacts')
    .addColumn('void_reason', 'text', (c) =>
      c.check(
        sql`(voided_at is null) = (void_reason is null) and (voided_at is null) = (voided_by is null)`,
      ),
    )
    .execute();
  // No contact is void yet, so every tally and repeat flag already stands.
  await replaceTriggersAndIndex(db, true);
  await db.schema
    .createIndex('contacts_voided')
    .on('contacts')
    .column('voided_at')
    .where(sql.ref('voided_at'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  // Un-void first, while the triggers still know voids: the contacts count again in the
  // tallies and the repeat flags, exactly as they would without the columns.
  await sql`update contacts set voided_at = null, voided_by = null, void_reason = null
    where voided_at is not null`.execute(db);
  await db.schema.dropIndex('contacts_voided').execute();
  await replaceTriggersAndIndex(db, false);
  for (const column of ['void_reason', 'voided_by', 'voided_at'])
    await db.schema.alterTable('contacts').dropColumn(column).execute();
}
