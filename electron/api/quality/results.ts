// Quality results for a period (NeSDS standard 19: quality constantly monitored): every
// scored sample contact whose London date is in the period, at the site if one is chosen,
// counted per adviser per month and for the council by the one definition in shared/quality.
// A contact voided after it was scored (recorded in error, issue 19) leaves the results: its
// scores stay on the sample, but they measured a record that should not exist.
import type { QualityResults } from '../../../shared/api';
import { qualityResultLines, type ScoredContact } from '../../../shared/quality/scores';
import { londonDateOf } from '../../../shared/time/london';
import type { Db } from '../../../db/write';
import { checklistViews } from './checklist-handlers';
import { periodBounds, type SamplePeriod } from './views';

export async function qualityResults(db: Db, period: SamplePeriod): Promise<QualityResults> {
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
  const byItem = new Map<string, ScoredContact>();
  for (const row of await query.execute()) {
    let contact = byItem.get(row.id);
    if (!contact) {
      contact = {
        contactId: row.contactId,
        staffId: row.staffId,
        adviserName: row.adviserName,
        contactDate: londonDateOf(row.startedAt),
        scoredAt: row.scoredAt!,
        results: [],
      };
      byItem.set(row.id, contact);
    }
    contact.results.push({ checklistItemId: row.checklistItemId, result: row.result });
  }
  const scored = [...byItem.values()];
  const used = new Set(scored.flatMap((c) => c.results.map((r) => r.checklistItemId)));
  // The active points, and any retired point the period's scores still carry.
  const checklist = (await checklistViews(db)).filter((i) => i.active || used.has(i.id));
  return {
    from: period.from,
    to: period.to,
    siteId: period.siteId,
    checklist,
    ...qualityResultLines(
      scored,
      checklist.map((i) => i.id),
    ),
  };
}
