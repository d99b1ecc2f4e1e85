import type { InputOf, MethodName, OutputOf, Result } from '../../../shared/api';
import { api } from '../api/client';
import type { AppState } from './index';

/**
 * Calls the API and reacts to the answers every screen shares: a locked session shows the
 * lock screen (keeping whatever was being typed), an ended session goes back to sign-in.
 */
export async function callApi<K extends MethodName>(
  get: () => AppState,
  method: K,
  input: InputOf<K>,
): Promise<Result<OutputOf<K>>> {
  const result = await api.call(method, input);
  if (!result.ok) {
    if (result.error.code === 'LOCKED') get().markLocked();
    if (result.error.code === 'UNAUTHENTICATED' && method !== 'auth.signIn' && get().session)
      get().markSignedOut(result.error.message);
  }
  return result;
}
