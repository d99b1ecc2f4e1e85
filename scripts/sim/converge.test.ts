// Issue 21's property: over random schedules of 3 to 5 desks (who saves what and when, who is
// offline, whose answers are lost, whose clock is out), all replicas converge and the server
// holds every acknowledged save once. fast-check draws the schedules from a fixed seed.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { freshDatabase } from '../../server/test/fresh-database';
import { runSimulation } from './run';

describe('random schedules of 3 to 5 desks', () => {
  it('all converge, with nothing lost or duplicated', { timeout: 180_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 3, max: 5 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        async (desks, seed) => {
          const { url } = await freshDatabase();
          const result = await runSimulation({ desks, seed, hours: 1, databaseUrl: url });
          return result.lost === 0 && result.duplicated === 0 && result.diverged === 0;
        },
      ),
      { seed: 2126, numRuns: 4 },
    );
  });
});
