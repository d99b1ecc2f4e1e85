import { z } from 'zod';
import type { Role } from '../domain/staff';
import { emptyInput } from './common';
import { method } from './define';

export interface SignedInStaff {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Their team: an adviser may act on the team's work (shared/api/access-rules.ts). */
  team: string | null;
}

export interface SessionInfo {
  staff: SignedInStaff;
  site: { id: string; name: string };
  locked: boolean;
  /** Idle minutes before the app locks itself (a setting). */
  lockAfterMinutes: number;
  /** When the session ends whatever the activity (`security.sessionMaxHours` after sign-in). */
  endsAt: string;
  /** Signed in with a one-time password: nothing else works until they choose their own. */
  mustChangePassword: boolean;
}

/** An account an administrator unlocked after too many wrong passwords. */
export interface UnlockedAccount {
  username: string;
  displayName: string;
  /** The wrong passwords in a row that were forgotten (0: it was not locked or waiting). */
  failuresCleared: number;
}

export interface SignInOptions {
  sites: { id: string; name: string }[];
  /** Shown on the sign-in screen only while the demo council's staff are unchanged. */
  demoAccounts: { username: string; password: string; role: Role }[] | null;
  councilName: string;
  /** Nobody can sign in yet: the first-run screen asks for the council and its administrator. */
  firstRun: boolean;
  /** The council server this PC has joined (null for a single desk): on first run, the PC is
   * waiting for the council's staff accounts to arrive from it. */
  joinedServer: string | null;
  /** The demo council, with its published passwords: every screen says "not for real use". */
  demo: boolean;
}

const password = z
  .string({ error: 'Enter your password.' })
  .min(1, 'Enter your password.')
  .max(200);

export const authContract = {
  'auth.signIn': method<SessionInfo>()(
    z
      .object({
        username: z
          .string({ error: 'Enter your username.' })
          .trim()
          .min(1, 'Enter your username.')
          .max(100),
        password,
        siteId: z.uuid({ error: 'Choose the site you are working at.' }).optional(),
      })
      .strict(),
    'public',
  ),
  'auth.signInOptions': method<SignInOptions>()(emptyInput, 'public'),
  /** The current session, or null when nobody is signed in. */
  'auth.session': method<SessionInfo | null>()(emptyInput, 'public'),
  'auth.signOut': method<null>()(emptyInput, 'locked-ok'),
  /** Marks the adviser as active; the renderer sends it while keys or the mouse are used. */
  'auth.heartbeat': method<null>()(emptyInput, 'session'),
  'auth.lock': method<null>()(emptyInput, 'locked-ok'),
  /** Wrong passwords here count towards the same throttle as at sign-in. */
  'auth.unlock': method<SessionInfo>()(z.object({ password }).strict(), 'locked-ok'),
  /** Lifts the wait or 15-minute lock that wrong passwords put on an account. */
  'auth.unlockAccount': method<UnlockedAccount>()(
    z
      .object({
        username: z
          .string({ error: 'Enter the username of the account to unlock.' })
          .trim()
          .min(1, 'Enter the username of the account to unlock.')
          .max(100, 'A username is at most 100 characters: check what was entered.'),
      })
      .strict(),
    'session',
    ['administrator'],
  ),
  /** The signed-in person's own password; other sessions of theirs end. */
  'auth.changePassword': method<null>()(
    z
      .object({
        currentPassword: z
          .string({ error: 'Enter your current password.' })
          .min(1, 'Enter your current password.')
          .max(200, 'That password is not right.'),
        // The rules (length, common passwords, the username) are checked by the back end,
        // which holds the list of common passwords.
        newPassword: z
          .string({ error: 'Choose a new password.' })
          .min(1, 'Choose a new password.')
          .max(200, 'Keep the password under 200 characters.'),
      })
      .strict(),
    'session',
  ),
};
