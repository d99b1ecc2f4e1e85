import type { Handlers } from '../context';
import { accessLogHandlers } from './access-log';
import { appointmentHandlers } from './appointments';
import { awaitingContactHandlers } from './awaiting-contact';
import { draftHandlers } from './drafts';
import { authHandlers } from './auth';
import { calendarSettingsHandlers } from './calendar-settings';
import { callHandlers } from './calls';
import { contactHandlers } from './contacts';
import { contactVoidHandlers } from './contact-void';
import { correspondenceHandlers } from './correspondence';
import { customerHandlers } from './customers';
import { customerRecordHandlers } from './customer-records';
import { customerViewHandlers } from './customer-view';
import { dataProtectionHandlers } from './data-protection';
import { feedbackHandlers } from './feedback';
import { handOffHandlers } from './hand-offs';
import { offerHandlers } from './offers';
import { deskHandlers } from './desks';
import { qualityHandlers } from './quality';
import { queueHandlers } from './queue';
import { referenceHandlers } from './reference';
import { referenceAdminHandlers } from './reference-admin';
import { settingsHandlers } from './settings';
import { setupHandlers } from './setup';
import { staffHandlers } from './staff';
import { statsHandlers } from './stats';
import { surveyHandlers } from './surveys';
import { nesdsHandlers } from './nesds';

/** Every method of the contract has exactly one implementation (a missing one fails typecheck). */
export const handlers: Handlers = {
  ...authHandlers,
  ...setupHandlers,
  ...referenceHandlers,
  ...referenceAdminHandlers,
  ...contactHandlers,
  ...contactVoidHandlers,
  ...settingsHandlers,
  ...queueHandlers,
  ...deskHandlers,
  ...appointmentHandlers,
  ...customerHandlers,
  ...correspondenceHandlers,
  ...calendarSettingsHandlers,
  ...customerViewHandlers,
  ...customerRecordHandlers,
  ...dataProtectionHandlers,
  ...handOffHandlers,
  ...feedbackHandlers,
  ...offerHandlers,
  ...statsHandlers,
  ...callHandlers,
  ...qualityHandlers,
  ...surveyHandlers,
  ...nesdsHandlers,
  ...staffHandlers,
  ...accessLogHandlers,
  ...awaitingContactHandlers,
  ...draftHandlers,
};
