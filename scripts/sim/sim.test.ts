// The simulation itself under test (issue 21): a short day of three desks on the run's
// PostgreSQL, with spells offline, lost answers and clock skew, ends with nothing lost,
// duplicated or diverged (a desk made to drop other desks' customer edits gave diverged: 15).
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../server/test/fresh-database';
import { runSimulation } from './run';

describe('npm run sim', () => {
  it('ends a faulty day with nothing lost, duplicated or diverged', async () => {
    const { url } = await freshDatabase();
    const result = await runSimulation({ desks: 3, seed: 7, hours: 2, databaseUrl: url });
    expect(result).toMatchObject({ desks: 3, lost: 0, duplicated: 0, diverged: 0 });
    expect(result.operations).toBeGreaterThan(50);
    expect(result.onServer).toBe(result.acknowledged);
    // The faults really happened: answers lost mid-push and mid-pull, and a desk offline.
    expect(result.faults.lostPushAnswers + result.faults.lostPullAnswers).toBeGreaterThan(0);
    expect(result.faults.offlineSpells).toBeGreaterThan(0);
  });
});
