import type { ApiError, ContactFields, ContactRecord, MyContactsToday } from '../../../shared/api';
import type { Channel } from '../../../shared/domain/channels';
import { callApi } from './call';
import type { AppSlice } from './index';

export type SaveResult = { ok: true; contact: ContactRecord } | { ok: false; error: ApiError };

export interface ContactsSlice {
  today: MyContactsToday | null;
  loadToday: () => Promise<void>;
  recordContact: (fields: ContactFields) => Promise<SaveResult>;
  quickLog: (input: {
    channel: Channel;
    serviceId: string;
    startedAt?: string;
  }) => Promise<SaveResult>;
  correctContact: (id: string, fields: ContactFields) => Promise<SaveResult>;
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
      const result = await callApi(get, 'contacts.mineToday', {});
      if (result.ok) set({ today: result.value });
    },

    async recordContact(fields) {
      return afterSave(await callApi(get, 'contacts.record', fields));
    },

    async quickLog(input) {
      return afterSave(await callApi(get, 'contacts.quickLog', input));
    },

    async correctContact(id, fields) {
      return afterSave(await callApi(get, 'contacts.correct', { id, fields }));
    },

    async voidContact(id, reason) {
      return afterSave(await callApi(get, 'contacts.void', { id, reason }));
    },
  };
};
