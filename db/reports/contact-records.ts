// The contacts behind an FCR or volume figure, as the drill-down shows them: one row each
// with its customer, channel, outcome and the customer's next contact about the same
// service (so a repeat can be seen), narrowed to one breakdown row when asked.
import type { Breakdown } from '../../shared/api/stats';
import { CHANNEL_LABELS } from '../../shared/domain/channels';
import { OUTCOME_LABELS } from '../../shared/domain/outcomes';
import { contactRecordPage, type ContactDrill } from '../queries/contacts/contact-records';
import type { ReadableDB } from '../handles';
import { RECORD_LIMIT, when } from './record-parts';
import type { ReportContext } from './report-context';

export async function contactRecords(
  db: ReadableDB,
  rc: ReportContext,
  drill: ContactDrill,
  offset: number,
  breakdown?: Breakdown,
  key?: string,
) {
  const { total, rows } = await contactRecordPage(
    db,
    {
      bounds: rc.bounds,
      filter: rc.filter,
      drill,
      narrowing: breakdown && key !== undefined ? { breakdown, key } : undefined,
    },
    { offset, limit: RECORD_LIMIT },
  );
  return {
    total,
    columns: [
      ['started', 'Started'],
      ['customer', 'Customer'],
      ['channel', 'Channel'],
      ['direction', 'Direction'],
      ['service', 'Service'],
      ['type', 'Type of enquiry'],
      ['outcome', 'Outcome'],
      ['adviser', 'Adviser'],
      ['site', 'Site'],
      ['nextContact', 'Next contact about this service'],
      ['notes', 'Notes'],
    ] as const,
    rows: rows.map((r) => ({
      id: r.id,
      started: when(r.startedAt),
      customer: r.customer ?? 'Anonymous',
      channel: CHANNEL_LABELS[r.channel],
      direction: r.direction === 'inbound' ? 'Inbound' : 'Outbound',
      service: r.service,
      type: r.interactionType,
      outcome: OUTCOME_LABELS[r.outcome] ?? r.outcome,
      adviser: r.adviser,
      site: r.site,
      nextContact: when(r.nextContact),
      notes: r.notes,
    })),
  };
}
