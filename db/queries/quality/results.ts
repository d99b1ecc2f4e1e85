// The scores behind a period's quality results: one row per point scored on each scored
// sample contact whose start is in the period (at the site if one is chosen), leaving out
// contacts voided since (their scores measured a record that should not exist).
import type { ReadableDB } from '../../handles';
import { periodBounds, type SamplePeriod } from './samples';

export function scoredResultRows(db: ReadableDB, period: SamplePeriod) {
  const { start, end } = periodBounds(period);
  let query = db
    .selectFrom('quality_sample_items as i')
    .innerJoin('contacts as c', 'c.id', 'i.contact_id')
    .innerJoin('staff as st', 'st.id', 'i.staff_id')
    .innerJoin('quality_scores as q', 'q.sample_item_id', 'i.id')
    .select([
      'i.id',
      'i.contact_id as contactId',
      'i.staff_id as staffId',
      'st.display_name as adviserName',
      'c.started_at as startedAt',
      'i.scored_at as scoredAt',
      'q.checklist_item_id as checklistItemId',
      'q.result',
    ])
    .where('i.scored_at', 'is not', null)
    .where('c.started_at', '>=', start)
    .where('c.started_at', '<', end)
    .where('c.voided_at', 'is', null);
  if (period.siteId) query = query.where('c.site_id', '=', period.siteId);
  return query.execute();
}
