// The calls behind a telephone figure: answered, answered after the target, or abandoned,
// each with how long the caller waited and who recorded it.
import { callRecordsIn, type CallDrill } from '../queries/calls/call-records';
import type { ReadableDB } from '../handles';
import { pageOf, when } from './record-parts';
import type { ReportContext } from './report-context';

const seconds = (from: string | null, to: string | null) =>
  from && to ? Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 1000)) : null;

export async function callRecords(
  db: ReadableDB,
  rc: ReportContext,
  drill: CallDrill,
  offset: number,
) {
  const rows = await callRecordsIn(db, {
    bounds: rc.bounds,
    filter: rc.filter,
    drill,
    answerTargetSeconds: rc.targets.asaTargetSeconds,
  });
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
      queued: when(r.queuedAt),
      answered: when(r.answeredAt),
      abandoned: when(r.abandonedAt),
      seconds: seconds(r.queuedAt, r.answeredAt ?? r.abandonedAt),
      adviser: r.adviser,
      customer: r.customer,
      site: r.site,
      source: r.source === 'import' ? 'Telephone system' : 'Adviser',
    })),
  };
}
