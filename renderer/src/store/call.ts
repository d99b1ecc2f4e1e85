import type { InputOf, MethodName, OutputOf, Result } from '../../../shared/api';
import { api, type CallOptions } from '../api/client';
import type { AppState } from './index';

/**
 * Calls the API for the store's actions. What every screen shares (a locked session shows
 * the lock screen, an ended one goes back to sign-in with the reason) is heard for every
 * call, made here or not: see `reactToRefusals` in index.ts.
 */
export async function callApi<K extends MethodName>(
  _get: () => AppState,
  method: K,
  input: InputOf<K>,
  options?: CallOptions,
): Promise<Result<OutputOf<K>>> {
  return api.call(method, input, options);
}
