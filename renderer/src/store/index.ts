// One store built from slices (zustand docs: "Slices pattern"); components read it through
// selectors. Slice creators are exported so tests can build fresh stores.
import { create, type StateCreator } from 'zustand';
import { onRefusal } from '../api/client';
import type { NamedItem, SiteItem } from '../../../shared/api';
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

/**
 * Any call that finds the session locked shows the lock screen (keeping whatever was being
 * typed); any that finds it ended goes back to sign-in, saying why (a working day's limit, a
 * closed account). The first refusal gives the reason: later ones only say "ended".
 */
onRefusal((method, error) => {
  const state = useAppStore.getState();
  if (error.code === 'LOCKED') state.markLocked();
  if (error.code === 'UNAUTHENTICATED' && method !== 'auth.signIn' && state.session)
    state.markSignedOut(error.message);
});

const NO_SITES: readonly SiteItem[] = [];

/**
 * The council's sites, or none while the lists are still loading (just after signing in).
 * A selector must return the same value until the store changes: a fresh `[]` on every call
 * makes React re-render without end ("Maximum update depth exceeded") and blanks the window,
 * which a leader pressing Alt+K or Alt+I straight after signing in used to see.
 */
export const selectSites = (s: AppState): readonly SiteItem[] => s.reference?.sites ?? NO_SITES;

const NO_TEAMS: readonly NamedItem[] = [];

/** The council's teams in use, offered when an account is added (same care as selectSites). */
export const selectTeams = (s: AppState): readonly NamedItem[] => s.reference?.teams ?? NO_TEAMS;
