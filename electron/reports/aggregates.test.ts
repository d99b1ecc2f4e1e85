// The SQL aggregates against the definitions in shared/metrics, on generated activity over a
// fortnight that spans the autumn clock change: for every London day, FCR (with repeats),
// face-to-face waits, answer times and letters must come out exactly as the definitions
// count them from the same rows; and the figures the report makes of those counts (the
// division and the "met") must be the definitions' own.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../shared/api/stats';
import { correspondenceActivity } from '../../shared/metrics/correspondence-activity';
import { judge } from '../../shared/metrics/figure-format';
import { firstContactResolution, type FcrContact } from '../../shared/metrics/fcr';
import { answerFigures } from '../../shared/metrics/telephone';
import type { VisitState } from '../../shared/domain/visits';
import { faceToFaceWaits } from '../../shared/metrics/waits';
import { londonDateOf, londonDayBounds } from '../../shared/time/london';
import { overdueAt } from '../../db/queries/stats/correspondence-groups';
import { createTestBackend, type TestBackend } from '../../test/support/backend';
import { statsFixture, type StatsFixture } from '../../test/support/stats-fixture';
import { datesBetween, dailyTotals, emptyTotals } from '../../db/reports/day-totals';
import { sectionsOf } from '../../db/reports/figures';
import { boundsOf } from '../../db/reports/report-context';

const FROM = '2026-10-19';
const TO = '2026-11-01'; // Sunday 25 October has 25 hours
const START = londonDayBounds(FROM).start.getTime();
const SPAN = londonDayBounds(TO).end.getTime() - START;
const SERVICES = ['councilTax', 'benefits'] as const;
const OUTCOMES = ['resolved', 'resolved', 'resolved', 'callback_promised', 'handed_off'] as const;

const instant = fc.integer({ min: 0, max: SPAN - 1 }).map((ms) => new Date(START + ms));
const activity = fc.record({
  contacts: fc.array(
    fc.record({
      at: instant,
      customer: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
      service: fc.constantFrom(...SERVICES),
      outcome: fc.constantFrom(...OUTCOMES),
      outbound: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
    }),
    { maxLength: 40 },
  ),
  visits: fc.array(
    fc.record({
      arrived: instant,
      appointmentAfter: fc.option(fc.integer({ min: -600, max: 900 }), { nil: null }),
      // Milliseconds waited, with the 10-minute boundary's neighbours (600.999 s is 600 s).
      waited: fc.option(
        fc.oneof(
          fc.integer({ min: 0, max: 1_500_000 }),
          fc.constantFrom(599_999, 600_000, 600_999, 601_000),
        ),
        { nil: null },
      ),
    }),
    { maxLength: 20 },
  ),
  calls: fc.array(
    fc.record({
      queued: instant,
      seconds: fc.integer({ min: 0, max: 240 }),
      answered: fc.boolean(),
    }),
    { maxLength: 20 },
  ),
  letters: fc.array(
    fc.record({
      received: instant,
      dueInDays: fc.integer({ min: 0, max: 14 }),
      answeredAfterMs: fc.option(fc.integer({ min: 0, max: 20 * 86_400_000 }), { nil: null }),
      holdingAfterMs: fc.option(fc.integer({ min: 0, max: 10 * 86_400_000 }), { nil: null }),
    }),
    { maxLength: 15 },
  ),
});

let backend: TestBackend;
let f: StatsFixture;
let customers: string[];

beforeAll(async () => {
  backend = await createTestBackend('2026-11-20T12:00:00Z');
  f = statsFixture(backend);
  customers = ['Ann', 'Bob', 'Cat', 'Dan'].map((n) => f.customer(`${n} Test`));
});
afterAll(() => backend.close());

describe('SQL aggregates against shared/metrics', () => {
  it('count every London day as the definitions do', async () => {
    const db = backend.opened.database!.db;
    const sqlite = backend.opened.database!.sqlite;
    await fc.assert(
      fc.asyncProperty(activity, async (a) => {
        sqlite.exec(
          'delete from holding_replies; delete from correspondence; delete from calls; delete from visits; delete from contacts;',
        );
        const fcrRows: (FcrContact & { day: string })[] = a.contacts.map((c) => {
          const id = f.contact({
            at: c.at.toISOString(),
            customerId: c.customer === null ? null : customers[c.customer]!,
            service: c.service,
            outcome: c.outcome,
            direction: c.outbound ? 'outbound' : 'inbound',
          });
          return {
            id,
            outcome: c.outcome,
            direction: c.outbound ? 'outbound' : 'inbound',
            customerId: c.customer === null ? null : customers[c.customer]!,
            serviceId: f.ids.services[c.service],
            startedAt: c.at,
            day: londonDateOf(c.at),
          };
        });
        const visitRows = a.visits.map((v) => {
          const appointment =
            v.appointmentAfter === null
              ? null
              : new Date(v.arrived.getTime() + v.appointmentAfter * 1000);
          const seen = v.waited === null ? null : new Date(v.arrived.getTime() + v.waited);
          f.visit({
            arrived: v.arrived.toISOString(),
            appointment: appointment?.toISOString() ?? null,
            firstSeen: seen?.toISOString() ?? null,
            state: seen ? 'done' : 'left',
          });
          const state: VisitState = seen ? 'done' : 'left';
          return {
            state,
            arrivedAt: v.arrived,
            appointmentAt: appointment,
            firstSeenAt: seen,
          };
        });
        const callRows = a.calls.map((c) => {
          const end = new Date(c.queued.getTime() + c.seconds * 1000 + 123);
          f.call({
            queued: c.queued.toISOString(),
            ...(c.answered ? { answered: end.toISOString() } : { abandoned: end.toISOString() }),
          });
          return {
            queuedAt: c.queued,
            answeredAt: c.answered ? end : null,
            abandonedAt: c.answered ? null : end,
          };
        });
        const letterRows = a.letters.map((l) => {
          const receivedDate = londonDateOf(l.received);
          const due = datesBetween(receivedDate, '2026-12-31')[l.dueInDays]!;
          const responded =
            l.answeredAfterMs === null ? null : new Date(l.received.getTime() + l.answeredAfterMs);
          const holding =
            l.holdingAfterMs === null ? [] : [new Date(l.received.getTime() + l.holdingAfterMs)];
          f.letter({
            received: l.received.toISOString(),
            due,
            responded: responded?.toISOString() ?? null,
            holding: holding.map((h) => h.toISOString()),
          });
          return {
            receivedDate,
            dueDate: due,
            respondedDate: responded ? londonDateOf(responded) : null,
            holdingReplyDates: holding.map((h) => londonDateOf(h)),
          };
        });

        const limits = { waitLimitMinutes: 10, asaTargetSeconds: 30 };
        const targets = { ...limits, fcrTarget: 0.8, waitSharePercent: 90, replySharePercent: 95 };
        const { days } = await dailyTotals(db, boundsOf(FROM, TO), {}, limits);
        for (const day of datesBetween(FROM, TO)) {
          const t = days.get(day);
          const fcr = firstContactResolution(
            fcrRows.filter((c) => c.day === day),
            { laterContacts: fcrRows },
          );
          expect([t?.completed ?? 0, t?.resolved ?? 0, t?.repeats ?? 0, t?.outbound ?? 0]).toEqual([
            fcr.completed,
            fcr.resolved,
            fcr.repeats,
            fcr.excludedOutbound,
          ]);
          const waits = faceToFaceWaits(
            visitRows.filter((v) => londonDateOf(v.arrivedAt) === day),
            new Date('2027-01-01T00:00:00Z'),
          );
          expect([t?.seen ?? 0, t?.seenWithinLimit ?? 0, t?.leftWithoutBeingSeen ?? 0]).toEqual([
            waits.seen,
            waits.seenWithinLimit,
            waits.leftWithoutBeingSeen,
          ]);
          expect(t?.longestWaitSeconds ?? null).toBe(waits.longestWaitSeconds);
          if (waits.averageWaitSeconds !== null)
            expect(t!.totalWaitSeconds / t!.seen).toBeCloseTo(waits.averageWaitSeconds, 6);
          const answers = answerFigures(callRows.filter((c) => londonDateOf(c.queuedAt) === day));
          expect([
            t?.callsAnswered ?? 0,
            t?.callsAbandoned ?? 0,
            t?.answeredAfterTarget ?? 0,
          ]).toEqual([answers.answered, answers.abandoned, answers.answeredAfterTarget]);
          if (answers.averageSpeedOfAnswer !== null)
            expect(t!.totalAnswerSeconds / t!.callsAnswered).toBeCloseTo(
              answers.averageSpeedOfAnswer,
              6,
            );
          const letters = correspondenceActivity(letterRows, day, day);
          expect([
            t?.lettersReceived ?? 0,
            t?.lettersAnswered ?? 0,
            t?.lettersAnsweredWithinStandard ?? 0,
            t?.holdingReplies ?? 0,
          ]).toEqual([
            letters.received,
            letters.answered,
            letters.answeredWithinStandard,
            letters.holdingRepliesSent,
          ]);
          const end = londonDayBounds(day).end.toISOString();
          expect(await overdueAt(db, day, end, {})).toBe(letters.overdueAtEnd);

          // The day's figures, made from the SQL counts, against the definitions' own rates
          // and verdicts from the rows.
          const shown = new Map<string, Figure>(
            sectionsOf(
              t ?? emptyTotals(),
              { waits, overdueAtEnd: letters.overdueAtEnd, handOffs: [] },
              targets,
            )
              .flatMap((s) => s.figures)
              .map((fig) => [fig.key, fig]),
          );
          const valueAndMet = (key: string) => [shown.get(key)!.value, shown.get(key)!.met];
          expect(valueAndMet('fcr.recorded')).toEqual([fcr.rate, fcr.met]);
          expect(valueAndMet('fcr.verified')).toEqual([fcr.verifiedRate, fcr.verifiedMet]);
          expect(shown.get('calls.asa')!.met).toBe(answers.met);
          if (answers.averageSpeedOfAnswer !== null)
            expect(shown.get('calls.asa')!.value).toBeCloseTo(answers.averageSpeedOfAnswer, 6);
          expect(valueAndMet('correspondence.within')).toEqual([
            letters.shareWithinStandard,
            judge(letters.shareWithinStandard, { atLeastShare: 0.95 }),
          ]);
          expect(valueAndMet('correspondence.overdue')).toEqual([
            letters.overdueAtEnd,
            letters.overdueAtEnd === 0,
          ]);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
