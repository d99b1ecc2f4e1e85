// The NeSDS evidence on satisfaction and quality (standards 17-20), from the same figures the
// Satisfaction surveys and Quality checks screens show. Voided contacts (issue 19) are left
// out, as they are of those figures.
import { sql } from 'kysely';
import { CHANNEL_FAMILIES, CHANNEL_FAMILY_OF, type Channel } from '../../../shared/domain/channels';
import type { EvidenceFacts } from '../../../shared/nesds/facts';
import type { Db } from '../../../db/write';
import { qualityResults } from '../quality/results';
import { surveyFigures } from '../surveys/figures';
import type { Span } from './records';

/** A checklist point about recording accurately (the default "Recorded the contact
 * accurately"), which evidences standard 18's monitoring of the data's accuracy. */
const ACCURACY = /accura/i;

export async function satisfactionFacts(
  db: Db,
  period: { from: string; to: string },
  span: Span,
  months: string[],
): Promise<EvidenceFacts['satisfaction']> {
  const figures = await surveyFigures(db, period, 1);
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
  const o = figures.overall;
  return {
    responses: o.responses,
    monthsWithResponses: figures.byMonth.filter((m) => months.includes(m.key) && m.responses > 0)
      .length,
    customerTypesWithResponses: figures.byCustomerType.filter((t) => t.responses > 0).length,
    averageRating: o.averageRating,
    satisfiedShare: o.satisfiedRate,
    couldNotHaveDoneMoreShare: o.couldNotHaveDoneMoreRate,
    surveyComments: Number(comments.n),
  };
}

export async function qualityFacts(
  db: Db,
  period: { from: string; to: string },
  span: Span,
): Promise<EvidenceFacts['quality']> {
  const results = await qualityResults(db, { ...period, siteId: null });
  const channels = await db
    .selectFrom('quality_sample_items as i')
    .innerJoin('contacts as c', 'c.id', 'i.contact_id')
    .select('c.channel')
    .distinct()
    .where('i.scored_at', 'is not', null)
    .where('c.started_at', '>=', span.from)
    .where('c.started_at', '<', span.to)
    .where('c.voided_at', 'is', null)
    .execute();
  const families = new Set(channels.map((c) => CHANNEL_FAMILY_OF[c.channel as Channel]));
  const accuracyIds = new Set(
    results.checklist.filter((i) => ACCURACY.test(i.text)).map((i) => i.id),
  );
  const accuracyScored = results.council.items
    .filter((i) => accuracyIds.has(i.checklistItemId))
    .reduce((n, i) => Math.max(n, i.met + i.notMet), 0);
  return {
    scored: results.council.contactsScored,
    monthsScored: results.councilByMonth.filter((m) => m.contactsScored > 0).length,
    familiesScored: CHANNEL_FAMILIES.filter((f) => families.has(f)),
    averageScore: results.council.averageScore,
    accuracyScored,
  };
}

/** Standard 20: contacts of the period surveyed or drawn into a quality sample. */
export async function targetedForEvaluation(db: Db, span: Span): Promise<number> {
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
