import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../shared/api/sync';
import { onlineWords, problemCountWords } from './sync-words';

const joined: SyncStatus = {
  mode: 'joined',
  serverUrl: 'http://127.0.0.1:4100',
  deskName: 'Desk 3',
  siteCode: 'TH',
  siteId: 'TH',
  enrolledAt: '2026-11-23T09:00:00Z',
  online: true,
  offlineSince: null,
  lastContactAt: '2026-11-23T10:40:00Z',
  waiting: 0,
  problems: 0,
  secretSealed: false,
};
const now = new Date('2026-11-23T12:00:00Z');

describe('the desk’s sync state in words', () => {
  it('says Online, with what waits to go only when something does', () => {
    expect(onlineWords(joined, now)).toBe('Online');
    expect(onlineWords({ ...joined, waiting: 1 }, now)).toBe('Online, 1 change waiting');
  });

  it('gives the London time an outage began, and the count in words', () => {
    const offline = { ...joined, online: false, offlineSince: '2026-11-23T10:42:00Z', waiting: 14 };
    expect(onlineWords(offline, now)).toBe('Offline since 10:42, 14 changes waiting');
    // British Summer Time: 09:42 UTC is 10:42 in London.
    const summer = { ...offline, offlineSince: '2026-06-01T09:42:00Z', waiting: 1_200 };
    expect(onlineWords(summer, new Date('2026-06-01T12:00:00Z'))).toBe(
      'Offline since 10:42, 1,200 changes waiting',
    );
  });

  it('names the day of an outage that began on another day', () => {
    const offline = { ...joined, online: false, offlineSince: '2026-11-20T16:05:00Z' };
    expect(onlineWords(offline, now)).toBe('Offline since Friday 20 November 2026, 16:05');
  });

  it('counts sync problems', () => {
    expect(problemCountWords(1)).toBe('1 sync problem');
    expect(problemCountWords(3)).toBe('3 sync problems');
  });
});
