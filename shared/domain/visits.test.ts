import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  VISIT_ACTIONS,
  VISIT_STATES,
  isClosedVisit,
  nextVisitState,
  waitSeconds,
  waitStartsAt,
} from './visits';

const at = (hhmm: string, date = '2026-11-23') => new Date(`${date}T${hhmm}:00Z`);

describe('visit state machine', () => {
  it('runs waiting → called → in service → done', () => {
    expect(nextVisitState('waiting', 'call')).toEqual({ ok: true, to: 'called' });
    expect(nextVisitState('called', 'start')).toEqual({ ok: true, to: 'in_service' });
    expect(nextVisitState('in_service', 'finish')).toEqual({ ok: true, to: 'done' });
  });

  it('allows a recall of a called visitor, hold and return, and a second service via the queue', () => {
    expect(nextVisitState('called', 'call')).toEqual({ ok: true, to: 'called' });
    expect(nextVisitState('in_service', 'hold')).toEqual({ ok: true, to: 'on_hold' });
    expect(nextVisitState('on_hold', 'return')).toEqual({ ok: true, to: 'waiting' });
    expect(nextVisitState('in_service', 'requeue')).toEqual({ ok: true, to: 'waiting' });
  });

  it('ends in left-without-being-seen or no-show', () => {
    expect(nextVisitState('waiting', 'left')).toEqual({ ok: true, to: 'left' });
    expect(nextVisitState('called', 'no_show')).toEqual({ ok: true, to: 'no_show' });
  });

  it('refuses finishing a visit never started, with a message that says what to do', () => {
    expect(nextVisitState('waiting', 'finish')).toEqual({
      ok: false,
      message: 'This visitor is waiting, so you cannot finish them: start serving them first.',
    });
    expect(nextVisitState('done', 'call').ok).toBe(false);
    expect(nextVisitState('in_service', 'left').ok).toBe(false); // they were seen
  });

  it('never leaves a closed visit, and every refusal says why', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VISIT_STATES),
        fc.constantFrom(...VISIT_ACTIONS),
        (state, action) => {
          const result = nextVisitState(state, action);
          if (isClosedVisit(state)) expect(result.ok).toBe(false);
          if (!result.ok)
            expect(result.message).toMatch(/^This visitor is .+, so you cannot .+\.$/);
        },
      ),
    );
  });
});

describe('the 10-minute wait rule', () => {
  it('times a walk-in from arrival', () => {
    expect(waitSeconds(at('09:00'), null, at('09:09'), at('12:00'))).toBe(540);
  });

  it('times an early appointment from the appointment time', () => {
    expect(waitStartsAt(at('09:50'), at('10:00'))).toEqual(at('10:00'));
    expect(waitSeconds(at('09:50'), at('10:00'), at('10:04'), at('12:00'))).toBe(240);
  });

  it('times a late appointment from arrival', () => {
    expect(waitSeconds(at('10:15'), at('10:00'), at('10:20'), at('12:00'))).toBe(300);
  });

  it('counts no wait for an early appointment seen before its time', () => {
    expect(waitSeconds(at('09:50'), at('10:00'), at('09:55'), at('12:00'))).toBe(0);
  });

  it('runs on against now while the visitor is still waiting', () => {
    expect(waitSeconds(at('09:00'), null, null, at('09:11'))).toBe(660);
  });

  it('is right across midnight and the clock change (real elapsed time)', () => {
    // 25 October 2026: clocks go back at 02:00 BST to 01:00 GMT.
    expect(
      waitSeconds(
        new Date('2026-10-25T00:55:00Z'),
        null,
        new Date('2026-10-25T01:05:00Z'),
        new Date(),
      ),
    ).toBe(600);
    expect(
      waitSeconds(
        new Date('2026-11-23T23:55:00Z'),
        null,
        new Date('2026-11-24T00:04:00Z'),
        new Date(),
      ),
    ).toBe(540);
  });
});
