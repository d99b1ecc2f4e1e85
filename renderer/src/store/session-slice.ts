import type { ApiError, ReferenceData, SessionInfo, SignInOptions } from '../../../shared/api';
import { callApi } from './call';
import type { AppSlice } from './index';

export interface SessionSlice {
  status: 'loading' | 'signed-out' | 'signed-in';
  session: SessionInfo | null;
  signInOptions: SignInOptions | null;
  reference: ReferenceData | null;
  /** A problem that stops the app working at all (e.g. the database cannot be opened). */
  fatal: ApiError | null;
  start: () => Promise<void>;
  signIn: (username: string, password: string, siteId?: string) => Promise<ApiError | null>;
  signOut: () => Promise<void>;
  lock: () => Promise<void>;
  unlock: (password: string) => Promise<ApiError | null>;
  heartbeat: () => Promise<void>;
  loadReference: () => Promise<void>;
  markLocked: () => void;
  markSignedOut: () => void;
}

export const createSessionSlice: AppSlice<SessionSlice> = (set, get) => ({
  status: 'loading',
  session: null,
  signInOptions: null,
  reference: null,
  fatal: null,

  async start() {
    const options = await callApi(get, 'auth.signInOptions', {});
    if (!options.ok) {
      set({ fatal: options.error, status: 'signed-out' });
      return;
    }
    set({ signInOptions: options.value });
    const session = await callApi(get, 'auth.session', {});
    if (session.ok && session.value) {
      set({ session: session.value, status: 'signed-in' });
      await get().loadReference();
    } else {
      set({ status: 'signed-out' });
    }
  },

  async signIn(username, password, siteId) {
    const result = await callApi(
      get,
      'auth.signIn',
      siteId ? { username, password, siteId } : { username, password },
    );
    if (!result.ok) return result.error;
    set({ session: result.value, status: 'signed-in', screen: 'record' });
    await get().loadReference();
    return null;
  },

  async signOut() {
    await callApi(get, 'auth.signOut', {});
    get().markSignedOut();
  },

  async lock() {
    get().markLocked();
    await callApi(get, 'auth.lock', {});
  },

  async unlock(password) {
    const result = await callApi(get, 'auth.unlock', { password });
    if (!result.ok) return result.error;
    set({ session: result.value });
    // Opened while locked, the app could not load the council's lists yet.
    if (!get().reference) await get().loadReference();
    return null;
  },

  async heartbeat() {
    if (get().session && !get().session?.locked) await callApi(get, 'auth.heartbeat', {});
  },

  async loadReference() {
    const result = await callApi(get, 'reference.list', {});
    if (result.ok) set({ reference: result.value });
  },

  markLocked() {
    const session = get().session;
    if (session && !session.locked) set({ session: { ...session, locked: true } });
  },

  markSignedOut() {
    set({ session: null, status: 'signed-out', today: null, reference: null });
  },
});
