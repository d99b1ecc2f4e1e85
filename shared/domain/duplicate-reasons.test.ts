// The words a team leader merges on: each reason says exactly what matched, and a shared
// surname alone is never "the same name".
import { describe, expect, it } from 'vitest';
import {
  duplicateReasons,
  lastNameKey,
  phoneDigits,
  prepareName,
  type MatchableCustomer,
} from './duplicate-reasons';

const customer = (fields: Partial<MatchableCustomer>): MatchableCustomer => ({
  id: 'x',
  firstName: null,
  lastName: null,
  dateOfBirth: null,
  postcode: null,
  phone: null,
  email: null,
  ...fields,
});

const reasons = (a: Partial<MatchableCustomer>, b: Partial<MatchableCustomer>) =>
  duplicateReasons(customer(a), customer(b)).reasons;

describe('duplicate reasons', () => {
  it('does not call two people with only a surname and a birthday in common the same name', () => {
    const household = { lastName: 'Cox', dateOfBirth: '1961-04-02', postcode: 'WA8 7QA' };
    expect(
      reasons({ ...household, firstName: 'Marek' }, { ...household, firstName: 'Patricia' }),
    ).toEqual([]);
  });

  it('names a nickname match on the first name with the same last name and birthday', () => {
    expect(
      reasons(
        { firstName: 'William', lastName: 'Edwards', dateOfBirth: '1948-12-01' },
        { firstName: 'Bill', lastName: 'Edwards', dateOfBirth: '1948-12-01' },
      ),
    ).toEqual(['same first and last name (nickname) and same date of birth']);
    expect(
      reasons(
        { firstName: 'Peggy', lastName: 'Ashworth', postcode: 'WA7 5TN' },
        { firstName: 'Margaret', lastName: 'Ashworth', postcode: 'wa7 5tn' },
      ),
    ).toEqual(['same first and last name (nickname) and same postcode']);
  });

  it('says when a name matched by sound, and when it matched as spelt', () => {
    expect(
      reasons(
        { firstName: 'Katherine', lastName: 'Smyth', dateOfBirth: '1990-01-02' },
        { firstName: 'Catherine', lastName: 'Smith', dateOfBirth: '1990-01-02' },
      ),
    ).toEqual(['same first and last name (by sound) and same date of birth']);
    expect(
      reasons(
        { firstName: 'Siân', lastName: 'O’Brien', dateOfBirth: '1990-01-02' },
        { firstName: 'sian', lastName: 'O Brien', dateOfBirth: '1990-01-02' },
      ),
    ).toEqual(['same first and last name and same date of birth']);
  });

  it('keeps names that merely share a loose sound apart (John and Ann, Ola and Eli)', () => {
    const same = { lastName: 'Hughes', dateOfBirth: '2001-06-30' };
    expect(reasons({ ...same, firstName: 'John' }, { ...same, firstName: 'Ann' })).toEqual([]);
    expect(reasons({ ...same, firstName: 'Ola' }, { ...same, firstName: 'Eli' })).toEqual([]);
  });

  it('pairs records on the same phone or email alone, and says only that', () => {
    expect(
      reasons(
        { firstName: 'Ann', lastName: 'Jones', phone: '07700 900123' },
        { firstName: 'Ruth', lastName: 'Price', phone: '+44 7700 900 123' },
      ),
    ).toEqual(['same phone']);
    expect(
      reasons(
        { lastName: 'Jones', email: 'Ann.Jones@example.com' },
        { lastName: 'Evans', email: 'ann.jones@example.com' },
      ),
    ).toEqual(['same email']);
  });

  it('says when the first name is only an initial, or missing, on one record', () => {
    expect(
      reasons(
        { firstName: 'J', lastName: 'Clarke', postcode: 'L35 1AB' },
        { firstName: 'James', lastName: 'Clarke', postcode: 'L35 1AB' },
      ),
    ).toEqual(['same postcode, same last name and same first initial']);
    expect(
      reasons(
        { lastName: 'Clarke', dateOfBirth: '1970-03-03' },
        { firstName: 'James', lastName: 'Clarke', dateOfBirth: '1970-03-03' },
      ),
    ).toEqual(['same date of birth and same last name (one record has no first name)']);
  });

  it('lists every reason that holds, strongest first in the score', () => {
    const both = {
      firstName: 'Robert',
      lastName: 'Smith',
      dateOfBirth: '1955-05-05',
      postcode: 'WA8 7QA',
      phone: '0151 423 1234',
    };
    const verdict = duplicateReasons(customer(both), customer({ ...both, firstName: 'Bob' }));
    expect(verdict.reasons).toEqual([
      'same first and last name (nickname) and same date of birth',
      'same first and last name (nickname) and same postcode',
      'same phone',
    ]);
    const phoneOnly = duplicateReasons(
      customer({ phone: '0151 423 1234' }),
      customer({ phone: '01514231234' }),
    );
    expect(verdict.score).toBeGreaterThan(phoneOnly.score);
  });

  it('groups last names by sound and reads phone numbers as digits', () => {
    const key = (lastName: string | null) => lastNameKey(prepareName('x', null, lastName));
    expect(key('Smyth')).toBe(key('Smith'));
    expect(key(null)).toBeNull();
    expect(phoneDigits('+44 (151) 423-1234')).toBe('01514231234');
    expect(phoneDigits('n/a')).toBeNull();
  });
});
