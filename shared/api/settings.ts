import { z } from 'zod';
import { method } from './define';
import { emptyInput } from './common';

export interface GeneralSettings {
  councilName: string;
  lockAfterMinutes: number;
  fcrTargetPercent: number;
}

export const generalSettingsInput = z
  .object({
    councilName: z.string().trim().min(2, 'Enter the council’s name.').max(120),
    lockAfterMinutes: z
      .number({ error: 'Enter the idle minutes before the app locks.' })
      .int('Enter whole minutes.')
      .min(1, 'The app must stay unlocked for at least 1 minute.')
      .max(240, 'Lock after at most 240 minutes (4 hours) idle.'),
    fcrTargetPercent: z
      .number({ error: 'Enter the first-contact resolution target.' })
      .gt(0, 'The target must be more than 0%.')
      .max(100, 'The target cannot be more than 100%.'),
  })
  .strict();

export const settingsContract = {
  'settings.general': method<GeneralSettings>()(emptyInput, 'session'),
  'settings.updateGeneral': method<GeneralSettings>()(generalSettingsInput, 'session', [
    'administrator',
  ]),
};
