import type { AppSlice } from './index';

export type Screen =
  | 'record'
  | 'today'
  | 'reception'
  | 'desk'
  | 'calling'
  | 'correspondence'
  | 'customers'
  | 'complaints'
  | 'hand-offs'
  | 'stats'
  | 'calls'
  | 'quality'
  | 'surveys'
  | 'nesds'
  | 'settings'
  | 'staff'
  | 'reference-data'
  | 'my-password'
  | 'sync-problems';

export interface UiSlice {
  screen: Screen;
  /** The customer the Customers screen shows; set by any screen that opens a record. */
  openCustomerId: string | null;
  openCustomer: (id: string | null) => void;
  /** What was typed in the customer search, kept while a record is open. */
  customerQuery: string;
  setCustomerQuery: (query: string) => void;
  /** A short confirmation read out by screen readers (e.g. "Contact recorded"). */
  announcement: string;
  setScreen: (screen: Screen) => void;
  announce: (message: string) => void;
}

export const createUiSlice: AppSlice<UiSlice> = (set) => ({
  screen: 'record',
  openCustomerId: null,
  customerQuery: '',
  setCustomerQuery: (query) => set({ customerQuery: query }),
  openCustomer: (id) =>
    set({ openCustomerId: id, ...(id ? { screen: 'customers' as const } : {}) }),
  announcement: '',
  setScreen: (screen) => set({ screen }),
  announce: (message) => set({ announcement: message }),
});
