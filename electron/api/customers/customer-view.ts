// The single view of the customer (NeSDS standard 23): needs and markers above all, open
// items with their clocks, then one timeline across every channel and service. Returned by
// customers.view and by every write to a customer's record.
import type { CustomerView, MarkerView } from '../../../shared/api';
import { ApiFailure } from '../../../shared/api/errors';
import type { Channel } from '../../../shared/domain/channels';
import { findCustomer } from '../../../db/queries/customers/customers';
import { activeMarkers, logMarkerViews } from '../../../db/queries/customers/markers';
import type { ApiContext, Call } from '../context';
import { withOlderHistory } from '../../sync/older-history';
import { timeline } from './timeline';

export async function customerView(ctx: ApiContext, call: Call, id: string): Promise<CustomerView> {
  const session = call.requireSession();
  const row = await findCustomer(ctx.db, id);
  if (!row) throw new ApiFailure('NOT_FOUND', 'That customer record does not exist.');
  if (row.merged_into)
    throw new ApiFailure('NOT_FOUND', 'That record was merged into another; search again.');
  const markers = await activeMarkers(ctx.db, [id]);
  // Every view of a marker is logged: who saw it, when, and where.
  await logMarkerViews(ctx.db, markers, session.staffId, 'customer view', ctx.clock.now());
  const entries = await timeline(ctx, id, session);
  // A joined desk keeps only recent history; the council server's older entries join the list.
  const older = await withOlderHistory(ctx, session.staffId, id, entries);
  return {
    id: row.id,
    displayName: row.display_name,
    details: {
      kind: row.kind,
      title: row.title,
      firstName: row.first_name,
      lastName: row.last_name,
      organisationName: row.organisation_name,
      addressLine1: row.address_line1,
      addressLine2: row.address_line2,
      town: row.town,
      postcode: row.postcode,
      phone: row.phone,
      email: row.email,
      dateOfBirth: row.date_of_birth,
      preferredChannel: row.preferred_channel as Channel | null,
      preferredLanguage: row.preferred_language,
      contactConsent: row.contact_consent,
    },
    needs: row.needs,
    markers: markers.map((m): MarkerView => ({
      id: m.id,
      kind: m.kind,
      reason: m.reason,
      reviewDate: m.review_date,
      setByName: m.set_by_name,
      setAt: m.set_at,
    })),
    // Open items first by the date they are due, soonest at the top. Every open item is held on
    // the desk (issue 21's offline profile), so they come from its own copy.
    openItems: entries
      .filter((e) => e.open)
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')),
    timeline: older.timeline,
    olderHistory: older.olderHistory,
  };
}
