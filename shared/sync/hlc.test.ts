// The hybrid logical clock's promises, over many random cases (fast-check, seeded).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareHlc,
  formatHlc,
  MAX_COUNTER,
  parseHlc,
  receive,
  startHlc,
  tick,
  type Hlc,
} from './hlc';

const SEED = { seed: 21, numRuns: 300 };
const wall = fc.integer({ min: 0, max: 4_102_444_800_000 }); // up to 2100
const deskId = fc.string({ minLength: 1, maxLength: 40 });
const hlc = fc.record({ wallMs: wall, counter: fc.integer({ min: 0, max: MAX_COUNTER }), deskId });
const sign = (n: number) => Math.sign(n);

describe('the hybrid logical clock', () => {
  it('only moves forward, whatever the wall clock does (it may go back)', () => {
    fc.assert(
      fc.property(deskId, fc.array(wall, { minLength: 1, maxLength: 200 }), (desk, nows) => {
        let prev = startHlc(desk);
        for (const now of nows) {
          const next = tick(prev, now);
          expect(compareHlc(next, prev)).toBe(1);
          expect(formatHlc(next) > formatHlc(prev)).toBe(true);
          expect(next.wallMs).toBeGreaterThanOrEqual(now);
          prev = next;
        }
      }),
      SEED,
    );
  });

  it('gives values in one millisecond increasing counters, and a new millisecond counter 0', () => {
    const a = tick(startHlc('d'), 1000);
    const b = tick(a, 1000);
    const c = tick(b, 999); // the clock went back: still after b
    const d = tick(c, 1001);
    expect([a, b, c, d].map(formatHlc)).toEqual([
      '000000000001000:00000:d',
      '000000000001000:00001:d',
      '000000000001000:00002:d',
      '000000000001001:00000:d',
    ]);
  });

  it('steps the wall on rather than overflow the counter', () => {
    const full: Hlc = { wallMs: 5, counter: MAX_COUNTER, deskId: 'd' };
    expect(tick(full, 5)).toEqual({ wallMs: 6, counter: 0, deskId: 'd' });
    expect(receive(startHlc('d'), full, 0)).toEqual({ wallMs: 6, counter: 0, deskId: 'd' });
  });

  it('writes text whose string order is (wall, counter, desk) order', () => {
    fc.assert(
      fc.property(hlc, hlc, (a, b) => {
        const [x, y] = [formatHlc(a), formatHlc(b)];
        const textOrder = x === y ? 0 : x < y ? -1 : 1;
        expect(textOrder).toBe(sign(compareHlc(a, b)));
      }),
      SEED,
    );
  });

  it('reads back what it writes, and refuses what it could not have written', () => {
    fc.assert(
      fc.property(hlc, (a) => {
        expect(parseHlc(formatHlc(a))).toEqual(a);
      }),
      SEED,
    );
    for (const bad of ['', '1:2:d', '000000000001000:00000:', '000000000001000-00000-d']) {
      expect(() => parseHlc(bad)).toThrow(RangeError);
    }
    expect(() => formatHlc({ wallMs: -1, counter: 0, deskId: 'd' })).toThrow(RangeError);
    expect(() => formatHlc({ wallMs: 1, counter: MAX_COUNTER + 1, deskId: 'd' })).toThrow();
    expect(() => formatHlc({ wallMs: 1, counter: 0, deskId: '' })).toThrow(RangeError);
  });

  it('after hearing another desk, is after both its own last value and the other’s', () => {
    fc.assert(
      fc.property(hlc, hlc, wall, (local, remote, now) => {
        const next = receive(local, remote, now);
        expect(next.deskId).toBe(local.deskId);
        for (const before of [local, remote]) {
          // After in (wall, counter) alone, so whichever desk ids they carry.
          const later =
            next.wallMs > before.wallMs ||
            (next.wallMs === before.wallMs && next.counter > before.counter);
          expect(later).toBe(true);
          expect(formatHlc(next) > formatHlc({ ...before, deskId: local.deskId })).toBe(true);
        }
        expect(next.wallMs).toBeGreaterThanOrEqual(now);
      }),
      SEED,
    );
    // Random walls seldom meet, so the cases where they do, by hand.
    const local: Hlc = { wallMs: 5, counter: 3, deskId: 'a' };
    expect(receive(local, { wallMs: 5, counter: 7, deskId: 'b' }, 0)).toEqual({
      ...local,
      counter: 8,
    });
    expect(receive(local, { wallMs: 5, counter: 1, deskId: 'b' }, 0)).toEqual({
      ...local,
      counter: 4,
    });
    expect(receive(local, { wallMs: 9, counter: 2, deskId: 'b' }, 0)).toEqual({
      wallMs: 9,
      counter: 3,
      deskId: 'a',
    });
    expect(receive(local, { wallMs: 4, counter: 2, deskId: 'b' }, 7)).toEqual({
      wallMs: 7,
      counter: 0,
      deskId: 'a',
    });
  });
});
