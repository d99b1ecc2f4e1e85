// Quality checks (NeSDS standards 19 and 20): for each whole calendar month of the window, one
// sample drawn exactly as electron/api/quality/handlers.ts draws it (drawSample over the
// month's contacts at the council's usual share, 5% by default, from a recorded six-digit
// seed, so "Check it can be reproduced" agrees), on the first working day after the month by
// a team leader, who scores about 80% of it over the next week against the checklist (their
// own contacts scored by someone else): mostly met, some not met (more for some advisers than
// others, and "resolved" more often missed on a contact that was not), "offered further
// services" often not applicable. Nothing is stamped after "as of": scores not yet due stay
// unscored, and a month that ends as the window does is drawn and scored in the hours after
// its last contact.
import type BetterSqlite3 from 'better-sqlite3';
import { drawSample, type SampleCandidate } from '../../shared/quality/sampling';
import { addWorkingDays } from '../../shared/time';
import {
  addCalendarDays,
  londonDateOf,
  londonDayBounds,
  type IsoDate,
} from '../../shared/time/london';
import { iso, type ActivityContext, type PlannedContact } from './activity';
import { londonMinutes } from './clock';
import { QUALITY_COMMENTS } from './feedback-words';
import { uuidV7At } from './ids';
import type { DayPlan } from './schedule';

const SCORED = 0.8;
/** Working days after the draw over which the sample is scored. */
const SCORING_DAYS = 6;
const COMMENTED = 0.3;

type Result = 'met' | 'not_met' | 'not_applicable';

/** How often a checklist point is not applicable or not met, by what it asks. */
function profileOf(text: string) {
  if (/offer/i.test(text)) return { na: 0.35, notMet: 0.1, unresolved: 0.1 };
  if (/identity/i.test(text)) return { na: 0.1, notMet: 0.07, unresolved: 0.07 };
  if (/resolv|next steps/i.test(text)) return { na: 0, notMet: 0.03, unresolved: 0.2 };
  if (/record/i.test(text)) return { na: 0, notMet: 0.08, unresolved: 0.08 };
  return { na: 0, notMet: 0.04, unresolved: 0.04 };
}

/** The contacts already in the database, by London month: appended data joins their months. */
function existingByMonth(sqlite: BetterSqlite3.Database, from: IsoDate, to: IsoDate) {
  const rows = sqlite
    .prepare(
      `select id, staff_id, channel, started_at, outcome from contacts
       where started_at >= ? and started_at < ?`,
    )
    .all(londonDayBounds(from).start.toISOString(), londonDayBounds(to).end.toISOString()) as {
    id: string;
    staff_id: string;
    channel: string;
    started_at: string;
    outcome: string;
  }[];
  const months = new Map<
    string,
    { id: string; staffId: string; channel: string; resolved: boolean }[]
  >();
  for (const r of rows) {
    const month = londonDateOf(r.started_at).slice(0, 7);
    const list = months.get(month) ?? [];
    list.push({
      id: r.id,
      staffId: r.staff_id,
      channel: r.channel,
      resolved: r.outcome === 'resolved',
    });
    months.set(month, list);
  }
  return months;
}

export function qualityWriter(
  ctx: ActivityContext,
  sqlite: BetterSqlite3.Database,
  window: { from: IsoDate; to: IsoDate; append: boolean },
) {
  const insertSample = ctx.writer.insert('quality_samples', [
    'id',
    'period_from',
    'period_to',
    'site_id',
    'fraction',
    'seed',
    'population',
    'drawn_at',
    'drawn_by',
  ]);
  const insertItem = ctx.writer.insert('quality_sample_items', [
    'id',
    'sample_id',
    'contact_id',
    'staff_id',
    'channel',
    'position',
    'scored_at',
    'scored_by',
    'comment',
  ]);
  const insertScore = ctx.writer.insert('quality_scores', [
    'id',
    'sample_item_id',
    'checklist_item_id',
    'item_text',
    'result',
  ]);
  const rng = ctx.stream('quality');
  const ids = ctx.stream('quality ids');
  const { council } = ctx;
  const byRole = (role: string) => council.staff.filter((s) => s.role === role);
  const leaders = [byRole('team_leader'), byRole('administrator'), council.staff].find(
    (list) => list.length > 0,
  )!;
  /** Who scores a leader's own contacts: another leader or an administrator, where there is one. */
  const seniors = council.staff.filter((s) => s.role !== 'adviser');
  const checklist = council.checklist.map((item) => ({ ...item, ...profileOf(item.text) }));
  const fraction = council.samplePercent / 100;
  /** How much more or less often each adviser misses a point than the usual. */
  const carelessness = new Map<string, number>();
  const existing = window.append
    ? existingByMonth(sqlite, window.from, window.to)
    : (new Map() as ReturnType<typeof existingByMonth>);

  /** The month being collected; `seen` is the month of the last day planned. */
  let month = '';
  let seen = '';
  let collecting = false;
  let population: SampleCandidate[] = [];
  let unresolved = new Set<string>();
  let lastRecordedMs = 0;

  function start(newMonth: string) {
    month = newMonth;
    population = [];
    unresolved = new Set();
    lastRecordedMs = 0;
    for (const c of existing.get(newMonth) ?? []) {
      population.push({ contactId: c.id, staffId: c.staffId, channel: c.channel });
      if (!c.resolved) unresolved.add(c.id);
    }
  }

  /** The team leader's result on each checklist point for one sampled contact. */
  function resultsOf(contactId: string, staffId: string): Result[] {
    let factor = carelessness.get(staffId);
    if (factor === undefined) carelessness.set(staffId, (factor = 0.5 + 1.3 * rng.next()));
    return checklist.map((point) => {
      const r = rng.next();
      const notMet = (unresolved.has(contactId) ? point.unresolved : point.notMet) * factor;
      return r < point.na ? 'not_applicable' : r < point.na + notMet ? 'not_met' : 'met';
    });
  }

  function scorerOf(adviser: string, leader: string): string {
    if (adviser !== leader) return leader;
    const others = seniors.filter((s) => s.id !== leader);
    return others.length > 0 ? rng.pick(others).id : leader;
  }

  function draw(lastDate: IsoDate): void {
    if (population.length === 0) return;
    const firstDate = `${month}-01`;
    const seed = rng.between(1, 999_999);
    const sample = drawSample(population, fraction, seed);
    const leader = rng.pick(leaders).id;
    const drawDate = addWorkingDays(council.calendar, lastDate, 1);
    let drawnMs = londonMinutes(drawDate)(rng.between(9 * 60, 10 * 60 + 30));
    // The window ends with the month: drawn once the last contact is recorded, on the last day
    // itself (the app draws no period that ends after today).
    const squeezed = drawnMs > ctx.asOfMs;
    if (squeezed)
      drawnMs = Math.min(
        ctx.asOfMs,
        Math.max(
          lastRecordedMs + 60_000 * rng.between(10, 45),
          londonMinutes(lastDate)(rng.between(9 * 60, 10 * 60 + 30)),
        ),
      );
    const sampleId = uuidV7At(drawnMs, ids);
    insertSample(
      sampleId,
      firstDate,
      lastDate,
      null,
      fraction,
      seed,
      population.length,
      iso(drawnMs),
      leader,
    );
    ctx.counts.qualitySamples += 1;
    sample.items.forEach((item, i) => {
      const itemId = uuidV7At(drawnMs, ids);
      let scoredMs: number | null = null;
      if (checklist.length > 0 && rng.chance(SCORED)) {
        const day = addWorkingDays(council.calendar, drawDate, rng.between(0, SCORING_DAYS));
        scoredMs = londonMinutes(day)(rng.between(9 * 60 + 15, 16 * 60 + 45));
        if (scoredMs <= drawnMs) scoredMs = drawnMs + 60_000 * rng.between(2, 45);
        if (scoredMs > ctx.asOfMs)
          scoredMs = squeezed ? drawnMs + Math.floor(rng.next() * (ctx.asOfMs - drawnMs)) : null;
      }
      const results = scoredMs === null ? [] : resultsOf(item.contactId, item.staffId);
      const missed = results.includes('not_met');
      const comment = missed && rng.chance(COMMENTED) ? rng.pick(QUALITY_COMMENTS) : '';
      insertItem(
        itemId,
        sampleId,
        item.contactId,
        item.staffId,
        item.channel,
        i + 1,
        scoredMs === null ? null : iso(scoredMs),
        scoredMs === null ? null : scorerOf(item.staffId, leader),
        comment,
      );
      // Scores after their item, as the bulk writer keeps parents before children.
      results.forEach((result, p) => {
        const point = checklist[p]!;
        insertScore(uuidV7At(scoredMs!, ids), itemId, point.id, point.text, result);
      });
      ctx.counts.qualitySampleItems += 1;
      if (scoredMs !== null) ctx.counts.qualityItemsScored += 1;
    });
  }

  return (plan: DayPlan, contacts: PlannedContact[]): void => {
    const planMonth = plan.date.slice(0, 7);
    if (planMonth !== seen) {
      seen = planMonth;
      // The window's first month counts only when the window starts on its first day.
      collecting = plan.date.endsWith('-01');
      if (collecting) start(planMonth);
    }
    if (!collecting) return;
    for (const c of contacts) {
      population.push({ contactId: c.id, staffId: c.staffId, channel: c.channel });
      if (c.outcome !== 'resolved') unresolved.add(c.id);
      if (c.recordedMs > lastRecordedMs) lastRecordedMs = c.recordedMs;
    }
    const lastDay = addCalendarDays(plan.date, 1).endsWith('-01');
    if (!lastDay) return;
    if (londonDayBounds(plan.date).end.getTime() <= ctx.asOfMs) draw(plan.date);
    collecting = false;
    population = [];
    unresolved = new Set();
  };
}
