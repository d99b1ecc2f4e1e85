// A telephone contact's answer time: the adviser reads the seconds the caller queued off the
// phone, and the contact keeps a row in `calls` so average speed of answer is counted from
// calls (Halton standards: answer calls in an average of 30 seconds). A call passed on keeps
// whether it was transferred and why (issue 8). A correction moves the call with the contact;
// answering "not known" leaves any earlier answer time (and transfer) as it was.
import type { WritableDB } from '../../handles';
import { insertLogged, newId, updateLogged, type Actor } from '../../write';

export async function saveContactCall(
  tx: WritableDB,
  actor: Actor,
  contactId: string,
  fields: {
    startedAt: string;
    answerSeconds: number | null;
    transferred: boolean;
    transferReason: string | null;
  },
): Promise<void> {
  if (fields.answerSeconds === null) return;
  const transfer = {
    transferred: fields.transferred ? 1 : 0,
    transfer_reason: fields.transferred ? fields.transferReason : null,
  };
  const answeredAt = new Date(fields.startedAt);
  const queuedAt = new Date(answeredAt.getTime() - fields.answerSeconds * 1000).toISOString();
  const existing = await tx
    .selectFrom('calls')
    .select('id')
    .where('contact_id', '=', contactId)
    .executeTakeFirst();
  if (existing) {
    await updateLogged(tx, actor, 'calls', existing.id, {
      queued_at: queuedAt,
      answered_at: answeredAt.toISOString(),
      ...transfer,
    });
    return;
  }
  await insertLogged(tx, actor, 'calls', {
    id: newId(),
    site_id: actor.siteId!,
    queued_at: queuedAt,
    answered_at: answeredAt.toISOString(),
    abandoned_at: null,
    staff_id: actor.staffId,
    contact_id: contactId,
    source: 'adviser',
    recorded_at: actor.at.toISOString(),
    ...transfer,
  });
}
