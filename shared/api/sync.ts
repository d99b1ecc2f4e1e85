// Sync with the council server (issue 21): whether this desk is joined to one, whether it
// is reaching it, what is waiting to go, and every change that could not go or could not be
// applied here, with the reason. A desk with no server is a single desk, as before.
import { z } from 'zod';
import { emptyInput, text } from './common';
import { LEADERS, method } from './define';
import { looksLikeEnrolmentCode } from '../sync/enrolment-code';

export interface SyncStatus {
  /** `single`: no council server (everything stays on this PC); `joined`: enrolled with one. */
  mode: 'single' | 'joined';
  serverUrl: string | null;
  deskName: string | null;
  siteId: string | null;
  /** The short code its references carry (e.g. TH in C-2026-TH-000123). */
  siteCode: string | null;
  enrolledAt: string | null;
  /** The last push or pull reached the server. */
  online: boolean;
  /** When the server stopped answering; null while it answers (or with no server). */
  offlineSince: string | null;
  /** When the server last answered. */
  lastContactAt: string | null;
  /** Saves made on this desk not yet taken by the server (one per save, whatever it wrote). */
  waiting: number;
  /** Open sync problems (sync.problems lists them). */
  problems: number;
  /** The desk's secret is sealed with the operating system's key store (Electron's safeStorage). */
  secretSealed: boolean;
}

export interface SyncProblem {
  id: string;
  /** `push`: the server refused this desk's change; `pull`: another desk's change could not be applied here. */
  direction: 'push' | 'pull';
  /** What the change was to, in words ("a customer", "a visit"). */
  what: string;
  entityId: string | null;
  staffName: string | null;
  reason: string;
  /** What someone should do about it. */
  whatToDo: string;
  firstSeenAt: string;
  lastSeenAt: string;
}

/** An enrolment code as the server prints it: four groups of four, Crockford's letters. */
const enrolmentCode = z
  .string({ error: 'Enter the enrolment code.' })
  .trim()
  .refine(looksLikeEnrolmentCode, {
    error: 'An enrolment code is 16 letters and digits, e.g. 7K3M-Q9TX-2B4N-H8WD.',
  });

const serverAddress = z
  .string({ error: 'Enter the council server’s address.' })
  .trim()
  .max(300, 'The address can be at most 300 characters.')
  .refine(
    (v) => {
      try {
        const url = new URL(v);
        return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username;
      } catch {
        return false;
      }
    },
    { error: 'Enter the server’s address, e.g. https://contact.council.gov.uk.' },
  )
  .transform((v) => v.replace(/\/+$/, ''));

/** What joining a council server takes: its address, a one-time code and this desk's name. */
export const enrolInput = z
  .object({
    serverUrl: serverAddress,
    code: enrolmentCode,
    deskName: text('The desk’s name', { max: 80, required: 'Name this desk, e.g. Desk 3.' }),
  })
  .strict();

export const syncContract = {
  'sync.status': method<SyncStatus>()(emptyInput),
  /** Joins this desk to the council server with a one-time code an administrator made. */
  'sync.enrol': method<SyncStatus>()(enrolInput, 'session', ['administrator']),
  /** Pushes and pulls now, instead of at the next round. */
  'sync.now': method<SyncStatus>()(emptyInput),
  'sync.problems': method<SyncProblem[]>()(emptyInput),
  /** A leader marks a problem dealt with; it leaves the list (the change itself stays as it is). */
  'sync.resolveProblem': method<null>()(
    z.object({ id: z.uuid('Choose a problem from the list.') }).strict(),
    'session',
    LEADERS,
  ),
};
