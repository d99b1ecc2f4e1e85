// The rules an administrator's change to the council's lists must keep, each refused in
// words that say what to do instead. They run inside the change's transaction, so what they
// checked is still true when it is written.
import { plural } from '../../../shared/words';
import { REFERENCE_KIND_WORDS, type ReferenceKind } from '../../../shared/api/reference-admin';
import { ApiFailure } from '../../../shared/api/errors';
import {
  activeServicesOf,
  activeStaffAtSite,
  countActiveIn,
  namesIn,
  openVisitsAt,
  siteWithTicketPrefix,
  type ReferenceTable,
} from '../../../db/queries/reference-admin/reference-admin';
import type { Tx } from '../../../db/write';
import { QUICK_LOG_INTERACTION_TYPE } from '../../../shared/domain/quick-log';

export const TABLE_OF: Record<ReferenceKind, ReferenceTable> = {
  site: 'sites',
  service: 'services',
  department: 'departments',
  interactionType: 'interaction_types',
  team: 'teams',
};

const one = (kind: ReferenceKind) => REFERENCE_KIND_WORDS[kind].one;
const withArticle = (words: string) => `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;

/** "Amina Khan, Ben Hughes and Carys Jones"; longer lists end "and 4 more". */
export function listed(names: string[], most = 5): string {
  const shown =
    names.length > most ? [...names.slice(0, most), `${names.length - most} more`] : names;
  return shown.length <= 1
    ? (shown[0] ?? '')
    : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** Case never makes two names different: "council tax" is Council Tax. */
export function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('en-GB') === b.toLocaleLowerCase('en-GB');
}

function conflict(message: string, field?: string): never {
  throw new ApiFailure('CONFLICT', message, field ? { [field]: message } : undefined);
}

/** Names are unique within a list, retired items included (they are still on old records). */
export async function refuseDuplicateName(
  tx: Tx,
  kind: ReferenceKind,
  name: string,
  exceptId?: string,
): Promise<void> {
  const clash = (await namesIn(tx, TABLE_OF[kind])).find(
    (row) => row.id !== exceptId && sameName(row.name, name),
  );
  if (!clash) return;
  conflict(
    clash.active
      ? `There is already ${withArticle(one(kind))} called ${clash.name}.`
      : `There is already a retired ${one(kind)} called ${clash.name}. Reinstate that one, or choose another name.`,
    'name',
  );
}

/** Ticket letters tell visitors which site's queue they are in, so no two sites share them. */
export async function refuseTakenTicketPrefix(tx: Tx, prefix: string): Promise<void> {
  const site = await siteWithTicketPrefix(tx, prefix);
  if (!site) return;
  conflict(
    `The ticket letters ${prefix} are already used by ${site.name}${site.active ? '' : ' (retired)'}. Choose other letters.`,
    'ticketPrefix',
  );
}

/** The eight national types keep their names, so figures compare with other councils. */
export function refuseRenamingBvpi157(name: string): never {
  conflict(
    `${name} is one of the eight national BVPI 157 enquiry types, so its name cannot change. Add the council’s own enquiry type instead.`,
    'name',
  );
}

/** Why an item in use cannot be retired yet, or nothing when it can. */
export async function refuseRetiring(
  tx: Tx,
  kind: ReferenceKind,
  item: { id: string; name: string },
): Promise<void> {
  if (kind === 'site') {
    if ((await countActiveIn(tx, 'sites')) <= 1)
      conflict(
        `${item.name} is the only site in use, so it cannot be retired. Add another site first.`,
      );
    const staff = await activeStaffAtSite(tx, item.id);
    if (staff.length > 0)
      conflict(
        `${item.name} is the usual site of ${plural(staff.length, 'member', 'members')} of staff (${listed(staff)}), so it cannot be retired while anyone works from it.`,
      );
    const visits = await openVisitsAt(tx, item.id);
    if (visits > 0)
      conflict(
        `${plural(visits, 'visitor is', 'visitors are')} still in the queue at ${item.name}. Finish their visits before retiring the site.`,
      );
  }
  if (kind === 'department') {
    const services = await activeServicesOf(tx, item.id);
    if (services.length > 0)
      conflict(
        `${item.name} still runs ${plural(services.length, 'service')} in use: ${listed(services)}. Retire ${services.length === 1 ? 'that service' : 'those services'} first.`,
      );
  }
  if (kind === 'interactionType' && sameName(item.name, QUICK_LOG_INTERACTION_TYPE))
    conflict(
      `Quick logs record every enquiry as ${QUICK_LOG_INTERACTION_TYPE}, so this enquiry type stays in use.`,
    );
  // Every contact needs a service and an enquiry type: the last of either stays.
  if (
    (kind === 'service' || kind === 'interactionType') &&
    (await countActiveIn(tx, TABLE_OF[kind])) <= 1
  )
    conflict(
      `${item.name} is the only ${one(kind)} in use, so it cannot be retired: every contact needs one. Add another ${one(kind)} first.`,
    );
}
