// The letters and emails behind a figure: received (work-list items, and letters and emails
// recorded only as a contact: shared/metrics/letters-received.ts), answered, late, overdue
// at the end of the period, and given a holding reply.
import { CHANNEL_LABELS } from '../../shared/domain/channels';
import { replyWithinStandard } from '../../shared/metrics/correspondence';
import { contactsWithoutItem } from '../../shared/metrics/letters-received';
import { londonDateOf } from '../../shared/time/london';
import { letterContactRecords } from '../queries/contacts/contact-records';
import {
  correspondenceRecordsIn,
  type CorrespondenceDrill,
} from '../queries/correspondence/correspondence-records';
import { itemsForMatching } from '../queries/stats/letter-contacts';
import type { Db } from '../write';
import { pageOf, when } from './record-parts';
import type { ReportContext } from './report-context';

const COLUMNS = [
  ['reference', 'Reference'],
  ['channel', 'Channel'],
  ['received', 'Received'],
  ['due', 'Reply due by'],
  ['answered', 'Answered'],
  ['holding', 'Holding replies'],
  ['service', 'Service'],
  ['subject', 'Subject'],
  ['assigned', 'Assigned to'],
] as const;

/** Letters and emails recorded only as a contact in the period, as rows of the list. */
async function contactOnlyRows(db: Db, rc: ReportContext) {
  const contacts = await letterContactRecords(db, rc.bounds, rc.filter);
  const dated = contacts.map((r) => ({ ...r, date: londonDateOf(r.startedAt) }));
  return contactsWithoutItem(dated, await itemsForMatching(db, rc.bounds)).map((r) => ({
    at: r.startedAt,
    row: {
      id: r.id,
      reference: null,
      channel: CHANNEL_LABELS[r.channel],
      received: when(r.startedAt),
      due: null,
      answered: null,
      holding: null,
      service: r.service,
      subject: r.notes,
      assigned: r.adviser,
      recordedAs: 'Only as a contact',
    },
  }));
}

export async function correspondenceRecords(
  db: Db,
  rc: ReportContext,
  drill: CorrespondenceDrill,
  offset: number,
) {
  const asOf = new Date(Math.min(rc.now.getTime(), Date.parse(rc.bounds.end))).toISOString();
  const rows = await correspondenceRecordsIn(db, {
    bounds: rc.bounds,
    filter: rc.filter,
    drill,
    asOf,
    lastDay: rc.to,
  });
  const items = (
    drill === 'correspondence.late'
      ? rows.filter((r) => !replyWithinStandard(londonDateOf(r.respondedAt!), r.dueDate))
      : rows
  ).map((r) => ({
    at: r.receivedAt,
    row: {
      id: r.id,
      reference: r.reference,
      channel: CHANNEL_LABELS[r.channel],
      received: when(r.receivedAt),
      due: r.dueDate,
      answered: when(r.respondedAt),
      holding: r.holding,
      service: r.service,
      subject: r.subject,
      assigned: r.assigned,
      recordedAs: 'Work list',
    },
  }));
  const received = drill === 'correspondence.received';
  // Received: the work list's items and the letters recorded only as contacts, in time order.
  const list = received
    ? [...items, ...(await contactOnlyRows(db, rc))].sort((a, b) => a.at.localeCompare(b.at))
    : items;
  return {
    total: list.length,
    columns: received ? [...COLUMNS, ['recordedAs', 'Recorded as'] as const] : COLUMNS,
    rows: pageOf(list, offset).map(({ row }) => row),
  };
}
