import type {
  ApiError,
  InputOf,
  ReferenceData,
  SessionInfo,
  SignInOptions,
} from '../../../shared/api';
import { callApi } from '../api/client';
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
  /** First run: creates the council and its administrator, then signs them in. */
  setUpCouncil: (input: InputOf<'setup.createCouncil'>) => Promise<ApiError | null>;
  /** First run: fills the empty database with the demo council instead. */
  tryDemo: () => Promise<void>;
  /** First run: joins a council already on a council server (null when joined). */
  joinCouncil: (input: InputOf<'setup.joinCouncil'>) => Promise<ApiError | null>;
  signOut: () => Promise<void>;
  lock: () => Promise<void>;
  unlock: (password: string) => Promise<ApiError | null>;
  heartbeat: () => Promise<void>;
  /** Replaces a one-time password (or any password) with one the person chose. */
  choosePassword: (currentPassword: string, newPassword: string) => Promise<ApiError | null>;
  loadReference: () => Promise<void>;
  markLocked: () => void;
  /** Back to sign-in; `reason` (the back end's words) says why when the app ended it. */
  markSignedOut: (reason?: string) => void;
  /** Why the session ended without the person signing out (a day's limit, a closed account). */
  signedOutBecause: string | null;
}

export const createSessionSlice: AppSlice<SessionSlice> = (set, get) => ({
  status: 'loading',
  session: null,
  signInOptions: null,
  reference: null,
  fatal: null,
  signedOutBecause: null,

  async start() {
    const options = await callApi('auth.signInOptions', {});
    if (!options.ok) {
      set({ fatal: options.error, status: 'signed-out' });
      return;
    }
    set({ signInOptions: options.value });
    const session = await callApi('auth.session', {});
    if (session.ok && session.value) {
      set({ session: session.value, status: 'signed-in' });
      await get().loadReference();
    } else {
      set({ status: 'signed-out' });
    }
  },

  async signIn(username, password, siteId) {
    const result = await callApi(
      'auth.signIn',
      siteId ? { username, password, siteId } : { username, password },
    );
    if (!result.ok) return result.error;
    set({ session: result.value, status: 'signed-in', screen: 'record', signedOutBecause: null });
    await get().loadReference();
    return null;
  },

  async setUpCouncil(input) {
    const created = await callApi('setup.createCouncil', input);
    if (!created.ok) return created.error;
    const options = await callApi('auth.signInOptions', {});
    if (options.ok) set({ signInOptions: options.value });
    return get().signIn(created.value.username, input.password);
  },

  async tryDemo() {
    const result = await callApi('setup.tryDemo', {});
    if (!result.ok) set({ fatal: result.error });
    else await get().start();
  },

  async joinCouncil(input) {
    const joined = await callApi('setup.joinCouncil', input);
    if (!joined.ok) return joined.error;
    // Staff accounts there: the sign-in screen; none yet: first run says it is waiting.
    await get().start();
    return null;
  },

  async signOut() {
    await callApi('auth.signOut', {});
    get().markSignedOut();
  },

  async lock() {
    get().markLocked();
    await callApi('auth.lock', {});
  },

  async unlock(password) {
    const result = await callApi('auth.unlock', { password });
    if (!result.ok) return result.error;
    set({ session: result.value });
    // Opened while locked, the app could not load the council's lists yet.
    if (!get().reference) await get().loadReference();
    return null;
  },

  async heartbeat() {
    if (get().session && !get().session?.locked) await callApi('auth.heartbeat', {});
  },

  async choosePassword(currentPassword, newPassword) {
    const result = await callApi('auth.changePassword', { currentPassword, newPassword });
    if (!result.ok) return result.error;
    const session = await callApi('auth.session', {});
    if (session.ok && session.value) set({ session: session.value, screen: 'record' });
    await get().loadReference();
    return null;
  },

  async loadReference() {
    const result = await callApi('reference.list', {});
    if (result.ok) set({ reference: result.value });
  },

  markLocked() {
    const session = get().session;
    if (session && !session.locked) set({ session: { ...session, locked: true } });
  },

  markSignedOut(reason) {
    set({
      session: null,
      status: 'signed-out',
      today: null,
      reference: null,
      signedOutBecause: reason ?? null,
    });
  },
});
