// A site's desks: who has each open and which services it calls for. Stored with 0/1 for
// open and a JSON list of service ids; read here as a boolean and a list.
import type { Desk } from '../../schema';
import type { ReadableDB, WritableDB } from '../../handles';
import { insertLogged, newId, updateLogged, type Actor } from '../../write';

/** A desk as the queue reasons about it; `serviceIds` empty means every service. */
export interface DeskRecord {
  id: string;
  site_id: string;
  name: string;
  serviceIds: string[];
  isOpen: boolean;
  staff_id: string | null;
  opened_at: string | null;
  /** Whether its person is at it, as the PC they work at last said (issue 22). */
  presence: 'present' | 'locked' | 'signed_out';
}

function toDesk(row: Desk): DeskRecord {
  const { service_ids, is_open, ...rest } = row;
  return { ...rest, serviceIds: JSON.parse(service_ids) as string[], isOpen: is_open === 1 };
}

export type DeskRow = DeskRecord & { staff_name: string | null };

/** A site's desks by name, with the name of whoever has each open. */
export async function listDesks(db: ReadableDB, siteId: string): Promise<DeskRow[]> {
  const rows = await db
    .selectFrom('desks as d')
    .leftJoin('staff as s', 's.id', 'd.staff_id')
    .selectAll('d')
    .select('s.display_name as staff_name')
    .where('d.site_id', '=', siteId)
    .orderBy('d.name')
    .execute();
  return rows.map(({ staff_name, ...desk }) => ({ ...toDesk(desk), staff_name }));
}

export async function findDesk(db: ReadableDB, id: string): Promise<DeskRecord | undefined> {
  const row = await db.selectFrom('desks').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toDesk(row);
}

export async function findDeskByName(
  db: ReadableDB,
  siteId: string,
  name: string,
): Promise<DeskRecord | undefined> {
  const row = await db
    .selectFrom('desks')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row && toDesk(row);
}

export async function deskNameOf(db: ReadableDB, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('desks').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name;
}

/** The name of the member of staff a desk is open for, as a refusal names them. */
export async function holderNameOf(db: ReadableDB, staffId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('staff')
    .select('display_name')
    .where('id', '=', staffId)
    .executeTakeFirst();
  return row?.display_name;
}

/** The ticket called to or being served at a desk, if any (besides `exceptVisitId`). */
export async function busyTicketAt(
  db: ReadableDB,
  deskId: string,
  exceptVisitId?: string,
): Promise<string | undefined> {
  let query = db
    .selectFrom('visits')
    .select('ticket')
    .where('desk_id', '=', deskId)
    .where('state', 'in', ['called', 'in_service']);
  if (exceptVisitId) query = query.where('id', '!=', exceptVisitId);
  return (await query.executeTakeFirst())?.ticket;
}

/** The desks open for a member of staff, wherever they are. */
export function openDesksOf(db: ReadableDB, staffId: string) {
  return db
    .selectFrom('desks')
    .select(['id', 'site_id'])
    .where('staff_id', '=', staffId)
    .where('is_open', '=', 1)
    .execute();
}

/** A person's open desks with no visitor called to them or being served there. */
export function idleDesksOf(db: ReadableDB, staffId: string) {
  return db
    .selectFrom('desks as d')
    .select(['d.id', 'd.name', 'd.site_id'])
    .where('d.staff_id', '=', staffId)
    .where('d.is_open', '=', 1)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('visits as v')
            .select('v.id')
            .whereRef('v.desk_id', '=', 'd.id')
            .where('v.state', 'in', ['called', 'in_service']),
        ),
      ),
    )
    .execute();
}

/**
 * Opens a desk for the actor, creating it the first time its name is used at the site.
 * @returns the desk's id.
 */
export async function openDesk(
  tx: WritableDB,
  actor: Actor,
  desk: { existingId: string | null; siteId: string; name: string; serviceIds: string[] },
): Promise<string> {
  const fields = {
    is_open: 1,
    presence: 'present' as const,
    staff_id: actor.staffId,
    opened_at: actor.at.toISOString(),
    service_ids: JSON.stringify(desk.serviceIds),
  };
  if (desk.existingId) {
    await updateLogged(tx, actor, 'desks', desk.existingId, fields);
    return desk.existingId;
  }
  const id = newId();
  await insertLogged(tx, actor, 'desks', { id, site_id: desk.siteId, name: desk.name, ...fields });
  return id;
}

export async function closeDesk(tx: WritableDB, actor: Actor, id: string): Promise<void> {
  await updateLogged(tx, actor, 'desks', id, { is_open: 0, staff_id: null });
}

/**
 * Says at each of a person's open desks whether they are at it (issue 22, "desks open is
 * true"), as the PC they work at knows: written only where it changes, so it travels once.
 */
export async function setPresenceOf(
  tx: WritableDB,
  actor: Actor,
  staffId: string,
  presence: 'present' | 'locked' | 'signed_out',
): Promise<void> {
  const desks = await tx
    .selectFrom('desks')
    .select('id')
    .where('staff_id', '=', staffId)
    .where('is_open', '=', 1)
    .where('presence', '!=', presence)
    .execute();
  for (const desk of desks) await updateLogged(tx, actor, 'desks', desk.id, { presence });
}
