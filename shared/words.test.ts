import { describe, expect, it } from 'vitest';
import { count, plural } from './words';

describe('counts in words', () => {
  it('groups thousands and says one or many', () => {
    expect(count(14493)).toBe('14,493');
    expect(plural(1, 'call')).toBe('1 call');
    expect(plural(0, 'call')).toBe('0 calls');
    expect(plural(1200, 'call')).toBe('1,200 calls');
    expect(plural(2, 'visitor is', 'visitors are')).toBe('2 visitors are');
  });
});
