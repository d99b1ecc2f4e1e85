// The waiting-area screen as a kiosk (issue 22): an administrator makes a display key for a
// site once; the screen then reads that site's board with the key alone, with no session, so
// it never locks, signs out or shows who is signed in.
import { z } from 'zod';
import { emptyInput, entityId, text } from './common';
import { method } from './define';
import type { NowCallingItem } from './queue';

/** A display key as Settings lists it: the key itself is shown once, when made. */
export interface DisplayKeyView {
  id: string;
  siteId: string;
  siteName: string;
  label: string;
  createdAt: string;
  createdByName: string;
  lastUsedAt: string | null;
  withdrawnAt: string | null;
}

export interface DisplaySiteSettings {
  siteId: string;
  siteName: string;
  soundOnCall: boolean;
}

export interface DisplayKeysList {
  keys: DisplayKeyView[];
  sites: DisplaySiteSettings[];
}

/** The new key, given once: the screen's address carries it. */
export interface MadeDisplayKey {
  key: DisplayKeyView;
  secret: string;
}

/** Everything the public waiting area may see: tickets, desks and call times, no names. */
export interface DisplayBoard {
  site: string;
  soundOnCall: boolean;
  /** The latest call first; at most 5. */
  calls: NowCallingItem[];
}

/** How many calls the board shows: the latest and a short history. */
export const DISPLAY_BOARD_CALLS = 5;

/** A key is 43 URL-safe characters (32 random bytes); anything else is refused unread. */
export const displayKeyInput = z
  .string({ error: 'This screen has no display key. Set it up again from Settings.' })
  .regex(/^[A-Za-z0-9_-]{20,100}$/, {
    error: 'This screen’s display key is not one the app makes. Set it up again from Settings.',
  });

const ADMINISTRATORS = ['administrator'] as const;

export const displayContract = {
  'display.keys': method<DisplayKeysList>()(emptyInput, 'session', ADMINISTRATORS),
  'display.makeKey': method<MadeDisplayKey>()(
    z
      .object({
        siteId: entityId('the site'),
        label: text('The screen’s name', {
          max: 60,
          required: 'Name the screen, e.g. "Town Hall waiting area".',
        }),
      })
      .strict(),
    'session',
    ADMINISTRATORS,
  ),
  'display.withdrawKey': method<DisplayKeyView>()(
    z.object({ keyId: entityId('the display key') }).strict(),
    'session',
    ADMINISTRATORS,
  ),
  'display.setSound': method<DisplaySiteSettings>()(
    z
      .object({
        siteId: entityId('the site'),
        soundOnCall: z.boolean({ error: 'Choose whether the screen sounds a tone.' }),
      })
      .strict(),
    'session',
    ADMINISTRATORS,
  ),
  // Public: the screen has no session; the key is its whole credential.
  'display.board': method<DisplayBoard>()(z.object({ key: displayKeyInput }).strict(), 'public'),
};
