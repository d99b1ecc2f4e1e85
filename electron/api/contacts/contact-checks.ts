// The checks a contact passes before it is written, recorded or corrected alike: nothing in
// the future, every choice still on the council's lists, and the visit or customer it names
// really there.
import { ApiFailure } from '../../../shared/api/errors';
import type { contactFields } from '../../../shared/api/contacts';
import type { ReadableDB } from '../../../db/handles';
import { visitOfContact } from '../../../db/queries/contacts/contacts';
import { customerExists } from '../../../db/queries/customers/customer-exists';
import { requireActive } from '../require-active';
import { refuseFuture } from '../when';
import type { z } from 'zod';

export type ContactFields = z.output<typeof contactFields>;

/**
 * Refuses references to services, types or departments that are unknown or retired. Every
 * such choice is named at once, so the adviser puts the whole form right in one go.
 */
export async function checkReferences(db: ReadableDB, fields: ContactFields): Promise<void> {
  const checks = [
    [
      'services',
      fields.serviceId,
      'serviceId',
      'That service is not in the council’s list. Choose a service from the list.',
    ],
    [
      'interaction_types',
      fields.interactionTypeId,
      'interactionTypeId',
      'That type of enquiry is not in the list. Choose one from the list.',
    ],
    [
      'customer_types',
      fields.customerTypeId,
      'customerTypeId',
      'That customer type is not in the list. Choose one from the list.',
    ],
    [
      'departments',
      fields.departmentId,
      'departmentId',
      'That department is not in the list. Choose one from the list.',
    ],
  ] as const;
  const problems: Record<string, string> = {};
  for (const [table, id, field, message] of checks) {
    if (id === null) continue;
    try {
      await requireActive(db, table, id, field, message);
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      Object.assign(problems, error.fields);
    }
  }
  if (Object.keys(problems).length > 0) {
    throw new ApiFailure('VALIDATION', Object.values(problems).join(' '), problems);
  }
}

export function checkNotFuture(fields: { startedAt: string; endedAt: string }, now: Date): void {
  refuseFuture(
    now,
    'startedAt',
    fields.startedAt,
    'The start time is in the future. Record a contact once it has happened.',
  );
  refuseFuture(
    now,
    'endedAt',
    fields.endedAt,
    'The end time is in the future. Record a contact once it has happened.',
  );
}

/**
 * The visit and customer a new contact is linked to. A contact recorded from a desk carries
 * the visit's customer: nothing is typed twice.
 */
export async function contactLink(
  db: ReadableDB,
  fields: { visitId: string | null; customerId: string | null },
): Promise<{ visitId: string | null; customerId: string | null }> {
  let link: { visitId: string | null; customerId: string | null } = {
    visitId: null,
    customerId: null,
  };
  if (fields.visitId) {
    const visit = await visitOfContact(db, fields.visitId);
    if (!visit) {
      const message = 'That visit is not in the queue records.';
      throw new ApiFailure('VALIDATION', message, { visitId: message });
    }
    link = { visitId: visit.id, customerId: visit.customer_id };
  }
  if (!link.customerId && fields.customerId) {
    if (!(await customerExists(db, fields.customerId))) {
      const message = 'That customer record does not exist. Find the customer again.';
      throw new ApiFailure('VALIDATION', message, { customerId: message });
    }
    link.customerId = fields.customerId;
  }
  return link;
}
