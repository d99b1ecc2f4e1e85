// One home for each promise the app measures against (issue 19, "one rule, one home"): the
// council's service standards. The queue's 10 minutes and the telephone's 30 seconds used to
// live in a setting and in code beside the standard of the same name, so editing the
// standard changed nothing. Every reader (the board and its badges, the daily stats, the
// NeSDS evidence, the queue settings form) now asks here.
import type { ReadableDB } from '../handles';
import { DEFAULT_ASA_TARGET_SECONDS } from '../../shared/metrics/telephone';
import { DEFAULT_WAIT_LIMIT_MINUTES } from '../../shared/metrics/waits';
import { DEFAULT_STANDARDS } from '../../shared/time/default-standards';
import type { StandardSubject } from '../../shared/time/standards';
import { getSetting } from './settings/settings';
import { insertLogged, newId, updateLogged, type Actor, type Tx } from '../write';

async function firstActive(db: ReadableDB, subject: StandardSubject) {
  return db
    .selectFrom('service_standards')
    .select(['id', 'unit', 'thresholds'])
    .where('subject', '=', subject)
    .where('active', '=', 1)
    .orderBy('sort_order')
    .executeTakeFirst();
}

function tightestLimit(thresholds: string): number | null {
  const limits = (JSON.parse(thresholds) as { limit: number }[]).map((t) => t.limit);
  return limits.length === 0 ? null : Math.min(...limits);
}

/** Minutes a visitor may wait to be seen: the face-to-face standard's tightest limit. */
export async function waitLimitMinutes(db: ReadableDB): Promise<number> {
  const row = await firstActive(db, 'face_to_face_wait');
  const limit = row ? tightestLimit(row.thresholds) : null;
  if (limit === null || !row) return DEFAULT_WAIT_LIMIT_MINUTES;
  return row.unit === 'seconds' ? limit / 60 : limit;
}

/** The queue's two times: the promise, and the warning before it (always sooner). */
export async function queueTimes(db: ReadableDB): Promise<{ limit: number; amber: number }> {
  const [limit, amber] = await Promise.all([
    waitLimitMinutes(db),
    getSetting(db, 'queue.amberMinutes'),
  ]);
  // A standard edited below the warning time would turn the board red before amber.
  return { limit, amber: Math.min(amber, Math.max(limit - 1, 0)) };
}

/** Seconds the average answer may take: the telephone standard's limit. */
export async function answerTargetSeconds(db: ReadableDB): Promise<number> {
  const row = await firstActive(db, 'telephone_answer');
  const limit = row ? tightestLimit(row.thresholds) : null;
  if (limit === null || !row) return DEFAULT_ASA_TARGET_SECONDS;
  return row.unit === 'minutes' ? limit * 60 : limit;
}

/** The queue settings' "see visitors within" writes the face-to-face standard itself. */
export async function setWaitLimitMinutes(tx: Tx, actor: Actor, minutes: number): Promise<void> {
  const row = await firstActive(tx, 'face_to_face_wait');
  if (row) {
    const thresholds = JSON.parse(row.thresholds) as { percent: number; limit: number }[];
    const percent = thresholds.find((t) => t.limit === tightestLimit(row.thresholds))?.percent;
    const limit = row.unit === 'seconds' ? minutes * 60 : minutes;
    await updateLogged(tx, actor, 'service_standards', row.id, {
      unit: row.unit === 'seconds' ? 'seconds' : 'minutes',
      thresholds: JSON.stringify([{ percent: percent ?? 100, limit }]),
    });
    return;
  }
  const shipped = DEFAULT_STANDARDS.find((s) => s.subject === 'face_to_face_wait')!;
  await insertLogged(tx, actor, 'service_standards', {
    id: newId(),
    name: shipped.name,
    subject: shipped.subject,
    unit: 'minutes',
    measure: shipped.measure,
    thresholds: JSON.stringify([{ percent: 100, limit: minutes }]),
    source: shipped.source,
  });
}
