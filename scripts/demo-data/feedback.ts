// Complaints, compliments and comments through one point (NeSDS standards 7 and 20), as
// electron/api/feedback/handlers.ts logs them from a contact: about one complaint per 400
// contacts (more when the contact was itself a complaint or was not resolved), compliments
// half as often and comments a quarter. A complaint's stage 1 is due under the council's
// complaint standard by its working-day calendar and answered on time mostly; about one in
// ten goes on to stage 2, and a few of those to the Ombudsman. What would happen after "as
// of" has not happened yet, so the latest complaints are still open.
import type BetterSqlite3 from 'better-sqlite3';
import {
  NEXT_STAGE,
  type ComplaintStage,
  type FeedbackKind,
  type StageOutcome,
} from '../../shared/domain/feedback';
import { addWorkingDays, deadlineFor, type ServiceStandard } from '../../shared/time';
import { addCalendarDays, londonDateOf } from '../../shared/time/london';
import { iso, type ActivityContext, type PlannedContact } from './activity';
import { londonMinutes } from './clock';
import {
  COMMENT_SUMMARIES,
  COMPLAINT_SUMMARIES,
  COMPLIMENT_SUMMARIES,
  ESCALATION_REASONS,
  STAGE_RESPONSES,
} from './feedback-words';
import { uuidV7At } from './ids';
import { Weighted, type Random } from './random';
import { References } from './references';
import type { Site } from './council';

/** Per inbound contact, before the weights below: tuned to one complaint per 400 contacts. */
const COMPLAINT = 0.00217;
const COMPLAINING_WEIGHT = 6;
const RESOLVED_WEIGHT = 0.6;
const UNRESOLVED_WEIGHT = 2.6;
/** Per resolved inbound contact: one compliment per 800 contacts. */
const COMPLIMENT = 0.00165;
/** Per inbound contact: one comment per 1,600 contacts. */
const COMMENT = 0.00066;

const LATE: Record<ComplaintStage, number> = { stage_1: 0.12, stage_2: 0.15, ombudsman: 0 };
const OUTCOMES: Record<ComplaintStage, Weighted<StageOutcome>> = {
  stage_1: new Weighted([
    ['upheld', 30],
    ['partly_upheld', 25],
    ['not_upheld', 45],
  ]),
  stage_2: new Weighted([
    ['upheld', 15],
    ['partly_upheld', 25],
    ['not_upheld', 60],
  ]),
  ombudsman: new Weighted([
    ['upheld', 15],
    ['partly_upheld', 15],
    ['not_upheld', 70],
  ]),
};
/** The customer takes it further, more often when it was not upheld: about 10% at stage 1. */
const ESCALATES: Record<ComplaintStage, Record<StageOutcome, number>> = {
  stage_1: { upheld: 0.03, partly_upheld: 0.1, not_upheld: 0.15 },
  stage_2: { upheld: 0.02, partly_upheld: 0.1, not_upheld: 0.15 },
  ombudsman: { upheld: 0, partly_upheld: 0, not_upheld: 0 },
};
/** Working days before the customer asks for the next stage, and for the Ombudsman's reply
 * (its timescale is not the council's, so its stage has no due date). */
const ESCALATE_AFTER: Record<ComplaintStage, [number, number]> = {
  stage_1: [3, 15],
  stage_2: [10, 40],
  ombudsman: [0, 0],
};
const OMBUDSMAN_REPLY: [number, number] = [40, 100];

interface Stage {
  stage: ComplaintStage;
  startMs: number;
  dueMs: number | null;
  reason: string | null;
  respondedMs: number | null;
  outcome: StageOutcome | null;
  response: string | null;
}

export function feedbackWriter(ctx: ActivityContext, sqlite: BetterSqlite3.Database) {
  const insert = ctx.writer.insert('feedback', [
    'id',
    'reference',
    'kind',
    'customer_id',
    'service_id',
    'channel',
    'received_at',
    'summary',
    'site_id',
    'logged_by',
    'stage',
    'status',
    'updated_at',
  ]);
  const insertStage = ctx.writer.insert('complaint_stages', [
    'id',
    'feedback_id',
    'stage',
    'started_at',
    'due_at',
    'reason',
    'responded_at',
    'outcome',
    'response',
  ]);
  const references = new References(sqlite, 'feedback', 'F');
  const rng = ctx.stream('feedback');
  const ids = ctx.stream('feedback ids');
  const { council } = ctx;
  const calendar = council.calendar;

  /** An office-hours instant a number of working days after an instant's London day. */
  function workingDaysAfter(ms: number, days: number): number {
    const date = addWorkingDays(calendar, londonDateOf(ms), days);
    return Math.max(londonMinutes(date)(rng.between(9 * 60, 17 * 60 - 1)), ms + 3600_000);
  }

  function dueOf(standard: ServiceStandard, site: Site, startMs: number): number {
    const limit = Math.min(...standard.thresholds.map((t) => t.limit));
    const context = { calendar, hours: site.hours };
    return deadlineFor(standard, context, new Date(startMs), limit).getTime();
  }

  /** When the stage is answered: within its limit mostly, a few working days over it sometimes. */
  function replyMs(s: Stage, standard: ServiceStandard | null): number {
    if (s.stage === 'ombudsman')
      return workingDaysAfter(s.startMs, rng.between(...OMBUDSMAN_REPLY));
    const late = rng.chance(LATE[s.stage]);
    if (!standard || s.dueMs === null) return workingDaysAfter(s.startMs, rng.between(5, 20));
    const limit = Math.min(...standard.thresholds.map((t) => t.limit));
    if (standard.unit === 'working_days' || standard.unit === 'calendar_days') {
      const day = late ? limit + rng.between(1, 8) : rng.between(Math.min(2, limit), limit);
      if (standard.unit === 'working_days') return workingDaysAfter(s.startMs, day);
      const date = addCalendarDays(londonDateOf(s.startMs), day);
      return londonMinutes(date)(rng.between(9 * 60, 17 * 60 - 1));
    }
    const span = s.dueMs - s.startMs;
    return s.startMs + Math.round(span * (late ? 1 + 0.8 * rng.next() : 0.2 + 0.8 * rng.next()));
  }

  /** A complaint's stages as far as they have got by "as of". */
  function stagesOf(c: PlannedContact, receivedMs: number): Stage[] {
    const stages: Stage[] = [];
    let stage: ComplaintStage = 'stage_1';
    let startMs = receivedMs;
    let reason: string | null = null;
    for (;;) {
      const standard = stage === 'ombudsman' ? null : council.complaintStandards[stage];
      const s: Stage = {
        stage,
        startMs,
        dueMs: standard ? dueOf(standard, c.siteDay.site, startMs) : null,
        reason,
        respondedMs: null,
        outcome: null,
        response: null,
      };
      stages.push(s);
      const answeredMs = replyMs(s, standard);
      if (answeredMs > ctx.asOfMs) return stages;
      s.respondedMs = answeredMs;
      s.outcome = OUTCOMES[stage].pick(rng);
      s.response = rng.pick(STAGE_RESPONSES[s.outcome]);
      const next: ComplaintStage | null = NEXT_STAGE[stage];
      if (!next || !rng.chance(ESCALATES[stage][s.outcome])) return stages;
      const escalatedMs = workingDaysAfter(answeredMs, rng.between(...ESCALATE_AFTER[stage]));
      if (escalatedMs > ctx.asOfMs) return stages;
      stage = next;
      startMs = escalatedMs;
      reason = rng.pick(ESCALATION_REASONS);
    }
  }

  function kindOf(c: PlannedContact, r: Random): FeedbackKind | null {
    const resolved = c.outcome === 'resolved';
    const weight =
      (c.interactionKey === 'complain' ? COMPLAINING_WEIGHT : 1) *
      (resolved ? RESOLVED_WEIGHT : UNRESOLVED_WEIGHT);
    const x = r.next();
    if (x < COMPLAINT * weight) return 'complaint';
    if (resolved && x < COMPLAINT * weight + COMPLIMENT) return 'compliment';
    if (x < COMPLAINT * weight + (resolved ? COMPLIMENT : 0) + COMMENT) return 'comment';
    return null;
  }

  const SUMMARIES = {
    complaint: COMPLAINT_SUMMARIES,
    compliment: COMPLIMENT_SUMMARIES,
    comment: COMMENT_SUMMARIES,
  };

  return (contacts: PlannedContact[]): void => {
    for (const c of contacts) {
      if (c.direction !== 'inbound') continue;
      const kind = kindOf(c, rng);
      if (!kind) continue;
      const receivedMs = c.startMs;
      const loggedMs = Math.min(ctx.asOfMs, c.recordedMs + 1000 * rng.between(30, 600));
      const stages = kind === 'complaint' ? stagesOf(c, receivedMs) : [];
      const current = stages.at(-1);
      const lastMs = Math.max(
        loggedMs,
        ...stages.map((s) => Math.max(s.startMs, s.respondedMs ?? 0)),
      );
      const id = uuidV7At(receivedMs, ids);
      const received = iso(receivedMs);
      insert(
        id,
        references.next(received.slice(0, 4)),
        kind,
        c.customer >= 0 ? ctx.pool.ids[c.customer]! : null,
        c.service.service.id,
        c.channel,
        received,
        `${c.topic}: ${rng.pick(SUMMARIES[kind])}.`,
        c.siteDay.site.id,
        c.staffId,
        current?.stage ?? null,
        // Compliments and comments are recorded and passed on; only complaints stay open.
        current && current.respondedMs === null ? 'open' : 'closed',
        iso(lastMs),
      );
      for (const s of stages)
        insertStage(
          uuidV7At(s.startMs, ids),
          id,
          s.stage,
          iso(s.startMs),
          s.dueMs === null ? null : iso(s.dueMs),
          s.reason,
          s.respondedMs === null ? null : iso(s.respondedMs),
          s.outcome,
          s.response,
        );
      if (kind === 'complaint') ctx.counts.complaints += 1;
      else if (kind === 'compliment') ctx.counts.compliments += 1;
      else ctx.counts.comments += 1;
      if (stages.length > 1) ctx.counts.escalated += 1;
    }
  };
}
