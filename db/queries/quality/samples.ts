// What the quality screens read: a period's completed contacts (the population a sample is
// drawn from), the samples with their progress, a sample's contacts with their scores, and
// the period's strata. Counts come back as numbers.
import { londonDayBounds } from '../../../shared/time/london';
import type { ReadableDB } from '../../handles';

export interface SamplePeriod {
  from: string;
  to: string;
  siteId: string | null;
}

/** The instants bounding a period of London days: `[start, end)`. */
export function periodBounds(period: { from: string; to: string }) {
  return {
    start: londonDayBounds(period.from).start.toISOString(),
    end: londonDayBounds(period.to).end.toISOString(),
  };
}

/**
 * The completed contacts of a period: every recorded contact whose London date of starting is
 * in it, at the site if one is chosen, except those voided as recorded in error (issue 19).
 * (Visits that ended before service and abandoned calls are not contacts, so nothing else
 * needs leaving out.) A contact voided after a draw stays in that sample, shown as void and
 * never scored; checking the draw then finds a smaller population, and says it changed.
 */
export function populationOf(db: ReadableDB, period: SamplePeriod) {
  const { start, end } = periodBounds(period);
  let query = db
    .selectFrom('contacts')
    .select(['id as contactId', 'staff_id as staffId', 'channel'])
    .where('started_at', '>=', start)
    .where('started_at', '<', end)
    .where('voided_at', 'is', null);
  if (period.siteId) query = query.where('site_id', '=', period.siteId);
  return query.execute();
}

/** The samples drawn, newest first (or the one `id`), with their size and progress. */
export async function sampleSummaryRows(db: ReadableDB, id?: string) {
  let query = db
    .selectFrom('quality_samples as s')
    .leftJoin('sites as site', 'site.id', 's.site_id')
    .innerJoin('staff as st', 'st.id', 's.drawn_by')
    .select((eb) => [
      's.id',
      's.period_from as from',
      's.period_to as to',
      's.site_id as siteId',
      'site.name as siteName',
      's.fraction',
      's.seed',
      's.population',
      's.drawn_at as drawnAt',
      'st.display_name as drawnByName',
      eb
        .selectFrom('quality_sample_items as i')
        .whereRef('i.sample_id', '=', 's.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('size'),
      // Scored and voided are apart: a void contact is never scored, nor waits to be.
      eb
        .selectFrom('quality_sample_items as i')
        .innerJoin('contacts as c', 'c.id', 'i.contact_id')
        .whereRef('i.sample_id', '=', 's.id')
        .where('i.scored_at', 'is not', null)
        .where('c.voided_at', 'is', null)
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('scored'),
      eb
        .selectFrom('quality_sample_items as i')
        .innerJoin('contacts as c', 'c.id', 'i.contact_id')
        .whereRef('i.sample_id', '=', 's.id')
        .where('c.voided_at', 'is not', null)
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('voided'),
    ])
    .orderBy('s.drawn_at', 'desc')
    .orderBy('s.id', 'desc');
  if (id) query = query.where('s.id', '=', id);
  const rows = await query.execute();
  return rows.map(({ size, scored, voided, ...r }) => ({
    ...r,
    size: Number(size ?? 0),
    scored: Number(scored ?? 0),
    voided: Number(voided ?? 0),
  }));
}

/** A sample's contacts in the order drawn (or the one `itemId`), with the contact's record. */
export function sampleItemRows(db: ReadableDB, sampleId: string, itemId?: string) {
  let query = db
    .selectFrom('quality_sample_items as i')
    .innerJoin('contacts as c', 'c.id', 'i.contact_id')
    .innerJoin('services as sv', 'sv.id', 'c.service_id')
    .innerJoin('interaction_types as it', 'it.id', 'c.interaction_type_id')
    .innerJoin('staff as adviser', 'adviser.id', 'i.staff_id')
    .leftJoin('staff as scorer', 'scorer.id', 'i.scored_by')
    .leftJoin('staff as voider', 'voider.id', 'c.voided_by')
    .select([
      'i.id',
      'i.position',
      'i.contact_id as contactId',
      'i.staff_id as staffId',
      'c.started_at as startedAt',
      'i.channel',
      'sv.name as serviceName',
      'it.name as interactionTypeName',
      'c.outcome',
      'c.notes',
      'adviser.display_name as adviserName',
      'i.scored_at as scoredAt',
      'scorer.display_name as scoredByName',
      'i.comment',
      'c.voided_at',
      'c.void_reason',
      'voider.display_name as voidedByName',
    ])
    .where('i.sample_id', '=', sampleId)
    .orderBy('i.position');
  if (itemId) query = query.where('i.id', '=', itemId);
  return query.execute();
}

/** The scores given on a sample's contacts, in the checklist's order. */
export function sampleScoreRows(db: ReadableDB, sampleId: string) {
  return db
    .selectFrom('quality_scores as q')
    .innerJoin('quality_sample_items as i', 'i.id', 'q.sample_item_id')
    .innerJoin('quality_checklist_items as item', 'item.id', 'q.checklist_item_id')
    .select([
      'q.sample_item_id as sampleItemId',
      'q.checklist_item_id as checklistItemId',
      'q.item_text as itemText',
      'q.result',
    ])
    .where('i.sample_id', '=', sampleId)
    .orderBy('item.sort_order')
    .orderBy('item.id')
    .execute();
}

/** The period's completed contacts counted by adviser and channel. */
export async function strataRows(db: ReadableDB, period: SamplePeriod) {
  const { start, end } = periodBounds(period);
  let strata = db
    .selectFrom('contacts as c')
    .innerJoin('staff as st', 'st.id', 'c.staff_id')
    .select((eb) => [
      'c.staff_id as staffId',
      'st.display_name as adviserName',
      'c.channel',
      eb.fn.countAll<number>().as('population'),
    ])
    .where('c.started_at', '>=', start)
    .where('c.started_at', '<', end)
    .where('c.voided_at', 'is', null)
    .groupBy(['c.staff_id', 'st.display_name', 'c.channel']);
  if (period.siteId) strata = strata.where('c.site_id', '=', period.siteId);
  const rows = await strata.execute();
  return rows.map((s) => ({ ...s, population: Number(s.population) }));
}
