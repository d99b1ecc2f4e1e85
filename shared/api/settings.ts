import { z } from 'zod';
import { method } from './define';
import { emptyInput, text } from './common';

export interface GeneralSettings {
  councilName: string;
  lockAfterMinutes: number;
  fcrTargetPercent: number;
  /** A contact or letter dated further back than this asks the adviser to confirm the date. */
  confirmOlderThanDays: number;
  /** Days of contacts, visits and closed items a desk joined to a council server keeps. */
  offlineHistoryDays: number;
}

/**
 * The days of history a joined desk keeps offline (issue 21's offline profile). At least a
 * fortnight: the repeat-contact rule looks 7 days back from each new contact, and a reply due
 * in 10 working days spans two calendar weeks or more (open letters stay whatever their age).
 * At most ten years: beyond that the desk is a second archive, not a working copy.
 */
export const OFFLINE_HISTORY_DAYS = { min: 14, max: 3650, default: 90 } as const;

export const generalSettingsInput = z
  .object({
    councilName: text('The council’s name', {
      max: 120,
      min: 2,
      required: 'Enter the council’s name.',
    }),
    lockAfterMinutes: z
      .number({ error: 'Enter the idle minutes before the app locks.' })
      .int('Enter whole minutes.')
      .min(1, 'The app must stay unlocked for at least 1 minute.')
      .max(240, 'Lock after at most 240 minutes (4 hours) idle.'),
    fcrTargetPercent: z
      .number({ error: 'Enter the first-contact resolution target.' })
      .gt(0, 'The target must be more than 0%.')
      .max(100, 'The target cannot be more than 100%.'),
    /** Left as it is when not given. */
    confirmOlderThanDays: z
      .number({ error: 'Enter the days back after which a date must be confirmed.' })
      .int('Enter whole days.')
      .min(1, 'Ask for a confirmation after at least 1 day back.')
      .max(366, 'Ask for a confirmation after at most 366 days back.')
      .optional(),
    /** Left as it is when not given. */
    offlineHistoryDays: z
      .number({ error: 'Enter the days of history each desk keeps offline.' })
      .int('Enter whole days.')
      .min(
        OFFLINE_HISTORY_DAYS.min,
        `Keep at least ${OFFLINE_HISTORY_DAYS.min} days: the repeat-contact check and the reply clock look that far back.`,
      )
      .max(
        OFFLINE_HISTORY_DAYS.max,
        `Keep at most ${OFFLINE_HISTORY_DAYS.max.toLocaleString('en-GB')} days (ten years); older history is read from the council server.`,
      )
      .optional(),
  })
  .strict();

export interface QueueSettings {
  waitLimitMinutes: number;
  amberMinutes: number;
  holdReturn: 'keep_place' | 'rejoin';
}

const wholeMinutes = (what: string) =>
  z
    .number({ error: `Enter ${what} in whole minutes.` })
    .int(`Enter ${what} in whole minutes.`)
    .min(1, `${what[0]!.toUpperCase()}${what.slice(1)} must be at least 1 minute.`)
    .max(120, `${what[0]!.toUpperCase()}${what.slice(1)} can be at most 120 minutes.`);

export const queueSettingsInput = z
  .object({
    waitLimitMinutes: wholeMinutes('the wait promise'),
    amberMinutes: wholeMinutes('the warning time'),
    holdReturn: z.enum(['keep_place', 'rejoin'], {
      error: 'Choose what happens when a visitor comes back.',
    }),
  })
  .strict()
  .refine((s) => s.amberMinutes < s.waitLimitMinutes, {
    path: ['amberMinutes'],
    message: 'The warning must come before the wait promise is broken: make it fewer minutes.',
  });

export const settingsContract = {
  'settings.queue': method<QueueSettings>()(emptyInput, 'session'),
  'settings.updateQueue': method<QueueSettings>()(queueSettingsInput, 'session', ['administrator']),
  'settings.general': method<GeneralSettings>()(emptyInput, 'session'),
  'settings.updateGeneral': method<GeneralSettings>()(generalSettingsInput, 'session', [
    'administrator',
  ]),
};
