import type { ApiError, ContactFields, ContactRecord, MyContactsToday } from '../../../shared/api';
import type { Channel } from '../../../shared/domain/channels';
import { callApi, type CallOptions } from '../api/client';
import type { AppSlice } from './index';

export type SaveResult = { ok: true; contact: ContactRecord } | { ok: false; error: ApiError };

export interface ContactsSlice {
  today: MyContactsToday | null;
  loadToday: () => Promise<void>;
  /** `options.mutationId`: the form's id for this save (useMutationId). */
  recordContact: (fields: ContactFields, options?: CallOptions) => Promise<SaveResult>;
  quickLog: (
    input: {
      channel: Channel;
      serviceId: string;
      startedAt?: string;
    },
    options?: CallOptions,
  ) => Promise<SaveResult>;
  correctContact: (id: string, fields: ContactFields, options?: CallOptions) => Promise<SaveResult>;
  /** Marks a contact recorded in error as void: kept, struck through, out of the figures. */
  voidContact: (id: string, reason: string) => Promise<SaveResult>;
}

export const createContactsSlice: AppSlice<ContactsSlice> = (set, get) => {
  async function afterSave(
    result: Awaited<ReturnType<typeof callApi<'contacts.record'>>>,
  ): Promise<SaveResult> {
    if (!result.ok) return { ok: false, error: result.error };
    await get().loadToday();
    return { ok: true, contact: result.value };
  }

  return {
    today: null,

    async loadToday() {
      const result = await callApi('contacts.mineToday', {});
      if (result.ok) set({ today: result.value });
    },

    async recordContact(fields, options) {
      return afterSave(await callApi('contacts.record', fields, options));
    },

    async quickLog(input, options) {
      return afterSave(await callApi('contacts.quickLog', input, options));
    },

    async correctContact(id, fields, options) {
      return afterSave(await callApi('contacts.correct', { id, fields }, options));
    },

    async voidContact(id, reason) {
      return afterSave(await callApi('contacts.void', { id, reason }));
    },
  };
};
