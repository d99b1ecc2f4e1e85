import type { Handlers } from './context';
import { accessLogHandlers } from './access-log/handlers';
import { appointmentHandlers } from './queue/appointment-handlers';
import { awaitingContactHandlers } from './awaiting-contact/handlers';
import { draftHandlers } from './drafts/handlers';
import { displayHandlers } from './display/handlers';
import { authHandlers } from './auth/handlers';
import { calendarSettingsHandlers } from './calendar-settings/handlers';
import { callHandlers } from './calls/handlers';
import { contactHandlers } from './contacts/handlers';
import { contactVoidHandlers } from './contacts/void-handlers';
import { correspondenceHandlers } from './correspondence/handlers';
import { customerHandlers } from './customers/handlers';
import { customerRecordHandlers } from './customers/record-handlers';
import { customerViewHandlers } from './customers/view-handlers';
import { dataProtectionHandlers } from './data-protection/handlers';
import { feedbackHandlers } from './feedback/handlers';
import { handOffHandlers } from './hand-offs/handlers';
import { offerHandlers } from './offers/handlers';
import { deskHandlers } from './queue/desk-handlers';
import { qualityHandlers } from './quality/handlers';
import { queueHandlers } from './queue/handlers';
import { referenceHandlers } from './reference/handlers';
import { referenceAdminHandlers } from './reference-admin/handlers';
import { settingsHandlers } from './settings/handlers';
import { setupHandlers } from './setup/handlers';
import { staffHandlers } from './staff/handlers';
import { statsHandlers } from './stats/handlers';
import { surveyHandlers } from './surveys/handlers';
import { nesdsHandlers } from './nesds/handlers';
import { syncHandlers } from './sync/handlers';

/** Every method of the contract has exactly one implementation (a missing one fails typecheck). */
export const handlers: Handlers = {
  ...syncHandlers,
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
  ...displayHandlers,
};
