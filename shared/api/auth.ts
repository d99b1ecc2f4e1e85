import { z } from 'zod';
import type { Role } from '../domain/staff';
import { emptyInput } from './common';
import { method } from './define';

export interface SignedInStaff {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

export interface SessionInfo {
  staff: SignedInStaff;
  site: { id: string; name: string };
  locked: boolean;
  /** Idle minutes before the app locks itself (a setting). */
  lockAfterMinutes: number;
}

export interface SignInOptions {
  sites: { id: string; name: string }[];
  /** Shown on the sign-in screen only while the demo council's staff are unchanged. */
  demoAccounts: { username: string; password: string; role: Role }[] | null;
  councilName: string;
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
  'auth.unlock': method<SessionInfo>()(z.object({ password }).strict(), 'locked-ok'),
};
