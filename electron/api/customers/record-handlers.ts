// Keeping the register right: a change of address entered once and passed to every service
// the customer uses (NeSDS standard 24, nothing captured twice), and likely duplicates found
// and merged so the single view (standard 23) really is single.
import { format, parseISO } from 'date-fns';
import type { DuplicateSide } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import {
  CUSTOMER_LINKED_TABLES,
  latestDuplicateCheck,
  linkedCounts,
  storedDuplicatePairs,
} from '../../../db/queries/customers/duplicates';
import { inTransaction, updateLogged, type Db } from '../../../db/write';
import type { Handlers } from '../context';
import { prepareHandOff } from '../hand-offs/create';
import { customerView } from './view-handlers';
import { refuseAnonymised } from '../data-protection/anonymised';

/** The active services a customer has used on any channel, with the department that runs each. */
async function servicesUsedBy(db: Db, customerId: string) {
  const ids = new Set<string>();
  const [contacts, visits, letters, handOffs, feedback] = await Promise.all([
    db
      .selectFrom('contacts')
      .select('service_id as id')
      .where('customer_id', '=', customerId)
      .execute(),
    db
      .selectFrom('visits')
      .select('first_service_id as id')
      .where('customer_id', '=', customerId)
      .execute(),
    db
      .selectFrom('correspondence')
      .select('service_id as id')
      .where('customer_id', '=', customerId)
      .execute(),
    db
      .selectFrom('hand_offs')
      .select('service_id as id')
      .where('customer_id', '=', customerId)
      .execute(),
    db
      .selectFrom('feedback')
      .select('service_id as id')
      .where('customer_id', '=', customerId)
      .execute(),
  ]);
  for (const r of [...contacts, ...visits, ...letters, ...handOffs, ...feedback]) ids.add(r.id);
  if (ids.size === 0) return [];
  return db
    .selectFrom('services')
    .select(['id', 'name', 'department_id'])
    .where('id', 'in', [...ids])
    .where('active', '=', 1)
    .orderBy('name')
    .execute();
}

async function sides(db: Db, ids: string[]): Promise<Map<string, DuplicateSide>> {
  if (ids.length === 0) return new Map();
  const [rows, counts] = await Promise.all([
    db
      .selectFrom('customers')
      .select(['id', 'display_name', 'postcode', 'date_of_birth', 'phone', 'email', 'created_at'])
      .where('id', 'in', ids)
      .execute(),
    linkedCounts(db, ids),
  ]);
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
    const customer = await ctx.db
      .selectFrom('customers')
      .select(['id', 'merged_into'])
      .where('id', '=', input.customerId)
      .executeTakeFirst();
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
      await updateLogged(tx, actor, 'customers', customer.id, {
        address_line1: input.addressLine1,
        address_line2: input.addressLine2,
        town: input.town,
        postcode: input.postcode,
        updated_at: actor.at.toISOString(),
      });
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
    const rows = await ctx.db
      .selectFrom('customers')
      .selectAll()
      .where('id', 'in', [input.keepId, input.mergeId])
      .execute();
    const keep = rows.find((r) => r.id === input.keepId);
    const merge = rows.find((r) => r.id === input.mergeId);
    if (!keep || !merge) throw new ApiFailure('NOT_FOUND', 'One of those records does not exist.');
    if (keep.merged_into || merge.merged_into) {
      throw new ApiFailure('CONFLICT', 'One of those records has already been merged.');
    }
    const moved: Record<string, number> = {};
    await inTransaction(ctx.db, async (tx) => {
      for (const table of CUSTOMER_LINKED_TABLES) {
        const linked = await tx
          .selectFrom(table)
          .select('id')
          .where('customer_id', '=', merge.id)
          .execute();
        // Row by row so each move has its own change-log entry and can be traced back.
        for (const r of linked) {
          await updateLogged(tx, actor, table, r.id, { customer_id: keep.id });
        }
        moved[table] = linked.length;
      }
      const filled: Record<string, unknown> = {};
      for (const field of FILLABLE) {
        if (keep[field] === null && merge[field] !== null) filled[field] = merge[field];
      }
      // Needs are kept from both: any need either record knew of still holds.
      const needs = { ...JSON.parse(merge.needs), ...JSON.parse(keep.needs) } as Record<
        string,
        unknown
      >;
      for (const [k, v] of Object.entries(JSON.parse(merge.needs) as Record<string, unknown>)) {
        if (v === true) needs[k] = true;
      }
      await updateLogged(tx, actor, 'customers', keep.id, {
        ...filled,
        needs: JSON.stringify(needs),
        contact_consent: keep.contact_consent || merge.contact_consent,
        updated_at: actor.at.toISOString(),
      });
      await updateLogged(tx, actor, 'customers', merge.id, {
        merged_into: keep.id,
        updated_at: actor.at.toISOString(),
      });
    });
    return { keptId: keep.id, moved };
  },
};
