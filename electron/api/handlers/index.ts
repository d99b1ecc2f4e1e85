import type { Handlers } from '../context';
import { authHandlers } from './auth';
import { contactHandlers } from './contacts';
import { referenceHandlers } from './reference';
import { settingsHandlers } from './settings';

/** Every method of the contract has exactly one implementation (a missing one fails typecheck). */
export const handlers: Handlers = {
  ...authHandlers,
  ...referenceHandlers,
  ...contactHandlers,
  ...settingsHandlers,
};
