// The network as a desk sees it in the simulation: cut off for a spell (every request fails
// before it leaves), or an answer lost after the server acted on it, which is what a desk
// killed mid-push or mid-pull, or a dropped connection, looks like from either end.
import type { Dice } from './dice';

export interface Faults {
  offline: boolean;
  /** Chance that a push's or a pull's answer is lost after the server has acted. */
  loseAnswer: number;
  /** How many answers were lost, by path. */
  lost: { push: number; pull: number };
}

export function faultyFetch(faults: Faults, dice: Dice): typeof fetch {
  return async (input, init) => {
    if (faults.offline) throw new TypeError('fetch failed: the network is down (simulated)');
    const response = await fetch(input, init);
    const path = new URL(String(input instanceof Request ? input.url : input)).pathname;
    const kind = path === '/sync/push' ? 'push' : path === '/sync/pull' ? 'pull' : null;
    if (kind && dice.chance(faults.loseAnswer)) {
      await response.arrayBuffer(); // the server finished; the desk never hears
      faults.lost[kind] += 1;
      throw new TypeError(`fetch failed: the answer to ${kind} was lost (simulated)`);
    }
    return response;
  };
}
