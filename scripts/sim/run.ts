// `npm run sim`: a seeded working day of a council's desks against the real council server on
// a real PostgreSQL (issue 21). Desks record contacts, edit customers, log letters and run the
// queue; they go offline for spells of up to a working day, run on clocks up to ten minutes
// out, lose answers mid-push and mid-pull (as a desk killed or cut off then sees it), and are
// switched off and on. Then all reconnect, and the verdict is taken (compare.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { DATABASE_FILE_NAME } from '../../db/open';
import { NO_STAFF } from '../../shared/sync/wire';
import { openBackend, QUIET } from '../../electron/api/backend';
import { settableClock } from '../../shared/domain/clock';
import { startSimCouncil } from './council';
import { divergedRows, duplicatedChanges, lostSaves, refusedChanges } from './compare';
import { SimDesk } from './desk';
import { Dice } from './dice';
import { doSomething, listsOf } from './operations';

export interface SimOptions {
  desks: number;
  seed: number;
  /** The working day's length (default 8 hours, 09:00 to 17:00). */
  hours?: number;
  /** A PostgreSQL of one's own (an empty database); by default an embedded one. */
  databaseUrl?: string;
}

export interface SimResult {
  desks: number;
  operations: number;
  acknowledged: number;
  onServer: number;
  lost: number;
  duplicated: number;
  diverged: number;
  refused: number;
  seconds: number;
  faults: {
    offlineSpells: number;
    restarts: number;
    lostPushAnswers: number;
    lostPullAnswers: number;
  };
}

const DAY_START = Date.parse('2026-11-23T09:00:00Z');
const TICK_MS = 2 * 60_000;

/** The demo council once, with sessions that outlast the simulated day's pauses. */
export async function councilTemplate(folder: string): Promise<string> {
  const opened = await openBackend({
    dataDir: folder,
    clock: settableClock(new Date(DAY_START - 3_600_000)),
    demo: true,
    backgroundCheckpoints: false,
    ...QUIET,
  });
  await opened.close();
  const file = join(folder, DATABASE_FILE_NAME);
  const sqlite = new SQLite(file);
  const set = sqlite.prepare('insert or replace into settings (key, value) values (?, ?)');
  set.run('security.lockAfterMinutes', '240');
  set.run('security.sessionMaxHours', '24');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  return file;
}

export async function runSimulation(options: SimOptions): Promise<SimResult> {
  const began = performance.now();
  const dice = new Dice(options.seed);
  const council = await startSimCouncil(options.databaseUrl);
  const folder = mkdtempSync(join(tmpdir(), 'council-sim-template-'));
  const desks: SimDesk[] = [];
  const faults = { offlineSpells: 0, restarts: 0, lostPushAnswers: 0, lostPullAnswers: 0 };
  let operations = 0;
  try {
    const template = await councilTemplate(folder);
    const users = ['adviser', 'adviser2', 'teamleader'];
    const serviceDesks = new Map<SimDesk, string | null>();
    for (let i = 0; i < options.desks; i += 1) {
      const skew = dice.int(-600, 600) * 1000;
      const desk = new SimDesk(`Desk ${i + 1}`, skew, users[i % users.length]!, dice, template);
      desks.push(desk);
      await desk.start();
      desk.setTime(DAY_START);
      await desk.enrol(council.url, await council.enrolmentCode('TH'));
      const lists = await listsOf(desk);
      const opened = await desk.save('desks.open', { siteId: lists.oneStopShop, name: desk.name });
      serviceDesks.set(desk, opened?.id ?? null);
      desk.faults.loseAnswer = 0.05;
    }
    const lists = await listsOf(desks[0]!);

    const dayEnd = DAY_START + (options.hours ?? 8) * 3_600_000;
    const offlineUntil = new Map<SimDesk, number>();
    for (let now = DAY_START; now < dayEnd; now += TICK_MS) {
      for (const desk of desks) {
        desk.setTime(now);
        const until = offlineUntil.get(desk);
        if (until !== undefined && now >= until) {
          desk.faults.offline = false;
          offlineUntil.delete(desk);
        } else if (until === undefined && dice.chance(0.004)) {
          desk.faults.offline = true;
          offlineUntil.set(desk, now + dice.int(10, 480) * 60_000);
          faults.offlineSpells += 1;
        }
        if (dice.chance(0.003)) {
          await desk.stop();
          await desk.start();
          faults.restarts += 1;
        }
        if (dice.chance(0.6)) {
          operations += 1;
          await doSomething(desk, dice, lists, serviceDesks.get(desk) ?? null);
        }
        if (dice.chance(0.4)) await desk.sync();
      }
    }

    // Everyone back on the network, answers no longer lost: sync until nothing waits, then
    // twice more so every desk has pulled everything the others sent last.
    for (const desk of desks) {
      desk.faults.offline = false;
      faults.lostPushAnswers += desk.faults.lost.push;
      faults.lostPullAnswers += desk.faults.lost.pull;
      desk.faults.loseAnswer = 0;
    }
    for (let pass = 0; pass < 20; pass += 1) {
      for (const desk of desks) await desk.sync();
      const waiting = await Promise.all(desks.map((d) => d.waiting()));
      if (waiting.every((w) => w === 0)) break;
    }
    for (let pass = 0; pass < 2; pass += 1) for (const desk of desks) await desk.sync();

    // A new PC joining now, with no records of its own, builds its copy from the server
    // alone (the first desk's baseline and every change since): the reference for the rest.
    const late = new SimDesk('Late desk', 0, 'adviser', dice, null);
    await late.start();
    late.setTime(dayEnd);
    await late.joinAsNewPc(council.url, await council.enrolmentCode('TH'));
    await late.sync();

    const acknowledged = desks.reduce((n, d) => n + d.acknowledged.length, 0);
    // Saves made by staff: the first PC's baseline and the server's own re-points are by no
    // member of staff, and are not saves any desk acknowledged.
    const onServer = Number(
      (
        await council.db
          .selectFrom('changes')
          .select((eb) => eb.fn.count('mutation_id').distinct().as('n'))
          .where('staff_id', '!=', NO_STAFF)
          .executeTakeFirstOrThrow()
      ).n,
    );
    const result: SimResult = {
      desks: options.desks,
      operations,
      acknowledged,
      onServer,
      lost: await lostSaves(desks, council.db),
      duplicated: await duplicatedChanges([...desks, late], council.db),
      diverged: divergedRows(desks, late),
      refused: refusedChanges([...desks, late]),
      seconds: Math.round((performance.now() - began) / 100) / 10,
      faults,
    };
    await late.stop();
    late.remove();
    return result;
  } finally {
    for (const desk of desks) {
      await desk.stop().catch(() => undefined);
      desk.remove();
    }
    rmSync(folder, { recursive: true, force: true });
    await council.close();
  }
}
