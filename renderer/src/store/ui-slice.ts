import type { AppSlice } from './index';

export type Screen =
  'record' | 'today' | 'reception' | 'desk' | 'calling' | 'correspondence' | 'settings';

export interface UiSlice {
  screen: Screen;
  /** A short confirmation read out by screen readers (e.g. "Contact recorded"). */
  announcement: string;
  setScreen: (screen: Screen) => void;
  announce: (message: string) => void;
}

export const createUiSlice: AppSlice<UiSlice> = (set) => ({
  screen: 'record',
  announcement: '',
  setScreen: (screen) => set({ screen }),
  announce: (message) => set({ announcement: message }),
});
