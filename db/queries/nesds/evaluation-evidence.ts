// The NeSDS evidence on evaluation (standards 17-20) read straight from the period's records:
// survey comments, the channels of the contacts scored for quality, and the contacts
// surveyed or sampled. Voided contacts (recorded in error, issue 19) are left out.
import { sql } from 'kysely';
import type { Channel } from '../../../shared/domain/channels';
import type { ReadableDB } from '../../handles';
import type { Span } from './span';

/** Survey replies with a comment, on contacts of the period. */
export async function surveyComments(db: ReadableDB, span: Span): Promise<number> {
  const comments = await db
    .selectFrom('satisfaction_surveys as s')
    .innerJoin('contacts as c', 'c.id', 's.contact_id')
    .select(sql<number>`count(*)`.as('n'))
    .where('s.responded_at', 'is not', null)
    .where('s.comment', '<>', '')
    .where('c.started_at', '>=', span.from)
    .where('c.started_at', '<', span.to)
    .where('c.voided_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(comments.n);
}

/** The channels of the period's contacts that were scored for quality. */
export async function scoredChannels(db: ReadableDB, span: Span): Promise<Channel[]> {
  const rows = await db
    .selectFrom('quality_sample_items as i')
    .innerJoin('contacts as c', 'c.id', 'i.contact_id')
    .select('c.channel')
    .distinct()
    .where('i.scored_at', 'is not', null)
    .where('c.started_at', '>=', span.from)
    .where('c.started_at', '<', span.to)
    .where('c.voided_at', 'is', null)
    .execute();
  return rows.map((r) => r.channel as Channel);
}

/** Standard 20: contacts of the period surveyed or drawn into a quality sample. */
export async function contactsTargetedForEvaluation(db: ReadableDB, span: Span): Promise<number> {
  const row = await db
    .selectFrom('contacts as c')
    .select(sql<number>`count(*)`.as('n'))
    .where('c.started_at', '>=', span.from)
    .where('c.started_at', '<', span.to)
    .where('c.voided_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('satisfaction_surveys as s')
            .select('s.id')
            .whereRef('s.contact_id', '=', 'c.id'),
        ),
        eb.exists(
          eb
            .selectFrom('quality_sample_items as i')
            .select('i.id')
            .whereRef('i.contact_id', '=', 'c.id'),
        ),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
