// Reading a search as the identifier it looks like: written any way an adviser types it,
// and never mistaken for a name (nor a name for one).
import { describe, expect, it } from 'vitest';
import {
  identifierQuery,
  normalisePhone,
  postcodePrefixes,
  wholePostcode,
} from './customer-identifiers';

describe('phone numbers', () => {
  it('reads a number however it is spaced, and +44 or 0044 as the leading 0', () => {
    for (const written of [
      '0151 907 8300',
      '01519078300',
      '0151-907-8300',
      '(0151) 907 8300',
      '+44 151 907 8300',
      '+44 (0)151 907 8300',
      '0044 151 907 8300',
      '441519078300',
    ])
      expect(normalisePhone(written), written).toBe('01519078300');
  });

  it('is not a phone number with letters in it', () => {
    expect(normalisePhone('CR10000003')).toBeNull();
    expect(normalisePhone('WA6 0')).toBeNull();
  });
});

describe('postcodes', () => {
  it('writes a whole postcode the standard way', () => {
    expect(wholePostcode('wa60ab')).toBe('WA6 0AB');
    expect(wholePostcode(' WA6  0AB ')).toBe('WA6 0AB');
    expect(wholePostcode('WA6 0')).toBeNull();
  });

  it('reads the start of a postcode as the outward code and sector it may be', () => {
    expect(postcodePrefixes('WA6 0')).toEqual(['WA6 0']);
    expect(postcodePrefixes('wa6 0a')).toEqual(['WA6 0A']);
    expect(postcodePrefixes('WA16 0')).toEqual(['WA16 0']);
    expect(postcodePrefixes('WA8')).toEqual(['WA8']);
    expect(postcodePrefixes('wa87q')).toEqual(['WA8 7Q']);
    // Unspaced, "WA60" may be the district WA60 or sector 0 of WA6.
    expect(postcodePrefixes('WA60')).toEqual(['WA60', 'WA6 0']);
  });

  it('is not a postcode when it is a name or a phone number', () => {
    expect(postcodePrefixes('Gray')).toBeNull();
    expect(postcodePrefixes('Smyth WA8')).toBeNull();
    expect(postcodePrefixes('0151 907')).toBeNull();
  });
});

describe('what a search looks like', () => {
  it('reads a council reference, in any case or spacing', () => {
    expect(identifierQuery('CR10000003')).toMatchObject({
      reference: 'CR10000003',
      phone: null,
      postcode: null,
      postcodePrefixes: null,
    });
    expect(identifierQuery('cr 10000003')?.reference).toBe('CR10000003');
    expect(identifierQuery('CR-000101')?.reference).toBe('CR-000101');
  });

  it('reads a phone number, an email address and a postcode', () => {
    expect(identifierQuery('+44 151 907 8300')?.phone).toBe('01519078300');
    expect(identifierQuery('Rob.Smith@Example.org')?.email).toBe('rob.smith@example.org');
    expect(identifierQuery('wa6 0ab')).toMatchObject({
      postcode: 'WA6 0AB',
      postcodePrefixes: ['WA6 0AB'],
    });
    expect(identifierQuery('WA6 0')).toMatchObject({ postcode: null, postcodePrefixes: ['WA6 0'] });
  });

  it('leaves names, and names with part of a postcode, to the name search', () => {
    for (const name of ['Gray', "O'Brien", 'Bob Smith', 'Smyth WA8', 'Kowalsky wa8 0'])
      expect(identifierQuery(name), name).toBeNull();
  });
});
