// Which council a joining desk belongs to (issue 21, a fresh PC joining). Two kinds of PC
// join a council server:
// - the PC the council was set up on (it holds a council: its lists, staff and records). The
//   first such PC founds the council on the server; a PC holding a different council is
//   refused, so two councils' lists and staff never mix on one server;
// - a new PC (it holds nothing): it may join only a server that holds a council, whose lists,
//   staff and records it then takes in its first pull.
// An enrolment code names its site by id, by name or by its short code (TH for Town Hall), so
// an administrator can make the first desk's code before the server has heard of any site.
import { sql, type Transaction } from 'kysely';
import type { ServerDatabase } from '../db/schema';
import { currentRows } from '../sync/current-rows';
import type { DeskHolds } from '../../shared/sync/wire';
import { siteCodeOf } from '../../shared/sync/numbers';

type Tx = Transaction<ServerDatabase>;

export const COUNCIL_REFUSALS = {
  noCouncil:
    'This council server holds no council yet. Join first from the PC where the council was set up (Settings → Council server there), then join this PC.',
  otherCouncil: (held: string, server: string) =>
    `This PC already holds the records of ${held}, and this server holds ${server}. A PC joins with its own council's server, or as a new PC with no records.`,
  noSuchSite: (ref: string, names: string[]) =>
    `This code is for the site “${ref}”, which the council does not have.` +
    (names.length ? ` Its sites are: ${names.join(', ')}. Ask for a new code.` : ''),
} as const;

/** The council's sites as the server holds them now (by the conflict rules), with their names. */
export async function knownSites(tx: Tx): Promise<{ id: string; name: string }[]> {
  const sites = await currentRows(tx, 'sites');
  return [...sites].flatMap(([id, site]) =>
    !site.deleted && typeof site.fields.name === 'string' ? [{ id, name: site.fields.name }] : [],
  );
}

/** The site a code names: by id, by name, or by its short code when only one site has it. */
function findSite(ref: string, sites: readonly { id: string; name: string }[]) {
  const wanted = ref.trim().toLowerCase();
  const exact = sites.find((s) => s.id === ref.trim() || s.name.trim().toLowerCase() === wanted);
  if (exact) return exact;
  const byCode = sites.filter((s) => siteCodeOf(s.name) === ref.trim().toUpperCase());
  return byCode.length === 1 ? byCode[0] : undefined;
}

/**
 * The site a joining desk is enrolled at, or why it may not join. `holds` undefined: the
 * caller did not say what it holds (tools and the server's own tests), and the code's site
 * is taken as written. Founding (the first desk holding a council) is written by the caller
 * once the desk row exists: see `foundCouncil`.
 */
export async function siteForJoiningDesk(
  tx: Tx,
  siteRef: string,
  holds: DeskHolds | undefined,
): Promise<
  | { ok: true; siteId: string; siteCode: string | null; founds: boolean }
  | { ok: false; reason: string }
> {
  if (holds === undefined) return { ok: true, siteId: siteRef, siteCode: null, founds: false };
  // Two PCs founding at once queue here; the second then finds the council founded.
  await sql`select pg_advisory_xact_lock(hashtext('council'))`.execute(tx);
  const council = await tx.selectFrom('council').selectAll().executeTakeFirst();
  if (holds === null && !council) return { ok: false, reason: COUNCIL_REFUSALS.noCouncil };
  if (holds && council && council.council_id !== holds.councilId) {
    return { ok: false, reason: COUNCIL_REFUSALS.otherCouncil(holds.councilName, council.name) };
  }
  const sites = holds && !council ? holds.sites : await knownSites(tx);
  const site = findSite(siteRef, sites);
  if (!site) {
    return {
      ok: false,
      reason: COUNCIL_REFUSALS.noSuchSite(
        siteRef,
        sites.map((s) => s.name),
      ),
    };
  }
  return {
    ok: true,
    siteId: site.id,
    siteCode: siteCodeOf(site.name),
    founds: holds !== null && !council,
  };
}

/** Records the council a founding desk holds (the server's one council from now on). */
export async function foundCouncil(
  tx: Tx,
  holds: NonNullable<DeskHolds>,
  deskId: string,
): Promise<void> {
  await tx
    .insertInto('council')
    .values({ council_id: holds.councilId, name: holds.councilName, founded_by_desk: deskId })
    .execute();
}
