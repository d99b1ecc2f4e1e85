// What the council server owns is decided there at the moment of the edit (issue 21: "reference
// data and staff accounts are owned by the server; edits need the server"). A joined desk saves
// such an edit (the council's lists, settings, standards, staff accounts) and sends it at once;
// if the server refuses it (the person's role changed on another desk, say), the edit is taken
// back on this desk before the person is answered, so it never stands here while the server and
// every other desk hold the council's version. A server that cannot be reached after the save
// leaves it waiting to go, as any save.
import { ApiFailure } from '../../shared/api/errors';
import { forgetMutation } from '../../db/queries/mutations';
import { withdrawOwnChange } from '../../db/queries/sync/apply';
import { forgetPushRefusal, pushRefusalOf } from '../../db/queries/sync/problems';
import { inTransaction, type Db } from '../../db/write';
import type { EventBus } from '../api/events';
import { eventsFor } from './pulled-events';

/** Throws with the server's reason, having taken the edit back, if the server refused it. */
export async function takeBackIfRefused(
  db: Db,
  events: EventBus,
  mutationId: string,
): Promise<void> {
  const reason = await pushRefusalOf(db, mutationId);
  if (reason === null) return;
  const touched = await inTransaction(db, async (tx) => {
    const records = await withdrawOwnChange(tx, mutationId);
    await forgetPushRefusal(tx, mutationId);
    // A resend of the same save is decided afresh (and refused again) rather than answered
    // with what this desk first answered.
    await forgetMutation(tx, mutationId);
    return records;
  });
  for (const [name, payload] of eventsFor(touched)) events.emit(name, payload);
  events.emit('sync.changed', null);
  throw new ApiFailure(
    'CONFLICT',
    `The council server did not accept this change, so it has not been made: ${reason}`,
  );
}
