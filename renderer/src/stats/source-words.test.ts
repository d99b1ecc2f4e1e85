// The words that say where a leader's figures came from (issue 23).
import { describe, expect, it } from 'vitest';
import { sourceWords } from './source-words';

const NOW = '2026-11-23T14:05:00.000Z';

describe('where the figures came from, in words', () => {
  it('says nothing on a single desk', () => {
    expect(sourceWords(undefined, NOW)).toBeNull();
  });

  it('says council-wide, and names the desks not heard from lately', () => {
    expect(sourceWords({ kind: 'council', asOf: NOW, quietDesks: [] }, NOW)).toBe(
      'Council-wide: every desk’s records on the council server, at 14:05.',
    );
    expect(
      sourceWords(
        {
          kind: 'council',
          asOf: NOW,
          quietDesks: [
            { name: 'Desk 3 PC', lastSeenAt: '2026-11-20T16:30:00.000Z' },
            { name: 'Spare PC', lastSeenAt: null },
          ],
        },
        NOW,
      ),
    ).toBe(
      'Council-wide: every desk’s records on the council server, at 14:05. Not heard from lately, so their latest work may be missing: Desk 3 PC (last in touch Friday 20 November 2026, 16:30), Spare PC (never in touch).',
    );
  });

  it('says this desk’s copy, up to when, and why', () => {
    expect(
      sourceWords(
        {
          kind: 'desk',
          upTo: '2026-11-23T10:42:00.000Z',
          reason: 'The council server could not be reached.',
        },
        NOW,
      ),
    ).toBe(
      'This desk’s copy only, with other desks’ work up to 10:42: The council server could not be reached. Work saved on other desks since then is not counted.',
    );
  });
});
