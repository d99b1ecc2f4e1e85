// Staff administration (go-live issue, item 2): administrators add staff, reset a password,
// retire an account and change a role. A new or reset password is a one-time password the
// back end makes up and returns once; the person must choose their own when they sign in.
import { z } from 'zod';
import { ROLES, type Role } from '../domain/staff';
import { emptyInput, text } from './common';
import { method } from './define';

export interface StaffMember {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  site: { id: string; name: string };
  team: string | null;
  /** false once retired: they cannot sign in, and their records and history stay. */
  active: boolean;
  /** They were given a one-time password and have not yet chosen their own. */
  mustChangePassword: boolean;
  /** After wrong passwords, when their next sign-in may be tried (ISO), and whether that is
   * the 15-minute lock an administrator can lift (auth.unlockAccount); null when no wait. */
  signInWait: { until: string; locked: boolean } | null;
}

/** A member of staff with the one-time password to give them; shown once, never stored. */
export interface StaffWithPassword {
  staff: StaffMember;
  oneTimePassword: string;
}

/** A new username (staff.add and setup.createCouncil): lower-cased, 3 to 40, a plain alphabet. */
export const newUsername = z
  .string({ error: 'Choose a username.' })
  .trim()
  .toLowerCase()
  .min(3, 'Choose a username of at least 3 characters.')
  .max(40, 'Keep the username to 40 characters or fewer.')
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'Use only letters, numbers, dots, dashes and underscores in the username.',
  );

const staffId = z.uuid({ error: 'Choose a member of staff from the list.' });
const role = z.enum(ROLES, { error: 'Choose a role from the list.' });
const ADMINISTRATORS = ['administrator'] as const;

export const staffContract = {
  /** Every account, retired ones too (`staff.list`, in correspondence.ts, is the open accounts
   * anyone may assign work to). */
  'staff.accounts': method<StaffMember[]>()(emptyInput, 'session', ADMINISTRATORS),
  'staff.add': method<StaffWithPassword>()(
    z
      .object({
        displayName: z
          .string({ error: 'Enter their full name.' })
          .trim()
          .min(1, 'Enter their full name.')
          .max(120, 'Keep the name to 120 characters or fewer.'),
        username: newUsername,
        role,
        siteId: z.uuid({ error: 'Choose their usual site from the list.' }),
        team: text('The team', { max: 80 }).optional(),
      })
      .strict(),
    'session',
    ADMINISTRATORS,
  ),
  /** A new one-time password; their open sessions end. */
  'staff.resetPassword': method<StaffWithPassword>()(
    z.object({ staffId }).strict(),
    'session',
    ADMINISTRATORS,
  ),
  /** They can no longer sign in; their open sessions end. Not oneself, not the last administrator. */
  'staff.retire': method<StaffMember>()(z.object({ staffId }).strict(), 'session', ADMINISTRATORS),
  /** Their usual site and team; a new team joins the council's list of teams. */
  'staff.move': method<StaffMember>()(
    z
      .object({
        staffId,
        siteId: z.uuid({ error: 'Choose their usual site from the list.' }),
        team: text('The team', { max: 80 }).optional(),
      })
      .strict(),
    'session',
    ADMINISTRATORS,
  ),
  'staff.changeRole': method<StaffMember>()(
    z.object({ staffId, role }).strict(),
    'session',
    ADMINISTRATORS,
  ),
};
