// The single view and the edits made from it: details, warning markers and their reviews.
// Each answers with the view as it now is (customer-view.ts).
import { ApiFailure } from '../../../shared/api/errors';
import { londonDateOf } from '../../../shared/time/london';
import { recordAccess } from '../../../db/queries/access-log/access-log';
import { customerExists } from '../../../db/queries/customers/customer-exists';
import { updateCustomerDetails } from '../../../db/queries/customers/customer-writes';
import { addMarker, findMarker, reviewMarker } from '../../../db/queries/customers/markers';
import { inTransaction } from '../../../db/write';
import type { Handlers } from '../context';
import { refuseAnonymised } from '../data-protection/anonymised';
import { checkDateOfBirth } from '../when';
import { customerView } from './customer-view';

export const customerViewHandlers: Pick<
  Handlers,
  'customers.view' | 'customers.update' | 'customers.addMarker' | 'customers.reviewMarker'
> = {
  async 'customers.view'(ctx, input, call) {
    const view = await customerView(ctx, call, input.id);
    const { staffId, siteId } = call.requireSession();
    await inTransaction(ctx.db, (tx) =>
      recordAccess(tx, ctx.clock.now(), {
        staffId,
        siteId,
        action: 'opened_record',
        customerId: input.id,
        subject: 'Customer record',
      }),
    );
    return view;
  },

  async 'customers.update'(ctx, input, call) {
    const actor = call.actor();
    await refuseAnonymised(ctx.db, input.id);
    const d = input.details;
    checkDateOfBirth(actor.at, 'details.dateOfBirth', d.dateOfBirth);
    const displayName =
      d.kind === 'citizen'
        ? [d.title, d.firstName, d.lastName].filter(Boolean).join(' ')
        : d.organisationName!;
    const found = await inTransaction(ctx.db, (tx) =>
      updateCustomerDetails(tx, actor, input.id, { ...d, displayName }),
    );
    if (!found) throw new ApiFailure('NOT_FOUND', 'That customer record does not exist.');
    return customerView(ctx, call, input.id);
  },

  async 'customers.reviewMarker'(ctx, input, call) {
    const actor = call.actor();
    const marker = await findMarker(ctx.db, input.markerId);
    if (!marker || marker.removed_at)
      throw new ApiFailure('NOT_FOUND', 'That marker has already been removed.');
    if (input.decision === 'keep' && input.nextReviewDate <= londonDateOf(actor.at)) {
      const message = 'The next review must be after today.';
      throw new ApiFailure('VALIDATION', message, { nextReviewDate: message });
    }
    await inTransaction(ctx.db, (tx) =>
      reviewMarker(
        tx,
        actor,
        marker.id,
        input.decision === 'keep'
          ? { keep: true, nextReviewDate: input.nextReviewDate }
          : { keep: false },
      ),
    );
    return customerView(ctx, call, marker.customer_id);
  },

  async 'customers.addMarker'(ctx, input, call) {
    const actor = call.actor();
    if (!(await customerExists(ctx.db, input.customerId)))
      throw new ApiFailure('NOT_FOUND', 'That customer record does not exist.');
    await inTransaction(ctx.db, (tx) =>
      addMarker(tx, actor, {
        customerId: input.customerId,
        kind: input.kind,
        reason: input.reason,
        reviewDate: input.reviewDate,
      }),
    );
    return customerView(ctx, call, input.customerId);
  },
};
