// A hybrid logical clock (issue 21): wall time, a counter and the desk's id. Every change a
// desk sends carries one, so that "which came later" has one answer on every desk even when
// their clocks disagree or one goes backwards (an NTP correction, a laptop's dead battery).
// Pure TypeScript: the desk, the server and the simulation share it.

export interface Hlc {
  /** Milliseconds since 1970 as this clock knows them: never behind the last value it gave. */
  wallMs: number;
  /** Orders values given within one millisecond. */
  counter: number;
  deskId: string;
}

/** Fixed widths, so that the text's string order is the clock's order. */
const WALL_DIGITS = 15; // up to the year 33658
const COUNTER_DIGITS = 5;
const MAX_WALL = 10 ** WALL_DIGITS - 1;
export const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;

function checkWall(ms: number): number {
  if (!Number.isSafeInteger(ms) || ms < 0 || ms > MAX_WALL) {
    throw new RangeError(`An HLC's wall time is whole milliseconds from 0 to ${MAX_WALL}: ${ms}`);
  }
  return ms;
}

/**
 * A counter past its width would break the text order, so instead the clock steps its wall
 * time on by one millisecond: still after everything before it, and ahead of real time by a
 * millisecond only after 100,000 values in one millisecond.
 */
function settle(wallMs: number, counter: number, deskId: string): Hlc {
  return counter > MAX_COUNTER
    ? { wallMs: checkWall(wallMs + 1), counter: 0, deskId }
    : { wallMs, counter, deskId };
}

/** The clock's first value on a desk: before any value it will give. */
export function startHlc(deskId: string): Hlc {
  return { wallMs: 0, counter: 0, deskId };
}

/** The next value for a local event at `nowMs`: after `prev` even if the wall clock went back. */
export function tick(prev: Hlc, nowMs: number): Hlc {
  const wall = Math.max(prev.wallMs, checkWall(Math.floor(nowMs)));
  return settle(wall, wall === prev.wallMs ? prev.counter + 1 : 0, prev.deskId);
}

/** The next value after hearing `remote` (another desk's change): after both. */
export function receive(prev: Hlc, remote: Hlc, nowMs: number): Hlc {
  const wall = Math.max(prev.wallMs, remote.wallMs, checkWall(Math.floor(nowMs)));
  let counter = 0;
  if (wall === prev.wallMs && wall === remote.wallMs) {
    counter = Math.max(prev.counter, remote.counter) + 1;
  } else if (wall === prev.wallMs) {
    counter = prev.counter + 1;
  } else if (wall === remote.wallMs) {
    counter = remote.counter + 1;
  }
  return settle(wall, counter, prev.deskId);
}

/** Orders two values by wall time, then counter, then desk id (the last settles ties). */
export function compareHlc(a: Hlc, b: Hlc): number {
  if (a.wallMs !== b.wallMs) return a.wallMs < b.wallMs ? -1 : 1;
  if (a.counter !== b.counter) return a.counter < b.counter ? -1 : 1;
  if (a.deskId === b.deskId) return 0;
  return a.deskId < b.deskId ? -1 : 1;
}

/** `000001764000000000:00000:<desk id>`: compare two texts and you compare the clocks. */
export function formatHlc(hlc: Hlc): string {
  checkWall(hlc.wallMs);
  if (!Number.isSafeInteger(hlc.counter) || hlc.counter < 0 || hlc.counter > MAX_COUNTER) {
    throw new RangeError(`An HLC's counter is from 0 to ${MAX_COUNTER}: ${hlc.counter}`);
  }
  if (!hlc.deskId) throw new RangeError('An HLC names its desk.');
  const wall = String(hlc.wallMs).padStart(WALL_DIGITS, '0');
  const counter = String(hlc.counter).padStart(COUNTER_DIGITS, '0');
  return `${wall}:${counter}:${hlc.deskId}`;
}

const HLC_TEXT = new RegExp(`^(\\d{${WALL_DIGITS}}):(\\d{${COUNTER_DIGITS}}):(.+)$`, 's');

/** The clock value a text holds; throws on anything `formatHlc` could not have written. */
export function parseHlc(text: string): Hlc {
  const match = HLC_TEXT.exec(text);
  if (!match) throw new RangeError(`Not an HLC: ${JSON.stringify(text)}`);
  return { wallMs: Number(match[1]), counter: Number(match[2]), deskId: match[3]! };
}
