import type { z } from 'zod';
import { accessLogContract } from './access-log';
import { authContract } from './auth';
import { awaitingContactContract } from './awaiting-contact';
import { draftsContract } from './drafts';
import { displayContract } from './display';
import { syncContract } from './sync';
import { calendarSettingsContract } from './calendar-settings';
import { callsContract } from './calls';
import { contactsContract } from './contacts';
import { correspondenceContract } from './correspondence';
import { customersContract } from './customers';
import { dataProtectionContract } from './data-protection';
import { feedbackContract } from './feedback';
import { handOffsContract } from './hand-offs';
import { offersContract } from './offers';
import { combineContracts, type MethodSpec } from './define';
import { qualityContract } from './quality';
import { queueContract } from './queue';
import { referenceContract } from './reference';
import { referenceAdminContract } from './reference-admin';
import { settingsContract } from './settings';
import { setupContract } from './setup';
import { staffContract } from './staff';
import { statsContract } from './stats';
import { surveysContract } from './surveys';
import { nesdsContract } from './nesds';

/** The one API contract: every call from the renderer names one of these methods. */
export const contract = combineContracts(
  authContract,
  setupContract,
  referenceContract,
  referenceAdminContract,
  contactsContract,
  settingsContract,
  queueContract,
  correspondenceContract,
  calendarSettingsContract,
  customersContract,
  dataProtectionContract,
  handOffsContract,
  feedbackContract,
  offersContract,
  statsContract,
  callsContract,
  qualityContract,
  surveysContract,
  nesdsContract,
  staffContract,
  accessLogContract,
  awaitingContactContract,
  draftsContract,
  syncContract,
  displayContract,
);

export type Contract = typeof contract;
export type MethodName = Extract<keyof Contract, string>;
export type InputOf<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends MethodName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends MethodName> =
  Contract[K] extends MethodSpec<z.ZodType, infer O> ? O : never;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './errors';
export type { Access, MethodSpec } from './define';
export type * from './auth';
export type * from './figures-source';
export type * from './contacts';
export type * from './reference';
export type * from './reference-admin';
export type * from './settings';
export type * from './queue';
export type * from './correspondence';
export type * from './calendar-settings';
export type * from './customers';
export type * from './data-protection';
export type * from './hand-offs';
export type * from './feedback';
export type * from './offers';
export type * from './stats';
export type * from './calls';
export type * from './quality';
export type * from './surveys';
export type * from './nesds';
export type * from './staff';
export type * from './access-log';
export type * from './awaiting-contact';
export type * from './drafts';
export type * from './sync';
export type * from './display';
