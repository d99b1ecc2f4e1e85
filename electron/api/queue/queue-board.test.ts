// Issue 19, "Figures that mislead", on the live board: desks open but nobody at them, "all
// seen within 10 minutes" beside a visitor past it, and a longest wait that fell when its
// visitor gave up. Reception (Ben, at the Town Hall) and the adviser at Desk 1 (Amina) each
// have their own session, through dispatch against the demo council; figures by hand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf, MethodName, OutputOf, Result } from '../../../shared/api';
import {
  createTestBackend,
  ok,
  referenceIds,
  type TestBackend,
} from '../../../test/support/backend';
import { dispatch } from '../dispatch';

type Caller = <K extends MethodName>(method: K, input: InputOf<K>) => Promise<Result<OutputOf<K>>>;

let backend: TestBackend;
let ids: Awaited<ReturnType<typeof referenceIds>>;
let townHall: string;
/** Amina Khan, the adviser at Desk 1, on her own screen. */
let amina: Caller;

async function signedIn(username: string): Promise<Caller> {
  let token: string | null = null;
  const call: Caller = async (method, input) => {
    const response = await dispatch(backend.opened.backend, { method, input, token });
    if (response.token !== undefined) token = response.token;
    return response.result as never;
  };
  await ok(call('auth.signIn', { username, password: 'demo1234', siteId: townHall }));
  return call;
}

beforeEach(async () => {
  backend = await createTestBackend('2026-11-23T09:00:00Z'); // Monday 09:00 London (GMT)
  backend.setSetting('security.lockAfterMinutes', 15);
  const options = await ok(backend.call('auth.signInOptions', {}));
  townHall = options.sites.find((s) => s.name === 'Town Hall One Stop Shop')!.id;
  // Reception: Ben Hughes, at the Town Hall today.
  await ok(
    backend.call('auth.signIn', { username: 'adviser2', password: 'demo1234', siteId: townHall }),
  );
  ids = await referenceIds(backend);
  amina = await signedIn('adviser');
});
afterEach(async () => {
  await backend.close();
});

const minutes = (n: number) => backend.clock.advance(n * 60_000);
const checkIn = (customerName: string) =>
  ok(backend.call('queue.checkIn', { serviceId: ids.councilTax, customerName }));
const board = () => ok(backend.call('queue.board', {}));
const deskOne = async () => (await board()).desks.find((d) => d.name === 'Desk 1')!;

describe('desks open and the estimate follow the person at the desk', () => {
  it('counts a desk whose adviser signed out mid-visit as open but not staffed', async () => {
    await checkIn('Ann'); // 09:00
    minutes(1);
    await checkIn('Bob'); // 09:01
    const desk = await ok(amina('desks.open', { name: 'Desk 1' }));
    // 2 waiting / 1 staffed desk x 10 min (no service finished yet, the default) = 20 min.
    expect(await board()).toMatchObject({ staffedDesks: 1, estimatedWaitMinutes: 20 });
    minutes(2); // 09:03: Ann called and being seen
    const ann = await ok(amina('queue.callNext', { deskId: desk.id }));
    await ok(amina('queue.act', { visitId: ann.id, action: 'start', deskId: desk.id }));
    minutes(2); // 09:05: Amina signs out with Ann still at her desk
    await ok(amina('auth.signOut', {}));

    const after = await board();
    // Before issue 19: desks open 1, and 1 waiting / 1 open desk x 10 min = "about 10 min".
    expect(after.desks.map((d) => [d.name, d.isOpen, d.presence, d.current?.ticket])).toEqual([
      ['Desk 1', true, 'signed_out', 'A001'], // left open: closing it would strand Ann
    ]);
    expect(after).toMatchObject({ staffedDesks: 0, estimatedWaitMinutes: null });
    expect(after.waiting.map((v) => [v.ticket, v.waitSeconds])).toEqual([['A002', 4 * 60]]);
  });

  it('closes the desk of an adviser who signs out with nobody at it, in her name', async () => {
    await checkIn('Ann');
    const desk = await ok(amina('desks.open', { name: 'Desk 1' }));
    minutes(12); // 09:12: Amina goes home, leaving Ann waiting
    await ok(amina('auth.signOut', {}));

    const after = await board();
    expect(after.desks.map((d) => [d.name, d.isOpen, d.presence])).toEqual([
      ['Desk 1', false, null],
    ]);
    expect(after).toMatchObject({ staffedDesks: 0, estimatedWaitMinutes: null });
    const log = backend.opened
      .database!.sqlite.prepare(
        `select s.username, l.at, l.before, l.after from change_log l join staff s on s.id = l.staff_id
         where l.entity = 'desks' and l.entity_id = ? order by l.at desc limit 1`,
      )
      .get(desk.id) as { username: string; at: string; before: string; after: string };
    expect(log.username).toBe('adviser');
    expect(log.at).toBe('2026-11-23T09:12:00.000Z');
    expect(JSON.parse(log.after)).toEqual({ is_open: 0, staff_id: null });
  });

  it('leaves the desk open while the adviser is still signed in at another window', async () => {
    await ok(amina('desks.open', { name: 'Desk 1' }));
    const secondWindow = await signedIn('adviser');
    await ok(secondWindow('auth.signOut', {}));
    expect(await deskOne()).toMatchObject({ isOpen: true, presence: 'present' });
  });

  it('stops counting a desk while its screen is locked, and again once unlocked', async () => {
    await checkIn('Ann');
    await checkIn('Bob');
    await checkIn('Cat');
    await ok(amina('desks.open', { name: 'Desk 1' }));
    const carys = await signedIn('teamleader');
    await ok(carys('desks.open', { name: 'Desk 2' }));
    // 3 waiting / 2 staffed desks x 10 min = 15 min.
    expect(await board()).toMatchObject({ staffedDesks: 2, estimatedWaitMinutes: 15 });

    await ok(carys('auth.lock', {}));
    const locked = await board();
    expect(locked.desks.map((d) => [d.name, d.presence])).toEqual([
      ['Desk 1', 'present'],
      ['Desk 2', 'locked'],
    ]);
    // 3 waiting / 1 staffed desk x 10 min = 30 min (before issue 19: 15 min, over 2 open).
    expect(locked).toMatchObject({ staffedDesks: 1, estimatedWaitMinutes: 30 });

    await ok(carys('auth.unlock', { password: 'demo1234' }));
    expect(await board()).toMatchObject({ staffedDesks: 2, estimatedWaitMinutes: 15 });
  });

  it('takes a desk as unstaffed once its adviser is idle past the council’s lock time', async () => {
    await checkIn('Ann');
    await ok(amina('desks.open', { name: 'Desk 1' })); // Amina's last activity: 09:00
    minutes(15); // 09:15, exactly the 15-minute lock time: still at her desk
    expect(await deskOne()).toMatchObject({ presence: 'present' });
    expect((await board()).estimatedWaitMinutes).toBe(10); // 1 waiting / 1 desk x 10 min
    backend.clock.advance(1_000); // 09:15:01: idle, though reception's board keeps polling
    expect(await deskOne()).toMatchObject({ presence: 'idle' });
    expect(await board()).toMatchObject({ staffedDesks: 0, estimatedWaitMinutes: null });
    // Her screen's next call finds the session locked, and the board says so.
    const refused = await amina('queue.board', {});
    expect(!refused.ok && refused.error.code).toBe('LOCKED');
    expect(await deskOne()).toMatchObject({ presence: 'locked' });
  });

  it('counts the desk of a session past its working day as signed out', async () => {
    backend.setSetting('security.sessionMaxHours', 1); // Amina's session ends at 10:00
    await ok(amina('desks.open', { name: 'Desk 1' }));
    for (let beat = 1; beat <= 5; beat += 1) {
      minutes(10); // busy all hour: 09:10 to 09:50
      await ok(amina('auth.heartbeat', {}));
    }
    await ok(
      backend.call('auth.signIn', { username: 'adviser2', password: 'demo1234', siteId: townHall }),
    ); // reception, signed in afresh at 09:50
    minutes(9); // 09:59
    expect(await deskOne()).toMatchObject({ presence: 'present' });
    minutes(1); // 10:00: her hour is up, whatever her activity
    expect(await deskOne()).toMatchObject({ isOpen: true, presence: 'signed_out' });
  });
});

describe('the live figures count those still waiting', () => {
  it('does not call the day all within 10 minutes while someone still waiting is past it, and keeps the longest wait of a visitor who gave up', async () => {
    const desk = await ok(amina('desks.open', { name: 'Desk 1' }));
    await checkIn('Ann'); // 09:00
    minutes(1);
    const bob = await checkIn('Bob'); // 09:01
    minutes(1);
    await checkIn('Cat'); // 09:02
    minutes(2); // 09:04: Ann seen after 4 min
    const ann = await ok(amina('queue.callNext', { deskId: desk.id }));
    await ok(amina('queue.act', { visitId: ann.id, action: 'start', deskId: desk.id }));

    minutes(8); // 09:12: Bob 11 min, Cat 10 min exactly (still within)
    let today = (await board()).today;
    expect(today).toMatchObject({
      seen: 1,
      seenWithinLimit: 1, // all seen were seen within 10 min...
      waitingOverLimit: 1, // ...but Bob, still waiting, is past it
      longestEndedWaitSeconds: 4 * 60, // Ann
      longestWaitingNowSeconds: 11 * 60, // Bob
    });
    expect(today.byService.map((g) => [g.name, g.figures.waitingOverLimit])).toEqual([
      ['Council Tax', 1],
    ]);

    minutes(1); // 09:13: Bob gives up after 12 min; Cat is at 11 min
    await ok(backend.call('queue.act', { visitId: bob.id, action: 'left' }));
    today = (await board()).today;
    // The reports' reading still falls, 12 min to 11: seen or waiting, not those who left.
    expect(today.longestWaitSeconds).toBe(11 * 60);
    expect(today).toMatchObject({
      longestEndedWaitSeconds: 12 * 60, // Bob's 12 minutes stay in the day's figure
      longestEndedWaitLeft: true,
      longestWaitingNowSeconds: 11 * 60, // Cat
      waitingOverLimit: 1,
      leftWithoutBeingSeen: 1,
    });
  });
});
