import { describe, expect, it } from 'vitest';
import { activeOnly } from './active-items';

describe('activeOnly', () => {
  it('offers the items in use, in their order, and none that are retired', () => {
    const items = [
      { id: 'a', active: true },
      { id: 'b', active: false },
      { id: 'c', active: true },
    ];
    expect(activeOnly(items).map((i) => i.id)).toEqual(['a', 'c']);
  });
});
