// The simplest hand-written SQL for the stats questions, straight on better-sqlite3: what a
// developer would write first, with UTC days and no layers. The benchmarks time it beside
// ours so the cost of our layers (Kysely, London days, the worker thread) is visible.
import type SQLite from 'better-sqlite3';

const REPEATED = `exists (select 1 from contacts r where r.customer_id = c.customer_id
  and r.service_id = c.service_id and r.direction = 'inbound' and r.started_at > c.started_at
  and r.started_at <= strftime('%Y-%m-%dT%H:%M:%fZ', c.started_at, '+7 days'))`;

export function baselineQueries(sqlite: SQLite.Database) {
  const fcr = sqlite.prepare(`select count(*) as completed, sum(outcome = 'resolved') as resolved,
      sum(outcome = 'resolved' and customer_id is not null and ${REPEATED}) as repeats
    from contacts c where started_at >= ? and started_at < ? and direction = 'inbound'`);
  const byDimension = [
    'channel',
    'service_id',
    'staff_id',
    'interaction_type_id',
    'customer_type_id',
  ].map((column) =>
    sqlite.prepare(`select ${column}, count(*) as n, sum(outcome = 'resolved') as resolved
        from contacts where started_at >= ? and started_at < ? group by ${column}`),
  );
  const waits = sqlite.prepare(`select state, first_seen_at is not null as seen,
      (julianday(first_seen_at) - julianday(max(arrived_at, coalesce(appointment_at, arrived_at)))) * 86400 as wait
    from visits where arrived_at >= ? and arrived_at < ?`);
  const calls =
    sqlite.prepare(`select count(answered_at) as answered, count(abandoned_at) as abandoned,
      avg((julianday(answered_at) - julianday(queued_at)) * 86400) as asa
    from calls where queued_at >= ? and queued_at < ?`);
  const letters = sqlite.prepare(`select
      (select count(*) from correspondence where received_at >= @start and received_at < @end) as received,
      (select count(*) from correspondence where responded_at >= @start and responded_at < @end) as answered,
      (select count(*) from correspondence where responded_at >= @start and responded_at < @end
        and date(responded_at) <= due_date) as within,
      (select count(*) from correspondence where status = 'open' and due_date < date(@start)) as overdue,
      (select count(*) from holding_replies where sent_at >= @start and sent_at < @end) as holding`);
  const handOffs = sqlite.prepare(`select count(*) as decided, sum(resolved_at <= due_at) as within
    from hand_offs where resolved_at >= ? and resolved_at < ?`);
  const trend = sqlite.prepare(`select date(started_at) as day, count(*) as n,
      sum(direction = 'inbound') as completed, sum(direction = 'inbound' and outcome = 'resolved') as resolved,
      sum(direction = 'inbound' and outcome = 'resolved' and customer_id is not null and ${REPEATED}) as repeats
    from contacts c where started_at >= ? and started_at < ? group by 1`);
  const trendWaits = sqlite.prepare(`select date(arrived_at) as day, count(first_seen_at) as seen,
      sum((julianday(first_seen_at) - julianday(max(arrived_at, coalesce(appointment_at, arrived_at)))) * 86400 <= 600) as within
    from visits where arrived_at >= ? and arrived_at < ? group by 1`);
  const trendCalls = sqlite.prepare(`select date(queued_at) as day,
      avg((julianday(answered_at) - julianday(queued_at)) * 86400) as asa
    from calls where queued_at >= ? and queued_at < ? group by 1`);
  const trendLetters = sqlite.prepare(`select date(responded_at) as day, count(*) as answered,
      sum(date(responded_at) <= due_date) as within
    from correspondence where responded_at >= ? and responded_at < ? group by 1`);

  /** One day's figures: FCR and its breakdowns, waits with the 90th percentile, calls, letters. */
  function day(start: string, end: string) {
    fcr.get(start, end);
    for (const q of byDimension) q.all(start, end);
    const rows = waits.all(start, end) as { seen: number; wait: number | null }[];
    const seen = rows
      .filter((r) => r.seen)
      .map((r) => r.wait!)
      .sort((a, b) => a - b);
    void seen[Math.max(0, Math.ceil(seen.length * 0.9) - 1)];
    calls.get(start, end);
    letters.get({ start, end });
    handOffs.get(start, end);
  }

  /** Daily FCR (recorded and verified), waits, answer times and letters over a range. */
  function daily(start: string, end: string) {
    trend.all(start, end);
    trendWaits.all(start, end);
    trendCalls.all(start, end);
    trendLetters.all(start, end);
  }

  return { day, daily };
}
