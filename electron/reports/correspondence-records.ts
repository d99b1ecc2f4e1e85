// The letters and emails behind a figure: received (work-list items, and letters and emails
// recorded only as a contact: shared/metrics/letters-received.ts), answered, late, overdue
// at the end of the period, and given a holding reply.
import type { Drill } from '../../shared/api/stats';
import { CHANNEL_LABELS, type Channel } from '../../shared/domain/channels';
import { contactsWithoutItem, LETTER_CHANNELS } from '../../shared/metrics/letters-received';
import { londonDateOf } from '../../shared/time/london';
import { sql, type RawBuilder } from 'kysely';
import { itemsForMatching } from '../../db/queries/stats/letter-contacts';
import { siteAndStaff } from '../../db/queries/stats/scope';
import type { Db } from '../../db/write';
import { pageOf, when, type Row } from './record-parts';
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
  const { start, end } = rc.bounds;
  // A voided contact (recorded in error) is behind no figure.
  const { rows } = await sql<Row>`
    select c.id, c.started_at, c.channel, c.customer_id, c.service_id, c.notes,
      s.name as service, st.display_name as adviser
    from contacts c join services s on s.id = c.service_id join staff st on st.id = c.staff_id
    where c.started_at >= ${start} and c.started_at < ${end}
      and c.direction = 'inbound' and c.channel in (${sql.join([...LETTER_CHANNELS])})
      and c.voided_at is null and ${siteAndStaff(rc.filter, sql`c.site_id`, sql`c.staff_id`)}
    order by c.started_at, c.id`.execute(db);
  const dated = rows.map((r) => ({
    r,
    customerId: r.customer_id as string | null,
    channel: r.channel as string,
    serviceId: r.service_id as string,
    date: londonDateOf(r.started_at as string),
  }));
  return contactsWithoutItem(dated, await itemsForMatching(db, rc.bounds)).map(({ r }) => ({
    at: r.started_at as string,
    row: {
      id: r.id,
      reference: null,
      channel: CHANNEL_LABELS[r.channel as Channel],
      received: when(r.started_at as string),
      due: null,
      answered: null,
      holding: null,
      service: r.service,
      subject: r.notes,
      assigned: r.adviser,
      recordedAs: 'Only as a contact',
    } as Row,
  }));
}

export async function correspondenceRecords(
  db: Db,
  rc: ReportContext,
  drill: Drill,
  offset: number,
) {
  const { start, end } = rc.bounds;
  const asOf = new Date(Math.min(rc.now.getTime(), Date.parse(end))).toISOString();
  const condition: Record<string, RawBuilder<unknown>> = {
    'correspondence.received': sql`k.received_at >= ${start} and k.received_at < ${end}
      and ${siteAndStaff(rc.filter, sql`k.site_id`, sql`k.assigned_to`)}`,
    'correspondence.answered': sql`k.responded_at >= ${start} and k.responded_at < ${end}
      and ${siteAndStaff(rc.filter, sql`k.site_id`, sql`k.responded_by`)}`,
    'correspondence.late': sql`k.responded_at >= ${start} and k.responded_at < ${end}
      and ${siteAndStaff(rc.filter, sql`k.site_id`, sql`k.responded_by`)}`,
    'correspondence.overdue': sql`k.received_at < ${asOf} and k.due_date < ${rc.to}
      and (k.responded_at is null or k.responded_at >= ${asOf})
      and ${siteAndStaff(rc.filter, sql`k.site_id`, sql`k.assigned_to`)}`,
    'correspondence.holding': sql`exists (select 1 from holding_replies h where h.correspondence_id = k.id
      and h.sent_at >= ${start} and h.sent_at < ${end})
      and ${siteAndStaff(rc.filter, sql`k.site_id`, sql`k.assigned_to`)}`,
  };
  const { rows } = await sql<Row>`
    select k.id, k.reference, k.channel, k.received_at, k.due_date, k.responded_at, k.status,
      k.subject, s.name as service, st.display_name as assigned,
      (select count(*) from holding_replies h where h.correspondence_id = k.id) as holding
    from correspondence k join services s on s.id = k.service_id
    left join staff st on st.id = k.assigned_to
    where ${condition[drill]!} order by k.received_at, k.id`.execute(db);
  const items = (
    drill === 'correspondence.late'
      ? rows.filter((r) => londonDateOf(r.responded_at as string) > (r.due_date as string))
      : rows
  ).map((r) => ({
    at: r.received_at as string,
    row: {
      id: r.id,
      reference: r.reference,
      channel: CHANNEL_LABELS[r.channel as Channel],
      received: when(r.received_at as string),
      due: r.due_date,
      answered: when(r.responded_at as string | null),
      holding: Number(r.holding),
      service: r.service,
      subject: r.subject,
      assigned: r.assigned,
      recordedAs: 'Work list',
    } as Row,
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
