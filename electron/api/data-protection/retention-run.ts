// The retention run (UK GDPR Art. 5(1)(e), storage limitation): personal details past the
// council's retention periods are blanked, every row kept so past figures do not move. It
// runs when the app starts, once a day after, and when an administrator asks. Each customer
// is its own short transaction, so the desks' own writes never wait long behind it.
import { subDays, subYears } from 'date-fns';
import type { AnonymisationResult, RetentionSettings } from '../../../shared/api';
import { blankSearchWordsBefore } from '../../../db/queries/access-log/access-log';
import { recordAuditEvent } from '../../../db/queries/access-log/audit-events';
import { discardDraftsBefore } from '../../../db/queries/drafts/drafts';
import { discardMutationsBefore } from '../../../db/queries/mutations';
import {
  anonymiseCustomer,
  blankWithChildren,
} from '../../../db/queries/data-protection/anonymise';
import {
  customersPastRetention,
  unlinkedRecordsPastRetention,
  visitorNamesPastRetention,
} from '../../../db/queries/data-protection/retention';
import { getSetting } from '../../../db/queries/settings/settings';
import { inTransaction, type Actor, type Db } from '../../../db/write';

export async function retentionSettings(db: Db): Promise<RetentionSettings> {
  const [customerYears, visitorNameYears, unlinkedRecordYears] = await Promise.all([
    getSetting(db, 'retention.customerYears'),
    getSetting(db, 'retention.visitorNameYears'),
    getSetting(db, 'retention.unlinkedRecordYears'),
  ]);
  return { customerYears, visitorNameYears, unlinkedRecordYears };
}

/** Days a draft nobody came back to is kept. */
export const DRAFT_DAYS = 30;

/** Ids a transaction: large enough to be quick, small enough not to hold the desks up. */
const BATCH = 200;

/**
 * Blanks whatever is past retention at `actor.at`. `actor.staffId` is null when the app's
 * own schedule runs it. The audit log records the counts (never a name) whenever anything
 * was blanked, and every run an administrator asked for.
 */
export async function anonymiseExpired(db: Db, actor: Actor): Promise<AnonymisationResult> {
  const years = await retentionSettings(db);
  const cutoff = (n: number) => subYears(actor.at, n).toISOString();

  const customers = await customersPastRetention(db, cutoff(years.customerYears));
  const due = customers.filter((c) => !c.open);
  for (const c of due) await inTransaction(db, (tx) => anonymiseCustomer(tx, actor, c.id));

  const names = await visitorNamesPastRetention(db, cutoff(years.visitorNameYears));
  const unlinked = await unlinkedRecordsPastRetention(db, cutoff(years.unlinkedRecordYears));
  const work = [
    ['visits', names.visits],
    ['appointments', names.appointments],
    ['contacts', unlinked.contacts],
    ['correspondence', unlinked.correspondence],
    ['hand_offs', unlinked.hand_offs],
    ['feedback', unlinked.feedback],
  ] as const;
  for (const [table, ids] of work) {
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH);
      await inTransaction(db, (tx) => blankWithChildren(tx, table, batch));
    }
  }

  // Who searched and when stays (the access log); what they typed goes with the names.
  const searchWords = await inTransaction(db, (tx) =>
    blankSearchWordsBefore(tx, cutoff(years.visitorNameYears)),
  );
  // A form typed and never saved or discarded: a month is long enough to come back to it.
  const drafts = await inTransaction(db, (tx) =>
    discardDraftsBefore(tx, subDays(actor.at, DRAFT_DAYS).toISOString()),
  );
  // A save's answer is kept only for its repeats: a day covers any retry.
  await discardMutationsBefore(db, subDays(actor.at, 1).toISOString());

  const result: AnonymisationResult = {
    at: actor.at.toISOString(),
    customers: due.length,
    customersHeldOpen: customers.length - due.length,
    visitorNames: names.visits.length + names.appointments.length,
    unlinkedRecords: Object.values(unlinked).reduce((n, ids) => n + ids.length, 0),
  };
  const blanked = result.customers + result.visitorNames + result.unlinkedRecords;
  if (blanked + searchWords + drafts > 0 || actor.staffId !== null) {
    const { at: _at, ...counts } = result;
    await recordAuditEvent(db, actor.at, {
      kind: 'records_anonymised',
      staffId: actor.staffId,
      username: null,
      siteId: actor.siteId,
      detail: {
        ...counts,
        searchWords,
        drafts,
        by: actor.staffId ? 'administrator' : 'schedule',
        years,
      },
    });
  }
  return result;
}
