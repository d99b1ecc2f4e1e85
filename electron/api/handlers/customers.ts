// The customer records check-in needs: find by name, postcode or phone, or create one.
// (The single view of the customer, with full search, comes with the customer issue.)
import { recordAccess } from '../../../db/queries/access-log';
import type { CustomerSummary } from '../../../shared/api';
import { NO_NEEDS, type CustomerNeeds } from '../../../shared/domain/needs';
import { searchCustomers } from '../../../db/queries/customer-search';
import { logMarkerViews } from '../../../db/queries/markers';
import { inTransaction, insertLogged, newId, type Db } from '../../../db/write';
import { nameKeysOf } from '../../../shared/domain/name-keys';
import type { Handlers } from '../context';

async function summaries(
  db: Db,
  ids: string[],
  /** Who is shown the results: the warning markers flagged in them are logged as seen. */
  viewer?: { staffId: string; at: Date },
): Promise<CustomerSummary[]> {
  if (ids.length === 0) return [];
  const [rows, markers] = await Promise.all([
    db
      .selectFrom('customers')
      .select(['id', 'display_name', 'postcode', 'phone', 'needs'])
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('customer_markers')
      .select(['id', 'customer_id'])
      .where('customer_id', 'in', ids)
      .where('removed_at', 'is', null)
      .execute(),
  ]);
  const marked = new Set(markers.map((m) => m.customer_id));
  // Every view of a marker is logged, a search result's flag included (go-live issue, item 6).
  if (viewer) await logMarkerViews(db, markers, viewer.staffId, 'search result', viewer.at);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [
          {
            id: r.id,
            displayName: r.display_name,
            postcode: r.postcode,
            phone: r.phone,
            needs: { ...NO_NEEDS, ...(JSON.parse(r.needs) as Partial<CustomerNeeds>) },
            hasWarningMarker: marked.has(r.id),
          },
        ]
      : [];
  });
}

export const customerHandlers: Pick<Handlers, 'customers.find' | 'customers.create'> = {
  async 'customers.find'(ctx, input, call) {
    const { staffId, siteId } = call.requireSession();
    // Each search is logged with the words searched (go-live issue, item 7).
    await recordAccess(ctx.db, ctx.clock.now(), {
      staffId,
      siteId,
      action: 'searched',
      subject: input.query,
    });
    const found = await searchCustomers(ctx.db, input.query);
    return summaries(
      ctx.db,
      found.map((r) => r.id),
      { staffId, at: ctx.clock.now() },
    );
  },

  async 'customers.create'(ctx, input, call) {
    const actor = call.actor();
    const id = newId();
    const now = actor.at.toISOString();
    await inTransaction(ctx.db, (tx) =>
      insertLogged(tx, actor, 'customers', {
        id,
        kind: 'citizen',
        display_name: `${input.firstName} ${input.lastName}`,
        first_name: input.firstName,
        last_name: input.lastName,
        organisation_name: null,
        postcode: input.postcode ?? null,
        phone: input.phone ?? null,
        email: null,
        date_of_birth: null,
        preferred_language: input.needs?.language ?? null,
        needs: JSON.stringify(input.needs ?? NO_NEEDS),
        name_keys: nameKeysOf(input.firstName, input.lastName),
        created_at: now,
        updated_at: now,
      }),
    );
    return (await summaries(ctx.db, [id]))[0]!;
  },
};
