// The access log (go-live issue, item 7): opening a customer's record, each search, reading
// a contact's history and each CSV export or print are logged with who and when, and a
// leader can read "who looked at this record" on the record. Exports and prints are made in
// the window from figures already fetched, so the window reports them here.
import { z } from 'zod';
import { entityId, text } from './common';
import { LEADERS, method } from './define';

export type AccessActionName =
  'opened_record' | 'searched' | 'read_history' | 'exported' | 'printed';

export const ACCESS_ACTION_LABELS: Record<AccessActionName, string> = {
  opened_record: 'Opened the record',
  searched: 'Searched',
  read_history: 'Read a contact’s history',
  exported: 'Exported to CSV',
  printed: 'Printed',
};

export interface AccessLogEntry {
  at: string;
  staffName: string;
  siteName: string;
  action: AccessActionName;
  subject: string;
}

export interface RecordAccessLog {
  /** Every look at this customer's data ever logged; `entries` holds the latest. */
  total: number;
  entries: AccessLogEntry[];
}

/** The latest looks a leader is shown; the whole log stays in the database. */
export const ACCESS_LOG_SHOWN = 100;

export const accessLogContract = {
  /** Who looked at this record: for team leaders and administrators. */
  'customers.accessLog': method<RecordAccessLog>()(
    z.object({ id: entityId('the customer') }).strict(),
    'session',
    LEADERS,
  ),
  /** The window exported a CSV file or printed a page of records. */
  'audit.recordOutput': method<null>()(
    z
      .object({
        action: z.enum(['exported', 'printed'], {
          error: 'Say whether it was exported or printed.',
        }),
        subject: text('What was exported or printed', {
          max: 200,
          required: 'Say what was exported or printed.',
        }),
        customerId: entityId('the customer').optional(),
      })
      .strict(),
  ),
};
