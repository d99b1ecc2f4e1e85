import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { combineContracts, method } from './define';
import { contract } from './index';

describe('the API contract', () => {
  it('refuses a method defined twice', () => {
    const a = { 'contacts.record': method<null>()(z.object({})) };
    expect(() => combineContracts(a, a)).toThrow('API method "contacts.record" is defined twice');
  });

  it('refuses a method not named domain.verb', () => {
    expect(() => combineContracts({ recordContact: method<null>()(z.object({})) })).toThrow(
      'must read domain.verb',
    );
  });

  it('names every method domain.verb and lets only sign-in and first-run methods run without a session', () => {
    const publicMethods = Object.entries(contract)
      .filter(([, spec]) => spec.access === 'public')
      .map(([name]) => name)
      .sort();
    expect(publicMethods).toEqual([
      'auth.session',
      'auth.signIn',
      'auth.signInOptions',
      // the waiting-area screen: its display key is its whole credential (issue 22)
      'display.board',
      // refused once anyone can sign in (electron/api/setup/handlers.ts)
      'setup.createCouncil',
      'setup.joinCouncil',
      'setup.tryDemo',
    ]);
  });
});
