// A council's first run: a new data folder has nobody who can sign in, so the first screen
// asks for the council's name, its first site and its first administrator (no published
// password is ever created), or offers to try the app with the demo council instead. Both
// methods are refused once anyone can sign in.
import { z } from 'zod';
import { emptyInput } from './common';
import { method } from './define';
import { newUsername } from './staff';
import { enrolInput } from './sync';

const name = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `Keep ${what} to ${max} characters or fewer.`);

export const SITE_KINDS = ['one_stop_shop', 'contact_centre'] as const;

export const setupContract = {
  'setup.createCouncil': method<{ username: string }>()(
    z
      .object({
        councilName: name('the council’s name', 120),
        siteName: name('the name of your first site', 120),
        siteKind: z.enum(SITE_KINDS, {
          error: 'Choose whether the site is a One Stop Shop or a contact centre.',
        }),
        displayName: name('the administrator’s full name', 120),
        username: newUsername,
        // The rules (length, common passwords, the username) are checked by the back end,
        // which holds the list of common passwords.
        password: z
          .string({ error: 'Choose a password.' })
          .min(1, 'Choose a password.')
          .max(200, 'Keep the password under 200 characters.'),
      })
      .strict(),
    'public',
  ),
  'setup.tryDemo': method<null>()(emptyInput, 'public'),
  /**
   * A new PC joins a council that already uses a council server: it takes the council's
   * lists, staff and records from the server, then its staff sign in as they do elsewhere.
   * `staffArrived` is false while the server holds no staff accounts yet to sign in with.
   */
  'setup.joinCouncil': method<{ staffArrived: boolean }>()(enrolInput, 'public'),
};
