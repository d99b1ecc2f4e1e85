// The customer records check-in needs: find by name, postcode, phone, email or reference,
// or create one, after a look for the same person already on the register (issue 19).
import { format, parseISO } from 'date-fns';
import { recordAccess } from '../../../db/queries/access-log/access-log';
import type { CustomerSummary, PossibleDuplicate } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import { NO_NEEDS } from '../../../shared/domain/needs';
import { searchCustomers, type CustomerHit } from '../../../db/queries/customers/customer-search';
import { customerSummaryRows } from '../../../db/queries/customers/customers';
import { insertCustomer } from '../../../db/queries/customers/customer-writes';
import { activeMarkerIds, logMarkerViews } from '../../../db/queries/customers/markers';
import { possibleDuplicatesOf } from '../../../db/queries/customers/possible-duplicates';
import { inTransaction, newId, type Db } from '../../../db/write';
import type { Handlers } from '../context';
import { checkDateOfBirth } from '../when';

type SummaryWithBirth = CustomerSummary & { dateOfBirth: string | null };

async function summaries(
  db: Db,
  ids: string[],
  /** Who is shown the results: the warning markers flagged in them are logged as seen. */
  viewer?: { staffId: string; at: Date; context: string },
): Promise<SummaryWithBirth[]> {
  if (ids.length === 0) return [];
  const [rows, markers] = await Promise.all([
    customerSummaryRows(db, ids),
    activeMarkerIds(db, ids),
  ]);
  const marked = new Set(markers.map((m) => m.customer_id));
  // Every view of a marker is logged, a search result's flag included (go-live issue, item 6).
  if (viewer) await logMarkerViews(db, markers, viewer.staffId, viewer.context, viewer.at);
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
            needs: r.needs,
            hasWarningMarker: marked.has(r.id),
            dateOfBirth: r.date_of_birth,
          },
        ]
      : [];
  });
}

/** A search's results, each saying whether it holds exactly the identifier typed. */
async function searchResults(
  db: Db,
  hits: CustomerHit[],
  viewer: { staffId: string; at: Date },
): Promise<CustomerSummary[]> {
  const byId = new Map(hits.map((h) => [h.id, h]));
  const found = await summaries(
    db,
    hits.map((h) => h.id),
    { ...viewer, context: 'search result' },
  );
  return found.map(({ dateOfBirth: _, ...summary }) => ({
    ...summary,
    exact: byId.get(summary.id)?.exact ?? false,
    matchedOn: byId.get(summary.id)?.matchedOn ?? null,
  }));
}

/** "Ann Jones, WA8 7QA, born 23 April 1980 (same name and postcode)" */
function describe(match: PossibleDuplicate): string {
  const born = match.dateOfBirth && `born ${format(parseISO(match.dateOfBirth), 'd MMMM yyyy')}`;
  const known = [match.postcode, born].filter(Boolean);
  return `${[match.displayName, ...known].join(', ')} (${match.reasons.join('; ')})`;
}

export const customerHandlers: Pick<Handlers, 'customers.find' | 'customers.create'> = {
  async 'customers.find'(ctx, input, call) {
    const { staffId, siteId } = call.requireSession();
    // Each search is logged with the words searched (go-live issue, item 7).
    await inTransaction(ctx.db, (tx) =>
      recordAccess(tx, ctx.clock.now(), {
        staffId,
        siteId,
        action: 'searched',
        subject: input.query,
      }),
    );
    const found = await searchCustomers(ctx.db, input.query);
    return searchResults(ctx.db, found, { staffId, at: ctx.clock.now() });
  },

  async 'customers.create'(ctx, input, call) {
    const actor = call.actor();
    const { staffId } = call.requireSession();
    checkDateOfBirth(actor.at, 'dateOfBirth', input.dateOfBirth);
    if (!input.confirmNew) {
      // Nothing is written until the adviser has seen the records that may be this person.
      const matches = await possibleDuplicatesOf(ctx.db, {
        firstName: input.firstName,
        lastName: input.lastName,
        postcode: input.postcode ?? null,
        dateOfBirth: input.dateOfBirth ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
      });
      if (matches.length > 0) {
        const reasons = new Map(matches.map((m) => [m.id, m.reasons]));
        const shown = await summaries(
          ctx.db,
          matches.map((m) => m.id),
          { staffId, at: actor.at, context: 'possible duplicate' },
        );
        const possibleDuplicates = shown.map((s) => ({ ...s, reasons: reasons.get(s.id)! }));
        throw new ApiFailure(
          'CONFLICT',
          `We may already have a record for this person: ${possibleDuplicates.map(describe).join('; ')}. ` +
            'Use that record, or create a new record anyway if this is someone else.',
          undefined,
          { possibleDuplicates },
        );
      }
    }
    const id = newId();
    await inTransaction(ctx.db, (tx) =>
      insertCustomer(tx, actor, {
        id,
        displayName: `${input.firstName} ${input.lastName}`,
        firstName: input.firstName,
        lastName: input.lastName,
        postcode: input.postcode ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
        dateOfBirth: input.dateOfBirth ?? null,
        preferredLanguage: input.needs?.language ?? null,
        needs: input.needs ?? NO_NEEDS,
      }),
    );
    const { dateOfBirth: _, ...made } = (await summaries(ctx.db, [id]))[0]!;
    return made;
  },
};
