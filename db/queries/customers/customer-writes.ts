// Writing customer records through the change log (db/write.ts): made at check-in, their
// details and address changed, and two records of one person merged. Needs are stored as
// JSON, the consent as 0/1, and the names' phonetic keys kept beside them for search.
import type { CustomerNeeds } from '../../../shared/domain/needs';
import { nameKeysOf } from '../../../shared/domain/name-keys';
import type { WritableDB } from '../../handles';
import type { CustomerTable } from '../../schema';
import { insertLogged, updateLogged, type Actor } from '../../write';
import { CUSTOMER_LINKED_TABLES } from './duplicates';

export interface NewCustomer {
  id: string;
  displayName: string;
  firstName: string;
  lastName: string;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  dateOfBirth: string | null;
  preferredLanguage: string | null;
  needs: CustomerNeeds;
}

/** A citizen's new record, as check-in makes it. */
export async function insertCustomer(tx: WritableDB, actor: Actor, c: NewCustomer): Promise<void> {
  const now = actor.at.toISOString();
  await insertLogged(tx, actor, 'customers', {
    id: c.id,
    kind: 'citizen',
    display_name: c.displayName,
    first_name: c.firstName,
    last_name: c.lastName,
    organisation_name: null,
    postcode: c.postcode,
    phone: c.phone,
    email: c.email,
    date_of_birth: c.dateOfBirth,
    preferred_language: c.preferredLanguage,
    needs: JSON.stringify(c.needs),
    name_keys: nameKeysOf(c.firstName, c.lastName),
    created_at: now,
    updated_at: now,
  });
}

export interface CustomerDetailsChange {
  kind: CustomerTable['kind'];
  displayName: string;
  title: string | null;
  firstName: string | null;
  lastName: string | null;
  organisationName: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  town: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  dateOfBirth: string | null;
  preferredChannel: string | null;
  preferredLanguage: string | null;
  contactConsent: boolean;
  /** Left as they are when not given. */
  needs?: CustomerNeeds;
}

/** Replaces a record's details; false when there is no such record. */
export function updateCustomerDetails(
  tx: WritableDB,
  actor: Actor,
  id: string,
  d: CustomerDetailsChange,
): Promise<boolean> {
  return updateLogged(tx, actor, 'customers', id, {
    kind: d.kind,
    display_name: d.displayName,
    title: d.title,
    first_name: d.firstName,
    last_name: d.lastName,
    organisation_name: d.organisationName,
    address_line1: d.addressLine1,
    address_line2: d.addressLine2,
    town: d.town,
    postcode: d.postcode,
    phone: d.phone,
    email: d.email,
    date_of_birth: d.dateOfBirth,
    preferred_channel: d.preferredChannel,
    preferred_language: d.preferredLanguage,
    contact_consent: d.contactConsent ? 1 : 0,
    ...(d.needs ? { needs: JSON.stringify(d.needs) } : {}),
    name_keys: nameKeysOf(d.firstName, d.lastName, d.organisationName),
    updated_at: actor.at.toISOString(),
  });
}

export interface Address {
  addressLine1: string | null;
  addressLine2: string | null;
  town: string | null;
  postcode: string | null;
}

export async function updateCustomerAddress(
  tx: WritableDB,
  actor: Actor,
  id: string,
  a: Address,
): Promise<void> {
  await updateLogged(tx, actor, 'customers', id, {
    address_line1: a.addressLine1,
    address_line2: a.addressLine2,
    town: a.town,
    postcode: a.postcode,
    updated_at: actor.at.toISOString(),
  });
}

/** Moves every record linked to `fromId` onto `toId`; how many moved, by table. */
export async function moveLinkedRecords(
  tx: WritableDB,
  actor: Actor,
  fromId: string,
  toId: string,
): Promise<Record<string, number>> {
  const moved: Record<string, number> = {};
  for (const table of CUSTOMER_LINKED_TABLES) {
    const linked = await tx
      .selectFrom(table)
      .select('id')
      .where('customer_id', '=', fromId)
      .execute();
    // Row by row so each move has its own change-log entry and can be traced back.
    for (const r of linked) {
      await updateLogged(tx, actor, table, r.id, { customer_id: toId });
    }
    moved[table] = linked.length;
  }
  return moved;
}

/** Completes a merge: the kept record takes what it gained, the other points at it. */
export async function recordMerge(
  tx: WritableDB,
  actor: Actor,
  keepId: string,
  mergeId: string,
  kept: {
    filled: Record<string, unknown>;
    needs: Partial<CustomerNeeds>;
    contactConsent: boolean;
  },
): Promise<void> {
  await updateLogged(tx, actor, 'customers', keepId, {
    ...kept.filled,
    needs: JSON.stringify(kept.needs),
    contact_consent: kept.contactConsent ? 1 : 0,
    updated_at: actor.at.toISOString(),
  });
  await updateLogged(tx, actor, 'customers', mergeId, {
    merged_into: keepId,
    updated_at: actor.at.toISOString(),
  });
}
