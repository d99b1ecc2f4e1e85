// The team leader's report for a day or a period: every figure against its target, a day
// beside the same weekday's average over the previous four weeks (those since the council
// began using the app, shared/metrics/comparison.ts), FCR and volume broken
// down, the demand heatmap, and a daily trend. Runs in the reports worker (runner.ts).
import type {
  CallHourRow,
  FigureSection,
  HandOffStandardRow,
  StatsReport,
  StatsScope,
  TrendPoint,
} from '../../shared/api/stats';
import {
  comparedDays,
  compareWithAverage,
  type ComparedDays,
} from '../../shared/metrics/comparison';
import { shareOf } from '../../shared/metrics/counts';
import { fcrRates, REPEAT_WINDOW_DAYS } from '../../shared/metrics/fcr';
import { abandonedKnown, answerFiguresOf, asaFromTotals } from '../../shared/metrics/telephone';
import { faceToFaceWaits } from '../../shared/metrics/waits';
import type { VisitState } from '../../shared/domain/visits';
import {
  addCalendarDays,
  londonDateOf,
  londonDayBounds,
  type IsoDate,
} from '../../shared/time/london';
import { everyStandard } from '../queries/calendar-settings/every-standard';
import { councilStartedOn } from '../queries/stats/council-start';
import { overdueAt } from '../queries/stats/correspondence-groups';
import { visitsIn } from '../queries/stats/visit-groups';
import type { Db } from '../write';
import { namesOf } from '../queries/reference/names';
import {
  dailyTotals,
  datesBetween,
  emptyTotals,
  sumTotals,
  type DayTotals,
  type HourCalls,
} from './day-totals';
import { sectionsOf, type PeriodExtras } from './figures';
import { localParts, type ReportParts } from './parts';
import { boundsOf, reportContext, type ReportContext } from './report-context';

/** A day's trend and demand heatmap: the week to it, one of each weekday. */
const TREND_DAYS_FOR_A_DAY = 6;

const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

/**
 * A period's waits and letters overdue at its end, asked for at once; the hand-off results are
 * added when they are known (`withHandOffs`), so these queries need not wait for them.
 */
async function waitsAndOverdue(db: Db, rc: ReportContext, from: IsoDate, to: IsoDate) {
  const bounds = boundsOf(from, to);
  const asOf = new Date(Math.min(rc.now.getTime(), Date.parse(bounds.end)));
  const [visits, overdue] = await Promise.all([
    visitsIn(db, bounds, rc.filter),
    overdueAt(db, to, asOf.toISOString(), rc.filter),
  ]);
  const waits = faceToFaceWaits(
    visits.map((v) => ({
      state: v.state as VisitState,
      arrivedAt: new Date(v.arrived_at),
      appointmentAt: v.appointment_at ? new Date(v.appointment_at) : null,
      firstSeenAt: v.first_seen_at ? new Date(v.first_seen_at) : null,
      // A visitor who left unseen waited until marked as left: the longest wait counts them.
      closedAt: v.closed_at ? new Date(v.closed_at) : null,
    })),
    asOf,
    rc.targets.waitLimitMinutes,
  );
  return { waits, overdueAtEnd: overdue };
}

function withHandOffs(
  part: Awaited<ReturnType<typeof waitsAndOverdue>>,
  handOffs: HandOffStandardRow[],
): PeriodExtras {
  return { waits: part.waits, overdueAtEnd: part.overdueAtEnd, handOffs };
}

function trendOf(days: Map<IsoDate, DayTotals>, dates: IsoDate[]): TrendPoint[] {
  return dates.map((date) => {
    const t = days.get(date) ?? emptyTotals();
    const fcr = fcrRates(t);
    return {
      date,
      contacts: t.contacts,
      fcr: fcr.rate,
      fcrVerified: fcr.verifiedRate,
      seenWithinLimit: shareOf(t.seenWithinLimit, t.seen),
      averageSpeedOfAnswer: asaFromTotals(t.totalAnswerSeconds, t.callsAnswered),
      answeredWithinStandard: shareOf(t.lettersAnsweredWithinStandard, t.lettersAnswered),
    };
  });
}

function callsByHour(
  byDate: Map<IsoDate, HourCalls[]>,
  dates: IsoDate[],
  asaTarget: number,
): CallHourRow[] {
  const rows: CallHourRow[] = [];
  for (let hour = 0; hour < 24; hour += 1) {
    const totals = { answered: 0, abandoned: 0, totalAnswerSeconds: 0, answeredAfterTarget: 0 };
    let fromSwitch = 0;
    for (const date of dates) {
      const h = byDate.get(date)?.[hour];
      if (!h) continue;
      totals.answered += h.answered;
      totals.abandoned += h.abandoned;
      totals.totalAnswerSeconds += h.totalAnswerSeconds;
      fromSwitch += h.fromSwitch;
    }
    const calls = answerFiguresOf(totals, asaTarget);
    if (calls.offered === 0) continue;
    const known = abandonedKnown(fromSwitch);
    rows.push({
      hour,
      answered: calls.answered,
      abandoned: known ? calls.abandoned : null,
      abandonedShare: known ? calls.abandonedShare : null,
      averageSpeedOfAnswer: calls.averageSpeedOfAnswer,
      met: calls.met,
    });
  }
  return rows;
}

function withComparisons(
  day: FigureSection[],
  earlier: FigureSection[][],
  days: ComparedDays,
): FigureSection[] {
  return day.map((section) => ({
    ...section,
    figures: section.figures.map((f) => {
      const previous = earlier.map(
        (sections) =>
          sections.flatMap((s) => s.figures).find((other) => other.key === f.key)?.value ?? null,
      );
      return { ...f, previous: compareWithAverage(f.value, previous, f.better, days) };
    }),
  }));
}

/**
 * The report for `scope` as at `now`. With a `helper` (another thread, parts-thread.ts), the
 * breakdowns and the hand-off results are worked out there while this thread counts the
 * days. Contacts come from tallies kept as they are saved (migration 0008), so the days'
 * visits, calls and letters are this thread's main work, and the hand-offs the helper's.
 */
export async function buildReport(
  db: Db,
  scope: StatsScope,
  now: Date,
  helper?: ReportParts,
): Promise<StatsReport> {
  // What the report needs before it counts, asked for together: on the council server each is
  // a round trip, and the rest waits for them.
  const [rc, names, startedOn, standards] = await Promise.all([
    reportContext(db, scope, now),
    namesOf(db),
    scope.from === scope.to ? councilStartedOn(db) : null,
    everyStandard(db),
  ]);
  const single = rc.from === rc.to;
  const elsewhere = helper ?? localParts(db);
  const trendFrom = single ? addCalendarDays(rc.to, -TREND_DAYS_FOR_A_DAY) : rc.from;
  // The same weekday in the four weeks before, none before the council began using the app.
  const compared = single ? comparedDays(rc.to, startedOn) : null;
  // Hand-off results once, for the period and the weekdays it is compared with. Asked for
  // first, with the standards already read, so their one long query goes ahead of the days'
  // many short ones (a pool of connections answers in the order asked), and the helper works
  // while this thread counts.
  const earliest = compared?.dates.at(-1) ?? rc.from;
  const periods = [boundsOf(rc.from, rc.to), ...(compared?.dates ?? []).map((d) => boundsOf(d, d))];
  const handOffsAsked = elsewhere.handOffRows(
    boundsOf(earliest, rc.to),
    periods,
    rc.filter,
    now,
    standards,
  );
  const splitAsked = elsewhere.breakdowns(rc.from, rc.to, rc.filter, names, rc.targets.fcrTarget);
  // Settled at once, so a failure while this thread works is not an unhandled rejection.
  void splitAsked.catch(() => undefined);
  void handOffsAsked.catch(() => undefined);
  // The period's days, the weekdays it is compared with, and their waits and letters overdue,
  // asked for at once: PostgreSQL (the council server) answers them side by side on its
  // pool; a desk's SQLite answers one query at a time.
  const [daily, comparisonTotals, periodPart, comparedParts] = await Promise.all([
    dailyTotals(
      db,
      boundsOf(trendFrom, rc.to),
      rc.filter,
      rc.targets,
      rc.bounds, // the trend shows no letters received
    ),
    // The four weekdays in one set of queries, each day its own range.
    compared && compared.dates.length > 0
      ? dailyTotals(
          db,
          compared.dates.map((date) => boundsOf(date, date)),
          rc.filter,
          rc.targets,
        )
      : null,
    waitsAndOverdue(db, rc, rc.from, rc.to),
    Promise.all((compared?.dates ?? []).map((date) => waitsAndOverdue(db, rc, date, date))),
  ]);
  const handOffs = await handOffsAsked;
  const extras = withHandOffs(periodPart, handOffs[0]!);
  const split = await splitAsked;
  const periodDates = datesBetween(rc.from, rc.to);
  const totals = sumTotals(periodDates.map((d) => daily.days.get(d) ?? emptyTotals()));
  let sections = sectionsOf(totals, extras, rc.targets);
  if (compared) {
    const earlier = compared.dates.map((date, i) => {
      const dayExtras = withHandOffs(comparedParts[i]!, handOffs[i + 1]!);
      return sectionsOf(comparisonTotals?.days.get(date) ?? emptyTotals(), dayExtras, rc.targets);
    });
    sections = withComparisons(sections, earlier, compared);
  }
  const end = londonDayBounds(rc.to).end;
  return {
    from: rc.from,
    to: rc.to,
    scopeLabel: rc.label,
    asOf: new Date(Math.min(now.getTime(), end.getTime())).toISOString(),
    live: now < end && now >= londonDayBounds(rc.from).start,
    repeatWindowClosesOn: addCalendarDays(rc.to, REPEAT_WINDOW_DAYS),
    sections,
    fcr: split.fcr,
    handOffs: extras.handOffs,
    volume: split.volume,
    heatmap: daily.heatmap,
    callsByHour: callsByHour(daily.callHours, periodDates, rc.targets.asaTargetSeconds),
    targets: {
      fcr: rc.targets.fcrTarget,
      seenWithinLimit: rc.targets.waitSharePercent / 100,
      averageSpeedOfAnswer: rc.targets.asaTargetSeconds,
      answeredWithinStandard: rc.targets.replySharePercent / 100,
    },
    heatmapFrom: trendFrom,
    // No points for days still to come: a week or month in progress stops at today.
    trend: trendOf(daily.days, datesBetween(trendFrom, minDate(rc.to, londonDateOf(now)))),
  };
}
