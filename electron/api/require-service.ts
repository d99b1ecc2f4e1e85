import { ApiFailure } from '../../shared/api/errors';
import type { Db, Tx } from '../../db/write';

/** An active service of the council, or a clear refusal naming the field to fix. */
export async function requireActiveService(db: Db | Tx, serviceId: string) {
  const service = await db
    .selectFrom('services')
    .select(['id', 'reply_working_days'])
    .where('id', '=', serviceId)
    .where('active', '=', 1)
    .executeTakeFirst();
  if (!service) {
    throw new ApiFailure('VALIDATION', 'Choose the service from the council’s list.', {
      serviceId: 'Choose a service from the list.',
    });
  }
  return service;
}
