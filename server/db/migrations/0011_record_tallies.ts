// Frozen once landed: never edit; add a new migration instead.
// The contact tallies of the council's records (issue 23: "the server keeps its own tallies
// as it applies pushed changes (or with PostgreSQL triggers) so a day's figures for all sites
// read a few hundred rows, as on the desk"): the same three tables as the desk's migration
// 0008 (per UTC hour; per London day and site; per London day, adviser and site, each by
// channel, service, interaction type, customer type and, per site, adviser), kept by a
// trigger on records.contacts as the desk's triggers keep them: a contact counts while it is
// not void (0021), FCR's parts follow shared/metrics/fcr.ts, and its repeat flag is the one
// the server decides (server/records/project.ts). A contact missing a field is counted as
// SQLite's sum() would skip it, never refused (a refusal would stop the records catching up).
// The London day is PostgreSQL's own time zone rule, as db/engine/postgres.ts `londonDate`. Filled from the records already held.
import { sql, type Kysely } from 'kysely';

const COUNTS =
  'contacts integer not null, completed integer not null, resolved integer not null, repeats integer not null';

/** The dimensions, and the contact column each is keyed by ('staff' only per site). */
const DIMENSIONS: [string, string][] = [
  ['channel', 'channel'],
  ['service', 'service_id'],
  ['interaction_type', 'interaction_type_id'],
  ['customer_type', 'customer_type_id'],
];

/** Adds one contact row's counts, times `sign` (-1 takes them away), to every tally. */
function addRow(): string {
  const add = (table: string, keys: string[], values: string[]) =>
    `insert into records.${table} (${keys.join(', ')}, contacts, completed, resolved, repeats)
       values (${values.join(', ')}, c, done, res, rep)
       on conflict (${keys.join(', ')}) do update set
         contacts = ${table}.contacts + excluded.contacts,
         completed = ${table}.completed + excluded.completed,
         resolved = ${table}.resolved + excluded.resolved,
         repeats = ${table}.repeats + excluded.repeats;`;
  const site = [...DIMENSIONS, ['staff', 'staff_id'] as [string, string]];
  return [
    add(
      'contact_hours',
      ['hour', 'site_id', 'staff_id'],
      ['substr(r.started_at, 1, 13)', "coalesce(r.site_id, '')", "coalesce(r.staff_id, '')"],
    ),
    ...site.map(([dimension, column]) =>
      add(
        'contact_site_tallies',
        ['date', 'site_id', 'dimension', 'key'],
        ['day', "coalesce(r.site_id, '')", `'${dimension}'`, `coalesce(r.${column}, '')`],
      ),
    ),
    ...DIMENSIONS.map(([dimension, column]) =>
      add(
        'contact_staff_tallies',
        ['staff_id', 'date', 'site_id', 'dimension', 'key'],
        [
          "coalesce(r.staff_id, '')",
          'day',
          "coalesce(r.site_id, '')",
          `'${dimension}'`,
          `coalesce(r.${column}, '')`,
        ],
      ),
    ),
  ].join('\n');
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
  'voided_at',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `create table records.contact_hours (hour text not null, site_id text not null,
         staff_id text not null, ${COUNTS}, primary key (hour, site_id, staff_id));
       create table records.contact_site_tallies (date text not null, site_id text not null,
         dimension text not null, key text not null, ${COUNTS},
         primary key (date, site_id, dimension, key));
       create table records.contact_staff_tallies (staff_id text not null, date text not null,
         site_id text not null, dimension text not null, key text not null, ${COUNTS},
         primary key (staff_id, date, site_id, dimension, key));`,
    )
    .execute(db);
  await sql
    .raw(
      `create function records.tally_contact(r records.contacts, sign integer) returns void
       language plpgsql as $$
       declare
         counted integer := sign * (r.voided_at is null)::integer;
         day text := to_char(r.started_at::timestamptz at time zone 'Europe/London', 'YYYY-MM-DD');
         c integer := counted;
         done integer := counted * coalesce((r.direction = 'inbound')::integer, 0);
         res integer := counted * coalesce((r.direction = 'inbound' and r.outcome = 'resolved')::integer, 0);
         rep integer := counted * coalesce(r.repeated, 0)::integer;
       begin
         if r.started_at is null then return; end if;
         ${addRow()}
       end $$;
       create function records.contacts_tally() returns trigger language plpgsql as $$
       begin
         if tg_op in ('UPDATE', 'DELETE') then perform records.tally_contact(old, -1); end if;
         if tg_op in ('INSERT', 'UPDATE') then perform records.tally_contact(new, 1); end if;
         return null;
       end $$;
       create trigger contacts_tally_insert_delete after insert or delete on records.contacts
         for each row execute function records.contacts_tally();
       create trigger contacts_tally_update after update of ${COUNTED.join(', ')}
         on records.contacts for each row
         when (${COUNTED.map((c) => `old.${c} is distinct from new.${c}`).join(' or ')})
         execute function records.contacts_tally();
       select records.tally_contact(c, 1) from records.contacts c;`,
    )
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop trigger contacts_tally_update on records.contacts;
       drop trigger contacts_tally_insert_delete on records.contacts;
       drop function records.contacts_tally();
       drop function records.tally_contact(records.contacts, integer);
       drop table records.contact_hours, records.contact_site_tallies,
         records.contact_staff_tallies;`,
    )
    .execute(db);
}
