// The records behind a figure, so a miss can be traced to the contacts, visits, calls,
// letters or hand-offs that caused it. Each list narrows to one breakdown row when asked
// (one channel's FCR misses, one service's contacts) and shows London times.
import type { Breakdown, Drill, StatsRecords, StatsScope } from '../../shared/api/stats';
import { ApiFailure } from '../../shared/api/errors';
import {
  CHANNEL_LABELS,
  CHANNELS,
  CHANNEL_FAMILY_OF,
  type Channel,
} from '../../shared/domain/channels';
import { OUTCOME_LABELS, type Outcome } from '../../shared/domain/outcomes';
import { waitSeconds } from '../../shared/domain/visits';
import { isOverWaitLimit } from '../../shared/metrics/waits';
import { sql, type RawBuilder } from 'kysely';
import { ANSWER_MS, COUNTED_CALL } from '../../db/queries/stats/call-groups';
import { siteAndStaff } from '../../db/queries/stats/scope';
import { NOT_OF_VOIDED_CONTACT } from '../../db/queries/stats/voided-calls';
import type { Db } from '../../db/write';
import { correspondenceRecords } from './correspondence-records';
import { handOffResultsIn, handOffSpan } from './hand-off-results';
import { pageOf, RECORD_LIMIT, when, type Row } from './record-parts';
import { reportContext, type ReportContext } from './report-context';

type Cell = string | number | null;
const seconds = (from: string | null, to: string | null) =>
  from && to ? Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 1000)) : null;

function narrowContacts(
  breakdown: Breakdown | undefined,
  key: string | undefined,
): RawBuilder<unknown> {
  if (!breakdown || key === undefined) return sql`1`;
  switch (breakdown) {
    case 'family': {
      const channels = CHANNELS.filter((c) => CHANNEL_FAMILY_OF[c] === key);
      return channels.length ? sql`c.channel in (${sql.join(channels)})` : sql`0`;
    }
    case 'channel':
      return sql`c.channel = ${key}`;
    case 'service':
      return sql`c.service_id = ${key}`;
    case 'adviser':
      return sql`c.staff_id = ${key}`;
    case 'interactionType':
      return sql`c.interaction_type_id = ${key}`;
    case 'customerType':
      return sql`c.customer_type_id = ${key}`;
  }
}

const CONTACT_CONDITIONS: Partial<Record<Drill, RawBuilder<unknown>>> = {
  'contacts.all': sql`1`,
  'fcr.completed': sql`c.direction = 'inbound'`,
  'fcr.notResolved': sql`c.direction = 'inbound' and c.outcome <> 'resolved'`,
  'fcr.repeats': sql`c.repeated = 1`,
  'fcr.outbound': sql`c.direction = 'outbound'`,
};

async function contactRecords(
  db: Db,
  rc: ReportContext,
  drill: Drill,
  offset: number,
  breakdown?: Breakdown,
  key?: string,
) {
  // A voided contact (recorded in error) is behind no figure, so it is in no list of them.
  const where = sql`c.started_at >= ${rc.bounds.start} and c.started_at < ${rc.bounds.end}
    and c.voided_at is null and ${siteAndStaff(rc.filter, sql`c.site_id`, sql`c.staff_id`)}
    and ${CONTACT_CONDITIONS[drill]!} and ${narrowContacts(breakdown, key)}`;
  const { rows } = await sql<Row>`
    select c.id, c.started_at, c.channel, c.direction, c.outcome, c.notes,
      cu.display_name as customer, s.name as service, it.name as type, st.display_name as adviser,
      si.name as site,
      (select min(r.started_at) from contacts r where r.customer_id = c.customer_id
        and r.service_id = c.service_id and r.direction = 'inbound' and r.voided_at is null
        and r.started_at > c.started_at) as next_contact
    from contacts c
    join services s on s.id = c.service_id
    join interaction_types it on it.id = c.interaction_type_id
    join staff st on st.id = c.staff_id
    join sites si on si.id = c.site_id
    left join customers cu on cu.id = c.customer_id
    where ${where} order by c.started_at, c.id
    limit ${RECORD_LIMIT} offset ${offset}`.execute(db);
  const { rows: count } = await sql<{
    n: number;
  }>`select count(*) as n from contacts c where ${where}`.execute(db);
  return {
    total: Number(count[0]!.n),
    columns: [
      ['started', 'Started'],
      ['customer', 'Customer'],
      ['channel', 'Channel'],
      ['direction', 'Direction'],
      ['service', 'Service'],
      ['type', 'Type of enquiry'],
      ['outcome', 'Outcome'],
      ['adviser', 'Adviser'],
      ['site', 'Site'],
      ['nextContact', 'Next contact about this service'],
      ['notes', 'Notes'],
    ] as const,
    rows: rows.map((r) => ({
      id: r.id,
      started: when(r.started_at as string),
      customer: (r.customer as string | null) ?? 'Anonymous',
      channel: CHANNEL_LABELS[r.channel as Channel],
      direction: r.direction === 'inbound' ? 'Inbound' : 'Outbound',
      service: r.service,
      type: r.type,
      outcome: OUTCOME_LABELS[r.outcome as Outcome] ?? r.outcome,
      adviser: r.adviser,
      site: r.site,
      nextContact: when(r.next_contact as string | null),
      notes: r.notes,
    })),
  };
}

async function visitRecords(db: Db, rc: ReportContext, drill: Drill, offset: number) {
  const limitMinutes = rc.targets.waitLimitMinutes;
  const { rows } = await sql<Row>`
    select v.id, v.ticket, v.arrived_at, v.appointment_at, v.first_seen_at, v.state, v.closed_at,
      coalesce(cu.display_name, v.customer_name) as customer, s.name as service, si.name as site,
      st.display_name as adviser
    from visits v join services s on s.id = v.first_service_id join sites si on si.id = v.site_id
    left join staff st on st.id = v.staff_id left join customers cu on cu.id = v.customer_id
    where v.arrived_at >= ${rc.bounds.start} and v.arrived_at < ${rc.bounds.end}
      and ${siteAndStaff(rc.filter, sql`v.site_id`, sql`v.staff_id`)}
    order by v.arrived_at, v.id`.execute(db);
  const list = rows
    .map((r) => {
      const seen = r.first_seen_at as string | null;
      const appointment = r.appointment_at as string | null;
      const leftUnseen = seen === null && r.state === 'left';
      // The one wait rule: from arrival, or the appointment if later (shared/domain/visits),
      // to being seen; for a visitor who gave up, to when they were marked as left.
      const ended = seen ?? (leftUnseen ? (r.closed_at as string | null) : null);
      const wait = ended
        ? waitSeconds(
            new Date(r.arrived_at as string),
            appointment ? new Date(appointment) : null,
            new Date(ended),
            rc.now,
          )
        : null;
      return { r, wait, leftUnseen };
    })
    .filter(({ r, wait, leftUnseen }) =>
      drill === 'wait.left'
        ? leftUnseen
        : drill === 'wait.seen'
          ? r.first_seen_at !== null
          : // Over the promise: seen too late, or gave up after waiting longer than it.
            (r.first_seen_at !== null || leftUnseen) &&
            wait !== null &&
            isOverWaitLimit(wait, limitMinutes),
    );
  return {
    total: list.length,
    columns: [
      ['ticket', 'Ticket'],
      ['arrived', 'Arrived'],
      ['appointment', 'Appointment'],
      ['firstSeen', 'First seen'],
      ['waitMinutes', 'Wait (minutes)'],
      ['left', 'Left at'],
      ['customer', 'Customer'],
      ['service', 'Service'],
      ['adviser', 'Adviser'],
      ['site', 'Site'],
    ] as const,
    rows: pageOf(list, offset).map(({ r, wait }) => ({
      id: r.id,
      ticket: r.ticket,
      arrived: when(r.arrived_at as string),
      appointment: when(r.appointment_at as string | null),
      firstSeen: when(r.first_seen_at as string | null),
      waitMinutes: wait === null ? null : Math.round((wait / 60) * 10) / 10,
      left:
        r.state === 'left' && r.first_seen_at === null ? when(r.closed_at as string | null) : null,
      customer: r.customer ?? 'Not given',
      service: r.service,
      adviser: r.adviser,
      site: r.site,
    })),
  };
}

async function callRecords(db: Db, rc: ReportContext, drill: Drill, offset: number) {
  const condition =
    drill === 'calls.abandoned'
      ? sql`k.abandoned_at is not null`
      : drill === 'calls.slow'
        ? sql`k.answered_at is not null and ${ANSWER_MS} > ${rc.targets.asaTargetSeconds * 1000}`
        : sql`k.answered_at is not null`;
  const { rows } = await sql<Row>`
    select k.id, k.queued_at, k.answered_at, k.abandoned_at, k.source, st.display_name as adviser,
      si.name as site, cu.display_name as customer
    from calls k join sites si on si.id = k.site_id left join staff st on st.id = k.staff_id
    left join contacts c on c.id = k.contact_id left join customers cu on cu.id = c.customer_id
    where k.queued_at >= ${rc.bounds.start} and k.queued_at < ${rc.bounds.end}
      and ${siteAndStaff(rc.filter, sql`k.site_id`, sql`k.staff_id`)} and ${condition}
      and ${COUNTED_CALL} and ${NOT_OF_VOIDED_CONTACT}
    order by k.queued_at, k.id`.execute(db);
  return {
    total: rows.length,
    columns: [
      ['queued', 'Reached the queue'],
      ['answered', 'Answered'],
      ['abandoned', 'Caller hung up'],
      ['seconds', 'Seconds waiting'],
      ['adviser', 'Adviser'],
      ['customer', 'Customer'],
      ['site', 'Site'],
      ['source', 'Recorded by'],
    ] as const,
    rows: pageOf(rows, offset).map((r) => ({
      id: r.id,
      queued: when(r.queued_at as string),
      answered: when(r.answered_at as string | null),
      abandoned: when(r.abandoned_at as string | null),
      seconds: seconds(r.queued_at as string, (r.answered_at ?? r.abandoned_at) as string),
      adviser: r.adviser,
      customer: r.customer,
      site: r.site,
      source: r.source === 'import' ? 'Telephone system' : 'Adviser',
    })),
  };
}

async function handOffRecords(db: Db, rc: ReportContext, offset: number, standardId?: string) {
  const results = handOffResultsIn(await handOffSpan(db, rc.bounds, rc.filter, rc.now), rc.bounds);
  const ids = standardId
    ? (results.missed.get(standardId) ?? [])
    : [...results.missed.values()].flat();
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('hand_offs as h')
          .innerJoin('departments as d', 'd.id', 'h.department_id')
          .innerJoin('services as s', 's.id', 'h.service_id')
          .leftJoin('service_standards as ss', 'ss.id', 'h.standard_id')
          .select([
            'h.id',
            'h.reference',
            'h.created_at',
            'h.due_at',
            'h.resolved_at',
            'h.status',
            'd.name as department',
            's.name as service',
            'ss.name as standard',
          ])
          .where('h.id', 'in', ids)
          .orderBy('h.created_at')
          .execute();
  return {
    total: rows.length,
    columns: [
      ['reference', 'Reference'],
      ['made', 'Handed off'],
      ['due', 'Due (tightest limit)'],
      ['resolved', 'Resolved'],
      ['status', 'Status'],
      ['department', 'Department'],
      ['service', 'Service'],
      ['standard', 'Standard'],
    ] as const,
    rows: pageOf(rows, offset).map((r) => ({
      id: r.id,
      reference: r.reference,
      made: when(r.created_at),
      due: when(r.due_at),
      resolved: when(r.resolved_at),
      status: r.status,
      department: r.department,
      service: r.service,
      standard: r.standard,
    })),
  };
}

const TITLES: Record<Drill, string> = {
  'fcr.completed': 'Completed inbound contacts',
  'fcr.notResolved': 'Contacts not resolved at first contact',
  'fcr.repeats': 'Resolved contacts followed by a repeat contact within 7 days',
  'fcr.outbound': 'Outbound follow-ups',
  'wait.seen': 'Visitors seen',
  'wait.over': 'Visitors who waited longer than the promise, seen late or gone unseen',
  'wait.left': 'Visitors who left without being seen',
  'calls.answered': 'Calls answered',
  'calls.slow': 'Calls that waited longer than the answer target',
  'calls.abandoned': 'Abandoned calls',
  'correspondence.received': 'Letters and emails received',
  'correspondence.answered': 'Letters and emails answered in full',
  'correspondence.late': 'Letters and emails answered after their due date',
  'correspondence.overdue': 'Letters and emails overdue',
  'correspondence.holding': 'Letters and emails given a holding reply',
  'handOffs.missed': 'Hand-offs that missed a limit of their standard',
  'contacts.all': 'Contacts recorded',
};

export async function buildRecords(
  db: Db,
  input: { scope: StatsScope; drill: Drill; breakdown?: Breakdown; key?: string; offset?: number },
  now: Date,
): Promise<StatsRecords> {
  const rc = await reportContext(db, input.scope, now);
  const { drill } = input;
  const offset = input.offset ?? 0;
  const family = drill.split('.')[0];
  if (input.breakdown && family !== 'fcr' && family !== 'contacts') {
    throw new ApiFailure('VALIDATION', 'Only contact figures can be narrowed to one row.');
  }
  const found =
    family === 'fcr' || family === 'contacts'
      ? await contactRecords(db, rc, drill, offset, input.breakdown, input.key)
      : family === 'wait'
        ? await visitRecords(db, rc, drill, offset)
        : family === 'calls'
          ? await callRecords(db, rc, drill, offset)
          : family === 'correspondence'
            ? await correspondenceRecords(db, rc, drill, offset)
            : await handOffRecords(db, rc, offset, input.key);
  const period = rc.from === rc.to ? rc.from : `${rc.from} to ${rc.to}`;
  return {
    title: `${TITLES[drill]}: ${period}, ${rc.label}`,
    columns: found.columns.map(([key, label]) => ({ key, label })),
    rows: found.rows as Record<string, Cell>[],
    total: found.total,
  };
}
