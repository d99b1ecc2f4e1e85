// The visitors behind a face-to-face figure: those seen, those who left without being seen,
// and those who waited longer than the promise (seen late, or gave up after waiting longer
// than it), each with the wait the figures count.
import type { Drill } from '../../shared/api/stats';
import { waitSeconds } from '../../shared/domain/visits';
import { isOverWaitLimit } from '../../shared/metrics/waits';
import type { ReadableDB } from '../handles';
import { visitRecordsIn } from '../queries/queue/visit-records';
import { pageOf, when } from './record-parts';
import type { ReportContext } from './report-context';

export async function visitRecords(
  db: ReadableDB,
  rc: ReportContext,
  drill: Drill,
  offset: number,
) {
  const limitMinutes = rc.targets.waitLimitMinutes;
  const rows = await visitRecordsIn(db, rc.bounds, rc.filter);
  const list = rows
    .map((r) => {
      const seen = r.firstSeenAt;
      const appointment = r.appointmentAt;
      const leftUnseen = seen === null && r.state === 'left';
      // The one wait rule: from arrival, or the appointment if later (shared/domain/visits),
      // to being seen; for a visitor who gave up, to when they were marked as left.
      const ended = seen ?? (leftUnseen ? r.closedAt : null);
      const wait = ended
        ? waitSeconds(
            new Date(r.arrivedAt),
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
          ? r.firstSeenAt !== null
          : // Over the promise: seen too late, or gave up after waiting longer than it.
            (r.firstSeenAt !== null || leftUnseen) &&
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
      arrived: when(r.arrivedAt),
      appointment: when(r.appointmentAt),
      firstSeen: when(r.firstSeenAt),
      waitMinutes: wait === null ? null : Math.round((wait / 60) * 10) / 10,
      left: r.state === 'left' && r.firstSeenAt === null ? when(r.closedAt) : null,
      customer: r.customer ?? 'Not given',
      service: r.service,
      adviser: r.adviser,
      site: r.site,
    })),
  };
}
