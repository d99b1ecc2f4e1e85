// The access log's methods (go-live issue, item 7): reading a contact's history is logged
// as a look at the customer's data; a leader reads who looked at a record; the window
// reports the CSV files it exports and the pages it prints.
import type { ChangeLogEntry } from '../../../shared/api';
import { ACCESS_LOG_SHOWN } from '../../../shared/api/access-log';
import { ApiFailure } from '../../../shared/api/errors';
import {
  accessToCustomer,
  countAccessToCustomer,
  recordAccess,
} from '../../../db/queries/access-log/access-log';
import { historyOf } from '../../../db/queries/change-log';
import { contactCustomerId } from '../../../db/queries/contacts/contacts';
import { customerExists } from '../../../db/queries/customers/customer-exists';
import { inTransaction } from '../../../db/write';
import type { Handlers } from '../context';
import { describeChanges } from '../customers/history';

export const accessLogHandlers: Pick<
  Handlers,
  'contacts.history' | 'customers.accessLog' | 'audit.recordOutput'
> = {
  async 'contacts.history'(ctx, input, call): Promise<ChangeLogEntry[]> {
    const entries = await historyOf(ctx.db, 'contacts', input.id);
    if (entries.length === 0)
      throw new ApiFailure('NOT_FOUND', 'That contact has no history: it does not exist.');
    const customerId = await contactCustomerId(ctx.db, input.id);
    const actor = call.requireSession();
    await inTransaction(ctx.db, (tx) =>
      recordAccess(tx, ctx.clock.now(), {
        staffId: actor.staffId,
        siteId: actor.siteId,
        action: 'read_history',
        customerId: customerId ?? null,
        subject: `History of contact ${input.id}`,
      }),
    );
    return describeChanges(ctx.db, entries);
  },

  async 'customers.accessLog'(ctx, input) {
    if (!(await customerExists(ctx.db, input.id)))
      throw new ApiFailure('NOT_FOUND', 'That customer record does not exist.');
    const [rows, count] = await Promise.all([
      accessToCustomer(ctx.db, input.id, ACCESS_LOG_SHOWN),
      countAccessToCustomer(ctx.db, input.id),
    ]);
    return {
      total: count,
      entries: rows.map((r) => ({
        at: r.at,
        staffName: r.staff_name,
        siteName: r.site_name,
        action: r.action,
        subject: r.subject,
      })),
    };
  },

  async 'audit.recordOutput'(ctx, input, call) {
    if (input.customerId && !(await customerExists(ctx.db, input.customerId)))
      throw new ApiFailure('NOT_FOUND', 'That customer record does not exist.');
    const actor = call.requireSession();
    await inTransaction(ctx.db, (tx) =>
      recordAccess(tx, ctx.clock.now(), {
        staffId: actor.staffId,
        siteId: actor.siteId,
        action: input.action,
        customerId: input.customerId ?? null,
        subject: input.subject,
      }),
    );
    return null;
  },
};
