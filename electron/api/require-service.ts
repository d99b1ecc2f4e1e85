// "Choose a service from the list" for every form that names one (visits, appointments,
// letters, complaints): requireActive's check, worded as these forms word it, and the
// service's own reply promise for the one form that needs it.
import type { ReadableDB } from '../../db/handles';
import { serviceReplyDays } from '../../db/queries/reference/service-reply-days';
import { requireActive } from './require-active';

/** An active service of the council, or a clear refusal naming the field to fix. */
export async function requireActiveService(
  db: ReadableDB,
  serviceId: string,
): Promise<{ id: string; replyWorkingDays: number | null }> {
  await requireActive(
    db,
    'services',
    serviceId,
    'serviceId',
    'Choose a service from the list.',
    'Choose the service from the council’s list.',
  );
  return { id: serviceId, replyWorkingDays: await serviceReplyDays(db, serviceId) };
}
