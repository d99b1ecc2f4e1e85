// Keeping the register right: a change of address entered once and passed to every service
// the customer uses (NeSDS standard 24, nothing captured twice), and likely duplicates found
// and merged so the single view (standard 23) really is single.
import { format, parseISO } from 'date-fns';
import type { DuplicateSide } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import type { ReadableDB } from '../../../db/handles';
import {
  latestDuplicateCheck,
  linkedCounts,
  storedDuplicatePairs,
} from '../../../db/queries/customers/duplicates';
import {
  customersToMerge,
  duplicateSideRows,
  findCustomer,
} from '../../../db/queries/customers/customers';
import {
  moveLinkedRecords,
  recordMerge,
  updateCustomerAddress,
} from '../../../db/queries/customers/customer-writes';
import { servicesUsedBy } from '../../../db/queries/customers/services-used';
import { inTransaction } from '../../../db/write';
import type { Handlers } from '../context';
import { prepareHandOff } from '../hand-offs/create';
import { customerView } from './customer-view';
import { refuseAnonymised } from '../data-protection/anonymised';

async function sides(db: ReadableDB, ids: string[]): Promise<Map<string, DuplicateSide>> {
  if (ids.length === 0) return new Map();
  const [rows, counts] = await Promise.all([duplicateSideRows(db, ids), linkedCounts(db, ids)]);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        displayName: r.display_name,
        postcode: r.postcode,
        dateOfBirth: r.date_of_birth,
        phone: r.phone,
        email: r.email,
        createdAt: r.created_at,
        linkedRecords: counts.get(r.id) ?? 0,
      },
    ]),
  );
}

/** Fields the kept record takes from the merged one when it has none of its own. */
const FILLABLE = [
  'title',
  'first_name',
  'last_name',
  'organisation_name',
  'address_line1',
  'address_line2',
  'town',
  'postcode',
  'phone',
  'email',
  'date_of_birth',
  'preferred_channel',
  'preferred_language',
  'council_reference',
] as const;

export const customerRecordHandlers: Pick<
  Handlers,
  | 'customers.changeAddress'
  | 'customers.duplicates'
  | 'customers.checkDuplicates'
  | 'customers.merge'
> = {
  async 'customers.changeAddress'(ctx, input, call) {
    const actor = call.actor();
    await refuseAnonymised(ctx.db, input.customerId);
    const customer = await findCustomer(ctx.db, input.customerId);
    if (!customer || customer.merged_into) {
      throw new ApiFailure('NOT_FOUND', 'That customer record does not exist.');
    }
    const address = [input.addressLine1, input.addressLine2, input.town, input.postcode]
      .filter(Boolean)
      .join(', ');
    const services = await servicesUsedBy(ctx.db, customer.id);
    const prepared: Awaited<ReturnType<typeof prepareHandOff>>[] = [];
    for (const s of services) {
      prepared.push(
        await prepareHandOff(ctx.db, actor, {
          contactId: null,
          customerId: customer.id,
          serviceId: s.id,
          departmentId: s.department_id,
          subject: `your change of address for ${s.name}`,
          details: `Moved on ${format(parseISO(input.movedOn), 'd MMMM yyyy')} to ${address}. Please update your records.`,
          origin: 'change_of_address',
        }),
      );
    }
    await inTransaction(ctx.db, async (tx) => {
      await updateCustomerAddress(tx, actor, customer.id, input);
      // One reference per hand-off, numbered in the order written.
      for (const p of prepared) await p.write(tx);
    });
    return {
      view: await customerView(ctx, call, customer.id),
      handOffs: prepared.map((p) => p.id),
    };
  },

  // Reads what the last check stored and never runs the check: the panel opens at once,
  // however large the register (the check runs in the reports worker: duplicates/schedule.ts).
  async 'customers.duplicates'(ctx, input) {
    const checking = ctx.duplicates.checking;
    const check = await latestDuplicateCheck(ctx.db);
    if (!check) return { checkedAt: null, checking, total: 0, offset: input.offset, pairs: [] };
    const { total, pairs } = await storedDuplicatePairs(ctx.db, check, input.offset, input.limit);
    const byId = await sides(ctx.db, [...new Set(pairs.flatMap((p) => [p.a, p.b]))]);
    return {
      checkedAt: check.checkedAt,
      checking,
      total,
      offset: input.offset,
      pairs: pairs.map((p) => ({ a: byId.get(p.a)!, b: byId.get(p.b)!, reasons: p.reasons })),
    };
  },

  'customers.checkDuplicates'(ctx) {
    return ctx.duplicates.checkNow();
  },

  async 'customers.merge'(ctx, input, call) {
    const actor = call.actor();
    const rows = await customersToMerge(ctx.db, [input.keepId, input.mergeId]);
    const keep = rows.find((r) => r.id === input.keepId);
    const merge = rows.find((r) => r.id === input.mergeId);
    if (!keep || !merge) throw new ApiFailure('NOT_FOUND', 'One of those records does not exist.');
    if (keep.merged_into || merge.merged_into) {
      throw new ApiFailure('CONFLICT', 'One of those records has already been merged.');
    }
    const moved = await inTransaction(ctx.db, async (tx) => {
      const moved = await moveLinkedRecords(tx, actor, merge.id, keep.id);
      const filled: Record<string, unknown> = {};
      for (const field of FILLABLE) {
        if (keep[field] === null && merge[field] !== null) filled[field] = merge[field];
      }
      // Needs are kept from both: any need either record knew of still holds.
      const needs: Record<string, unknown> = { ...merge.needs, ...keep.needs };
      for (const [k, v] of Object.entries(merge.needs)) {
        if (v === true) needs[k] = true;
      }
      await recordMerge(tx, actor, keep.id, merge.id, {
        filled,
        needs,
        contactConsent: keep.contact_consent || merge.contact_consent,
      });
      return moved;
    });
    return { keptId: keep.id, moved };
  },
};
