// Hand-offs to service departments (NeSDS 22 and 24) for contacts handed off: under the
// service's own standard or else the council's first hand-off standard, due when
// electron/api/hand-offs/create.ts would make it due (deadlineFor on the sending site's
// hours, tightest limit). Most are resolved, about one in eight after the due time; some are
// returned to customer services; the recent ones are still open or accepted.
import { deadlineFor, type ServiceStandard } from '../../shared/time';
import { addWorkingDays } from '../../shared/time';
import { londonDateOf } from '../../shared/time/london';
import type BetterSqlite3 from 'better-sqlite3';
import { iso, type ActivityContext, type PlannedContact } from './activity';
import { londonMinutes } from './clock';
import { uuidV7At } from './ids';
import { References } from './references';

const LATE = 0.12;
const RETURNED = 0.03;

export function handOffWriter(ctx: ActivityContext, sqlite: BetterSqlite3.Database) {
  const insert = ctx.writer.insert('hand_offs', [
    'id',
    'reference',
    'contact_id',
    'customer_id',
    'service_id',
    'department_id',
    'standard_id',
    'subject',
    'details',
    'named_contact',
    'escalation_contact',
    'created_at',
    'created_by',
    'site_id',
    'due_at',
    'status',
    'status_at',
    'status_note',
    'resolved_at',
    'origin',
  ]);
  const references = new References(sqlite, 'hand_offs', 'H');
  const { rng, council } = ctx;
  // A day-counted deadline depends only on the London day the hand-off was made.
  const byDay = new Map<string, number>();

  function dueAt(standardId: string, standard: ServiceStandard, c: PlannedContact, ms: number) {
    const dayCounted = standard.unit === 'working_days' || standard.unit === 'calendar_days';
    const key = dayCounted ? `${standardId}|${londonDateOf(ms)}` : '';
    const known = dayCounted ? byDay.get(key) : undefined;
    if (known !== undefined) return known;
    const limit = Math.min(...standard.thresholds.map((t) => t.limit));
    const context = { calendar: council.calendar, hours: c.siteDay.site.hours };
    const due = deadlineFor(standard, context, new Date(ms), limit).getTime();
    if (dayCounted) byDay.set(key, due);
    return due;
  }

  /** When the department finishes with it: by working day for day-counted standards. */
  function finishMs(standard: ServiceStandard | null, createdMs: number, dueMs: number | null) {
    const late = rng.chance(LATE);
    if (standard && (standard.unit === 'working_days' || standard.unit === 'calendar_days')) {
      const limit = Math.min(...standard.thresholds.map((t) => t.limit));
      const day = late ? limit + rng.between(1, 5) : rng.between(0, limit);
      const date = addWorkingDays(council.calendar, londonDateOf(createdMs), day);
      const ms = londonMinutes(date)(rng.between(9 * 60, 17 * 60 - 1));
      return Math.max(ms, createdMs + rng.between(30, 240) * 60_000);
    }
    const span = (dueMs ?? createdMs + 5 * 86_400_000) - createdMs;
    return createdMs + Math.round(span * (late ? 1 + 0.8 * rng.next() : 0.15 + 0.85 * rng.next()));
  }

  return (contacts: PlannedContact[]): void => {
    for (const c of contacts) {
      if (c.outcome !== 'handed_off') continue;
      const service = c.service.service;
      const standardId =
        service.handOffStandardId && council.standardsById.has(service.handOffStandardId)
          ? service.handOffStandardId
          : council.defaultHandOffStandardId;
      const standard = standardId ? council.standardsById.get(standardId)! : null;
      const createdMs = c.recordedMs; // the hand-off is made as the contact is saved
      const dueMs = standard ? dueAt(standardId!, standard, c, createdMs) : null;
      const doneMs = finishMs(standard, createdMs, dueMs);
      const acceptedMs = createdMs + rng.between(1, 24) * 3600_000;
      const returned = rng.chance(RETURNED);
      const done = doneMs <= ctx.asOfMs;
      const status = done
        ? returned
          ? 'returned'
          : 'resolved'
        : acceptedMs <= ctx.asOfMs
          ? 'accepted'
          : 'open';
      const statusMs = done ? doneMs : status === 'accepted' ? acceptedMs : createdMs;
      const created = iso(createdMs);
      insert(
        uuidV7At(createdMs, ctx.ids),
        references.next(created.slice(0, 4)),
        c.id,
        c.customer >= 0 ? ctx.pool.ids[c.customer]! : null,
        service.id,
        service.department.id,
        standardId,
        c.topic.toLowerCase(),
        c.notes,
        service.department.contactName,
        service.department.escalationContact,
        created,
        c.staffId,
        c.siteDay.site.id,
        dueMs === null ? null : iso(dueMs),
        status,
        iso(statusMs),
        status === 'returned' ? 'Needs more detail from the customer before we can act.' : null,
        status === 'resolved' ? iso(doneMs) : null,
        'contact',
      );
      ctx.counts.handOffs += 1;
    }
  };
}
