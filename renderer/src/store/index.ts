// One store built from slices (zustand docs: "Slices pattern"); components read it through
// selectors. Slice creators are exported so tests can build fresh stores.
import { create, type StateCreator } from 'zustand';
import { createContactsSlice, type ContactsSlice } from './contacts-slice';
import { createQueueSlice, type QueueSlice } from './queue-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AppState = SessionSlice & ContactsSlice & UiSlice & QueueSlice;
export type AppSlice<T> = StateCreator<AppState, [], [], T>;

export const createAppStore = () =>
  create<AppState>()((...a) => ({
    ...createSessionSlice(...a),
    ...createContactsSlice(...a),
    ...createUiSlice(...a),
    ...createQueueSlice(...a),
  }));

export const useAppStore = createAppStore();
