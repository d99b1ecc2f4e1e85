// Quality results for a period (NeSDS standard 19: quality constantly monitored): every
// scored sample contact whose London date is in the period, at the site if one is chosen,
// counted per adviser per month and for the council by the one definition in shared/quality.
// A contact voided after it was scored (recorded in error, issue 19) leaves the results: its
// scores stay on the sample, but they measured a record that should not exist.
import type { QualityResults } from '../../shared/api/index';
import { qualityResultLines, type ScoredContact } from '../../shared/quality/scores';
import { londonDateOf } from '../../shared/time/london';
import type { ReadableDB } from '../handles';
import { scoredResultRows } from '../queries/quality/results';
import type { SamplePeriod } from '../queries/quality/samples';
import { checklistViews } from './quality-checklist';

export async function qualityResults(
  db: ReadableDB,
  period: SamplePeriod,
): Promise<QualityResults> {
  const byItem = new Map<string, ScoredContact>();
  for (const row of await scoredResultRows(db, period)) {
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
