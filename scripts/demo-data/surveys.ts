// Exit surveys (NeSDS standard 17: satisfaction measured per transaction, segmented by
// customer group) as electron/api/surveys/handlers.ts records them: about 8% of inbound
// contacts asked there and then by phone or at the desk (answered at the contact's end), and
// about 4% sent by email, text, letter or a later call, of which about a third come back 1-10
// days on; replies not back by "as of" are still awaited. Ratings lean positive, lower when
// the contact was not resolved; "could we reasonably have done more?" (standard 16) is mostly
// no, more often yes with a low rating.
import type { Channel } from '../../shared/domain/channels';
import type { DoneMoreAnswer, Rating, SurveyVia } from '../../shared/domain/surveys';
import { addWorkingDays } from '../../shared/time';
import { addCalendarDays, londonDateOf } from '../../shared/time/london';
import { iso, type ActivityContext, type PlannedContact } from './activity';
import { londonMinutes } from './clock';
import { SURVEY_COMMENTS } from './feedback-words';
import { uuidV7At } from './ids';
import { Weighted } from './random';

/** Of spoken inbound contacts (three quarters of the inbound ones): about 8% of all inbound. */
const ASKED = 0.107;
/** Of the other inbound contacts that can be reached: about 4% of all inbound. */
const SENT = 0.052;
const REPLIED = 0.35;
const COMMENTED = 0.15;

const SPOKEN: ReadonlySet<Channel> = new Set(['telephone', 'face_to_face']);
/** An anonymous customer can be sent one only by replying to the message they sent. */
const REPLY_TO_SENDER: ReadonlySet<Channel> = new Set(['email', 'web_form', 'sms']);
const VIA: Record<Channel, Weighted<SurveyVia>> = {
  telephone: new Weighted([
    ['sms', 55],
    ['email', 25],
    ['telephone', 20],
  ]),
  face_to_face: new Weighted([
    ['sms', 45],
    ['email', 35],
    ['letter', 20],
  ]),
  email: new Weighted([['email', 1]]),
  web_form: new Weighted([
    ['email', 90],
    ['sms', 10],
  ]),
  sms: new Weighted([['sms', 1]]),
  letter: new Weighted([
    ['letter', 75],
    ['email', 25],
  ]),
  fax: new Weighted([['letter', 1]]),
};

// With about 80% of contacts resolved these mix to 5: 45%, 4: 30%, 3: 12%, 2: 8%, 1: 5%.
const RATING_RESOLVED = new Weighted<Rating>([
  [5, 50],
  [4, 30],
  [3, 10],
  [2, 6.25],
  [1, 3.75],
]);
const RATING_UNRESOLVED = new Weighted<Rating>([
  [5, 25],
  [4, 30],
  [3, 20],
  [2, 15],
  [1, 10],
]);
const DONE_MORE: Record<Rating, Weighted<DoneMoreAnswer>> = {
  5: new Weighted([
    ['no', 92],
    ['not_sure', 6],
    ['yes', 2],
  ]),
  4: new Weighted([
    ['no', 80],
    ['not_sure', 13],
    ['yes', 7],
  ]),
  3: new Weighted([
    ['no', 45],
    ['not_sure', 30],
    ['yes', 25],
  ]),
  2: new Weighted([
    ['yes', 55],
    ['not_sure', 20],
    ['no', 25],
  ]),
  1: new Weighted([
    ['yes', 75],
    ['not_sure', 10],
    ['no', 15],
  ]),
};

export function surveyWriter(ctx: ActivityContext) {
  const insert = ctx.writer.insert('satisfaction_surveys', [
    'id',
    'contact_id',
    'method',
    'sent_via',
    'sent_at',
    'responded_at',
    'rating',
    'could_have_done_more',
    'comment',
    'recorded_by',
    'recorded_at',
    'updated_at',
  ]);
  const rng = ctx.stream('surveys');
  const ids = ctx.stream('survey ids');

  /** Most replies come in the first few days, the last after ten: by email or text in the
   * waking hours of any day, by post or a later call in office hours on a working day. */
  function replyAt(via: SurveyVia, sentMs: number): number {
    const days = 1 + Math.floor(10 * rng.next() ** 1.8);
    const sentDate = londonDateOf(sentMs);
    if (via === 'letter' || via === 'telephone') {
      const date = addWorkingDays(
        ctx.council.calendar,
        sentDate,
        Math.max(via === 'letter' ? 2 : 1, days),
      );
      return londonMinutes(date)(rng.between(9 * 60, 17 * 60 - 1));
    }
    return londonMinutes(addCalendarDays(sentDate, days))(rng.between(7 * 60, 22 * 60));
  }

  function answer(c: PlannedContact) {
    const rating = (c.outcome === 'resolved' ? RATING_RESOLVED : RATING_UNRESOLVED).pick(rng);
    const doneMore = DONE_MORE[rating].pick(rng);
    const words =
      rating >= 4
        ? SURVEY_COMMENTS.good
        : rating === 3
          ? SURVEY_COMMENTS.middling
          : SURVEY_COMMENTS.poor;
    const comment = rng.chance(COMMENTED) ? rng.pick(words) : '';
    ctx.counts.surveysAnswered += 1;
    return { rating, doneMore, comment };
  }

  return (contacts: PlannedContact[]): void => {
    for (const c of contacts) {
      if (c.direction !== 'inbound') continue;
      if (SPOKEN.has(c.channel) && rng.chance(ASKED)) {
        // Asked once the contact is saved (Alt+U), the answer given there and then.
        const recordedMs = Math.min(ctx.asOfMs, c.recordedMs + 1000 * rng.between(15, 90));
        const { rating, doneMore, comment } = answer(c);
        const at = iso(recordedMs);
        insert(
          uuidV7At(recordedMs, ids),
          c.id,
          'asked',
          null,
          null,
          iso(c.endMs),
          rating,
          doneMore,
          comment,
          c.staffId,
          at,
          at,
        );
        ctx.counts.surveys += 1;
        continue;
      }
      if (c.customer < 0 && !REPLY_TO_SENDER.has(c.channel)) continue;
      if (!rng.chance(SENT)) continue;
      const sentMs = Math.min(ctx.asOfMs, c.recordedMs + 1000 * rng.between(10, 300));
      const via = VIA[c.channel].pick(rng);
      const replyMs = replyAt(via, sentMs);
      const replied = rng.chance(REPLIED) && replyMs <= ctx.asOfMs;
      const reply = replied ? answer(c) : null;
      const sent = iso(sentMs);
      insert(
        uuidV7At(sentMs, ids),
        c.id,
        'sent',
        via,
        sent,
        reply ? iso(replyMs) : null,
        reply?.rating ?? null,
        reply?.doneMore ?? null,
        reply?.comment ?? '',
        c.staffId,
        sent,
        reply ? iso(replyMs) : sent,
      );
      ctx.counts.surveys += 1;
    }
  };
}
