// Data protection (issue 18, item 8): a customer's copy of everything held (UK GDPR Art. 15),
// erasure on request (Art. 17), and the council's retention periods and run (Art. 5(1)(e)).
// Each export, erasure and retention run is written to the audit log with who and when.
import { ApiFailure } from '../../../shared/api/errors';
import { londonDateOf } from '../../../shared/time/london';
import { recordAuditEvent } from '../../../db/queries/access-log/audit-events';
import { anonymiseCustomer, customerFamily } from '../../../db/queries/data-protection/anonymise';
import { logMarkerViews } from '../../../db/queries/customers/markers';
import { openCasesOf, type OpenCase } from '../../../db/queries/data-protection/retention';
import { getSetting } from '../../../db/queries/settings/settings';
import { findStaffById } from '../../../db/queries/staff/staff';
import { subjectAccessData } from '../../../db/queries/data-protection/subject-access';
import type { ReadableDB } from '../../../db/handles';
import { findCustomer } from '../../../db/queries/customers/customers';
import { inTransaction, putSetting } from '../../../db/write';
import type { Handlers } from '../context';
import { anonymiseExpired, retentionSettings } from './retention-run';
import { subjectAccessZip } from './subject-access-zip';
import { customerView } from '../customers/customer-view';

/** The customer as the single view would find them: merged-away records are not opened. */
async function existingCustomer(db: ReadableDB, id: string) {
  const row = await findCustomer(db, id);
  if (!row) throw new ApiFailure('NOT_FOUND', 'That customer record does not exist.');
  if (row.merged_into)
    throw new ApiFailure(
      'NOT_FOUND',
      'That record was merged into another; open the record it was merged into.',
    );
  return row;
}

const OPEN_CASE_WORDS: Record<OpenCase['kind'], (reference: string) => string> = {
  letter: (r) => `the letter or email ${r} is still awaiting a full reply`,
  hand_off: (r) => `the hand-off ${r} is not yet resolved by the department`,
  complaint: (r) => `the complaint or feedback ${r} is still open`,
  visit: (r) => `the visit with ticket ${r} is still in the queue`,
};

/** "maria-kowalska" for a file name. */
const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'customer';

export const dataProtectionHandlers: Pick<
  Handlers,
  | 'customers.subjectAccess'
  | 'customers.erase'
  | 'dataProtection.retention'
  | 'dataProtection.updateRetention'
  | 'dataProtection.anonymiseExpired'
> = {
  async 'customers.subjectAccess'(ctx, input, call) {
    const actor = call.actor();
    const customer = await existingCustomer(ctx.db, input.id);
    const data = await subjectAccessData(ctx.db, customer.id);
    if (!data) throw new ApiFailure('NOT_FOUND', 'That customer record does not exist.');
    const [councilName, staff] = await Promise.all([
      getSetting(ctx.db, 'council.name'),
      findStaffById(ctx.db, actor.staffId!),
    ]);
    const { zip, counts } = subjectAccessZip(data, {
      councilName: councilName || 'the council',
      customerName: customer.display_name,
      preparedAt: actor.at,
      preparedBy: staff?.displayName ?? 'a member of staff',
    });
    const fileName = `subject-access-${slug(customer.display_name)}-${londonDateOf(actor.at)}.zip`;
    // The export shows the warning markers' reasons: logged as a view like any other (DWP SLA).
    const active = data.records.customer_markers.filter((m) => m.removed_at === null);
    await logMarkerViews(
      ctx.db,
      active.map((m) => ({ id: m.id as string, customer_id: m.customer_id as string })),
      actor.staffId!,
      'subject access export',
      actor.at,
    );
    await recordAuditEvent(ctx.db, actor.at, {
      kind: 'subject_access_exported',
      staffId: actor.staffId,
      username: null,
      siteId: actor.siteId,
      detail: { customerId: customer.id, fileName, counts },
    });
    return { fileName, zipBase64: Buffer.from(zip).toString('base64'), counts };
  },

  async 'customers.erase'(ctx, input, call) {
    const actor = call.actor();
    const customer = await existingCustomer(ctx.db, input.id);
    if (customer.anonymised_at)
      throw new ApiFailure(
        'CONFLICT',
        `This customer’s personal details were already removed on ${londonDateOf(customer.anonymised_at)}.`,
      );
    await inTransaction(ctx.db, async (tx) => {
      const family = await customerFamily(tx, customer.id);
      // Erasing mid-case would leave a letter unanswerable or a department without the
      // customer it is helping: the case is finished first (Art. 17(3) lets the council keep
      // what it still needs; here it waits until it does not).
      const open = await openCasesOf(tx, family);
      if (open.length > 0) {
        const cases = open.map((c) => OPEN_CASE_WORDS[c.kind](c.reference));
        throw new ApiFailure(
          'CONFLICT',
          `These details cannot be erased yet: ${cases.join('; ')}. Finish ${open.length === 1 ? 'it' : 'them'} first, then erase.`,
        );
      }
      await anonymiseCustomer(tx, actor, customer.id);
      await recordAuditEvent(tx, actor.at, {
        kind: 'customer_erased',
        staffId: actor.staffId,
        username: null,
        siteId: actor.siteId,
        detail: { customerId: customer.id, reason: input.reason, records: family.length },
      });
    });
    return customerView(ctx, call, customer.id);
  },

  'dataProtection.retention': (ctx) => retentionSettings(ctx.db),

  async 'dataProtection.updateRetention'(ctx, input, call) {
    const actor = call.actor();
    await inTransaction(ctx.db, async (tx) => {
      await putSetting(tx, actor, 'retention.customerYears', input.customerYears);
      await putSetting(tx, actor, 'retention.visitorNameYears', input.visitorNameYears);
      await putSetting(tx, actor, 'retention.unlinkedRecordYears', input.unlinkedRecordYears);
    });
    return retentionSettings(ctx.db);
  },

  'dataProtection.anonymiseExpired': (ctx, _input, call) => anonymiseExpired(ctx.db, call.actor()),
};
