// Writes planned contacts with the columns the app writes (electron/api/contacts/handlers.ts
// columnsOf): the department only on a hand-off, the partner only on a referral.
import { iso, type ActivityContext, type PlannedContact } from './activity';

export function contactWriter(ctx: ActivityContext) {
  const insert = ctx.writer.insert('contacts', [
    'id',
    'channel',
    'direction',
    'service_id',
    'interaction_type_id',
    'customer_type_id',
    'customer_id',
    'outcome',
    'department_id',
    'partner_name',
    'notes',
    'started_at',
    'ended_at',
    'staff_id',
    'site_id',
    'recorded_at',
    'updated_at',
    'visit_id',
    'identity_check',
  ]);
  return (contacts: PlannedContact[]): void => {
    for (const c of contacts) {
      const recorded = iso(c.recordedMs);
      insert(
        c.id,
        c.channel,
        c.direction,
        c.service.service.id,
        c.interactionTypeId,
        c.customerType.id,
        c.customer >= 0 ? ctx.pool.ids[c.customer]! : null,
        c.outcome,
        c.outcome === 'handed_off' ? c.service.service.department.id : null,
        c.outcome === 'referred_to_partner' ? c.partnerName : null,
        c.notes,
        iso(c.startMs),
        iso(c.endMs),
        c.staffId,
        c.siteDay.site.id,
        recorded,
        recorded,
        c.visitId,
        c.identityCheck,
      );
    }
    ctx.counts.contacts += contacts.length;
  };
}
