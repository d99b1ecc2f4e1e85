// Data protection (issue 18, item 8): a customer's right of access (UK GDPR Art. 15) and to
// erasure (Art. 17), and the council's retention periods (Art. 5(1)(e), storage limitation).
// Blanking keeps every row, so the figures of past months never move.
import { z } from 'zod';
import { emptyInput, entityId, text } from './common';
import type { CustomerView } from './customers';
import { LEADERS, method } from './define';

/** One zip with everything held about one customer: a printable HTML document, the same as
 * JSON, and one CSV per kind of record. */
export interface SubjectAccessExport {
  fileName: string;
  /** The zip, base64-encoded (JSON carries no bytes). */
  zipBase64: string;
  /** Records exported, by kind (the CSV files' names without `.csv`). */
  counts: Record<string, number>;
}

/** How long the council keeps personal details, in whole years, by kind of record. */
export interface RetentionSettings {
  /** After the customer's last contact: their record and everything on it. */
  customerYears: number;
  /** After the visit or appointment: a name given at the desk with no customer record. */
  visitorNameYears: number;
  /** After it came in: letters, contacts, hand-offs and complaints with no customer record. */
  unlinkedRecordYears: number;
}

/** What one retention run blanked; counts only, never a name. */
export interface AnonymisationResult {
  at: string;
  customers: number;
  /** Expired customers passed over because a letter, hand-off, complaint or visit is open. */
  customersHeldOpen: number;
  visitorNames: number;
  unlinkedRecords: number;
}

const years = (what: string) =>
  z
    .number({ error: `Enter ${what} in whole years.` })
    .int(`Enter ${what} in whole years.`)
    .min(1, `Keep ${what} for at least 1 year.`)
    .max(50, `Keep ${what} for at most 50 years.`);

export const retentionSettingsInput = z
  .object({
    customerYears: years('customer records'),
    visitorNameYears: years('visitors’ names'),
    unlinkedRecordYears: years('records with no customer'),
  })
  .strict();

export const ERASE_REASON_MIN = 5;
export const ERASE_REASON_MAX = 500;

const ADMINISTRATORS = ['administrator'] as const;

export const dataProtectionContract = {
  /** Everything held about one customer, as one zip; written to the audit log. */
  'customers.subjectAccess': method<SubjectAccessExport>()(
    z.object({ id: entityId('the customer') }).strict(),
    'session',
    LEADERS,
  ),
  /** Blanks this customer's personal details now, on their request; refused mid-case. */
  'customers.erase': method<CustomerView>()(
    z
      .object({
        id: entityId('the customer'),
        reason: text('The reason for erasing', {
          max: ERASE_REASON_MAX,
          min: ERASE_REASON_MIN,
          multiline: true,
          required: `Give the reason for erasing, in at least ${ERASE_REASON_MIN} characters (for example, "Customer asked in writing on 20 November").`,
        }),
      })
      .strict(),
    'session',
    LEADERS,
  ),
  'dataProtection.retention': method<RetentionSettings>()(emptyInput, 'session', ADMINISTRATORS),
  'dataProtection.updateRetention': method<RetentionSettings>()(
    retentionSettingsInput,
    'session',
    ADMINISTRATORS,
  ),
  /** The daily retention run, now. */
  'dataProtection.anonymiseExpired': method<AnonymisationResult>()(
    emptyInput,
    'session',
    ADMINISTRATORS,
  ),
};
