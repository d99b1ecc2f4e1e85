import { ApiFailure } from '../../../shared/api/errors';
import { anonymisedAt } from '../../../db/queries/data-protection/anonymise';
import type { ReadableDB } from '../../../db/handles';

/**
 * Refuses new personal details on a record that was anonymised or erased (UK GDPR Art. 17):
 * filling it in again would bring back what the council decided to remove.
 */
export async function refuseAnonymised(db: ReadableDB, customerId: string): Promise<void> {
  if (await anonymisedAt(db, customerId))
    throw new ApiFailure(
      'CONFLICT',
      'This record was anonymised, so its personal details cannot be filled in again. Create a new record if the customer gets in touch.',
    );
}
