// The demo data's complaints, compliments and comments (NeSDS standards 7 and 20) and monthly
// quality samples (standards 19 and 20) on a real back end, on the generated council of
// evidence-fixture.ts; then what the NeSDS evidence report finds in November, and the same
// rows from the same seed.
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawSample } from '../../shared/quality/sampling';
import { addWorkingDays, createWorkingCalendar } from '../../shared/time';
import { londonDateOf, londonDayBounds } from '../../shared/time/london';
import { ok, type TestBackend } from '../../test/support/backend';
import {
  DAY_MS,
  DECEMBER_START,
  generatedCouncil,
  NOVEMBER,
  NOVEMBER_START,
  NOW,
  OPTIONS,
  queries,
} from './evidence-fixture';
import { generateDemoData } from './generate';

const calendar = createWorkingCalendar({ region: 'england-and-wales' });

let backend: TestBackend;
let sqlite: BetterSqlite3.Database;
const { all, value } = queries(() => sqlite);

beforeAll(async () => {
  backend = await generatedCouncil();
  sqlite = backend.opened.database!.sqlite;
  await backend.signIn('teamleader');
});
afterAll(() => backend.close());

describe('complaints, compliments and comments', () => {
  it('logs about one complaint per 400 contacts, compliments half that and comments a quarter', () => {
    const kinds = new Map(
      all<{ kind: string; n: number }>(
        'select kind, count(*) as n from feedback group by kind',
      ).map((r) => [r.kind, r.n]),
    );
    // Expected 50, 25 and 12.5 of 20,000 contacts.
    expect(kinds.get('complaint')).toBeGreaterThanOrEqual(30);
    expect(kinds.get('complaint')).toBeLessThanOrEqual(75);
    expect(kinds.get('compliment')).toBeGreaterThanOrEqual(12);
    expect(kinds.get('compliment')).toBeLessThanOrEqual(42);
    expect(kinds.get('comment')).toBeGreaterThanOrEqual(4);
    expect(kinds.get('comment')).toBeLessThanOrEqual(24);
    const references = all<{ reference: string }>(
      'select reference from feedback order by received_at',
    ).map((r) => r.reference);
    expect(references[0]).toBe('F-2026-000001');
    expect(references.at(-1)).toBe(`F-2026-${String(references.length).padStart(6, '0')}`);
  });

  it('dates stage 1 ten working days on, answers most on time, escalates a few, and leaves only recent ones open', () => {
    const stages = all<{
      stage: string;
      started: string;
      due: string | null;
      replied: string | null;
      status: string;
      received: string;
    }>(`
      select s.stage, s.started_at as started, s.due_at as due, s.responded_at as replied,
        f.status, f.received_at as received
      from complaint_stages s join feedback f on f.id = s.feedback_id`);
    const first = stages.filter((s) => s.stage === 'stage_1');
    expect(first).toHaveLength(value("select count(*) from feedback where kind = 'complaint'"));
    for (const s of first) {
      expect(s.started).toBe(s.received);
      const dueDate = addWorkingDays(calendar, londonDateOf(s.started), 10);
      expect(s.due).toBe(londonDayBounds(dueDate).end.toISOString());
    }
    const answered = first.filter((s) => s.replied);
    const onTime = answered.filter((s) => s.replied! <= s.due!).length / answered.length;
    expect(onTime).toBeGreaterThan(0.7);
    expect(onTime).toBeLessThan(1);
    const second = stages.filter((s) => s.stage === 'stage_2');
    expect(second.length / first.length).toBeLessThan(0.25);
    for (const s of second)
      expect(Date.parse(s.due!) - Date.parse(s.started)).toBeGreaterThan(25 * DAY_MS);
    // Open complaints are the recent ones: stage 1 is answered within 18 working days at most.
    const open = first.filter((s) => !s.replied);
    expect(open.length).toBeGreaterThan(0);
    for (const s of open) expect(Date.parse(NOW) - Date.parse(s.started)).toBeLessThan(28 * DAY_MS);
    const statuses = value(`select count(*) from feedback f where kind = 'complaint' and status <> (
      case when (select responded_at from complaint_stages s where s.feedback_id = f.id
        order by started_at desc limit 1) is null then 'open' else 'closed' end)`);
    expect(statuses).toBe(0);
  });
});

describe('quality checks', () => {
  it('draws one sample for November exactly as the app does: ceil(5%) of its contacts, by adviser and channel', async () => {
    const samples = all<{
      id: string;
      period_from: string;
      period_to: string;
      population: number;
      seed: number;
      fraction: number;
      drawn_at: string;
    }>('select * from quality_samples');
    // October is not in the window and December is not over: November only.
    expect(samples).toHaveLength(1);
    const sample = samples[0]!;
    expect([sample.period_from, sample.period_to, sample.fraction]).toEqual([
      '2026-11-01',
      '2026-11-30',
      0.05,
    ]);
    const population = all<{ contactId: string; staffId: string; channel: string }>(
      `select id as contactId, staff_id as staffId, channel from contacts
       where started_at >= ? and started_at < ?`,
      NOVEMBER_START,
      DECEMBER_START,
    );
    expect(sample.population).toBe(population.length);
    const items = all<{ contact_id: string; staff_id: string; channel: string }>(
      'select contact_id, staff_id, channel from quality_sample_items where sample_id = ? order by position',
      sample.id,
    );
    expect(items).toHaveLength(Math.ceil(population.length / 20));
    expect(items.map((i) => i.contact_id)).toEqual(
      drawSample(population, 0.05, sample.seed).items.map((i) => i.contactId),
    );
    const verified = await ok(backend.call('quality.verify', { id: sample.id }));
    expect(verified).toMatchObject({ same: true, changedSinceDraw: 0 });
    // Drawn on the first working day after November, Tuesday 1 December, in the morning.
    expect(sample.drawn_at.slice(0, 10)).toBe('2026-12-01');
  });

  it('scores about 80% against the checklist over the next week, mostly met, offers often not applicable', async () => {
    const items = all<{
      id: string;
      scored_at: string | null;
      role: string | null;
      drawn_at: string;
      own: number;
    }>(`
      select i.id, i.scored_at, st.role, s.drawn_at, i.scored_by = i.staff_id as own
      from quality_sample_items i
      join quality_samples s on s.id = i.sample_id left join staff st on st.id = i.scored_by`);
    const scored = items.filter((i) => i.scored_at);
    expect(scored.length / items.length).toBeGreaterThan(0.74);
    expect(scored.length / items.length).toBeLessThan(0.86);
    for (const i of scored) {
      expect(i.scored_at! > i.drawn_at).toBe(true);
      expect(i.scored_at! <= '2026-12-09T23:59:59.999Z').toBe(true);
      // The team leader, or the administrator for the leader's own contacts.
      expect(['team_leader', 'administrator']).toContain(i.role);
      expect(i.own).toBe(0);
    }
    expect(scored.some((i) => i.role === 'administrator')).toBe(true);
    expect(value('select count(*) from quality_scores')).toBe(scored.length * 5);
    const byPoint = all<{ item_text: string; met: number; notMet: number; na: number }>(`
      select item_text, avg(result = 'met') as met, avg(result = 'not_met') as notMet,
        avg(result = 'not_applicable') as na
      from quality_scores group by item_text`);
    expect(byPoint).toHaveLength(5);
    for (const p of byPoint)
      expect(p.met).toBeGreaterThan(p.item_text === 'Offered further services' ? 0.4 : 0.75);
    const offered = byPoint.find((p) => p.item_text === 'Offered further services')!;
    expect(offered.na).toBeGreaterThan(0.25);
    expect(byPoint.every((p) => p.notMet > 0)).toBe(true);
    const results = await ok(backend.call('quality.results', NOVEMBER));
    expect(results.council.contactsScored).toBe(scored.length);
    expect(results.council.averageScore).toBeGreaterThan(85);
    expect(results.council.averageScore).toBeLessThan(97);
  });
});

describe('a window that ends with the month', () => {
  it('draws the month after its last contact on the last day, and scores it before "as of"', async () => {
    // "As of" is the end of 30 November: no later working day to draw and score on.
    const copy = await generatedCouncil({
      ...OPTIONS,
      contacts: 3_000,
      customers: 300,
      days: 30,
      end: '2026-11-30',
    });
    const db = copy.opened.database!.sqlite;
    const sample = db.prepare('select id, drawn_at from quality_samples').get() as {
      id: string;
      drawn_at: string;
    };
    const lastRecorded = db
      .prepare('select max(recorded_at) from contacts')
      .pluck()
      .get() as string;
    expect(sample.drawn_at > lastRecorded).toBe(true);
    expect(londonDateOf(sample.drawn_at)).toBe('2026-11-30');
    const scored = db
      .prepare(
        'select scored_at from quality_sample_items where sample_id = ? and scored_at is not null',
      )
      .pluck()
      .all(sample.id) as string[];
    const size = db.prepare('select count(*) from quality_sample_items').pluck().get() as number;
    expect(scored.length / size).toBeGreaterThan(0.7);
    for (const at of scored) {
      expect(at > sample.drawn_at).toBe(true);
      expect(at < DECEMBER_START).toBe(true);
    }
    await copy.close();
  });
});

describe('what the NeSDS evidence report reads', () => {
  it('finds November evidence for standards 4, 7, 17, 19 and 20', async () => {
    const report = await ok(backend.call('nesds.evidence', NOVEMBER));
    const checks = (n: number) => report.standards.find((s) => s.number === n)!.checks;
    const metText = (n: number) =>
      checks(n)
        .filter((c) => c.met === true)
        .map((c) => c.text);
    expect(metText(4).join()).toMatch(/further services offered/);
    expect(metText(7).join()).toMatch(/complaints? logged through one point/);
    expect(metText(17).join()).toMatch(/exit surveys answered .* in 1 of 1 month/);
    expect(metText(17).join()).toMatch(/segmented across \d customer groups/);
    expect(metText(19).join()).toMatch(/contacts scored, covering every channel used/);
    expect(metText(19).join()).toMatch(/used in 1 of 1 month/);
    // Surveys (12% of inbound) and the 5% sample together: well over the 5% asked for.
    expect(metText(20).join()).toMatch(/surveyed or sampled for quality evaluation/);
  });

  it('keeps every foreign key, and writes no change-log rows for the generated records', () => {
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const logged = value(`select count(*) from change_log where entity in
      ('satisfaction_surveys', 'contact_offers', 'feedback', 'complaint_stages',
       'quality_samples', 'quality_sample_items', 'quality_scores')`);
    expect(logged).toBe(0);
  });
});

describe('the same seed', () => {
  it('gives the same surveys, offers, complaints and sample; another seed other ones', async () => {
    const dump = async (seed: number) => {
      const copy = await generatedCouncil({ ...OPTIONS, contacts: 4_000, customers: 400, seed });
      const rows = [
        'satisfaction_surveys',
        'contact_offers',
        'feedback',
        'complaint_stages',
        'quality_samples',
        'quality_sample_items',
        'quality_scores',
      ].map((t) => copy.opened.database!.sqlite.prepare(`select * from ${t} order by id`).all());
      await copy.close();
      return rows;
    };
    const first = await dump(3);
    expect(first.every((rows) => rows.length > 0)).toBe(true);
    expect(await dump(3)).toEqual(first);
    expect(await dump(4)).not.toEqual(first);
  });
});

describe('appending to a month that already has contacts', () => {
  it('draws the month from all its contacts, so the sample still reproduces', async () => {
    const copy = await generatedCouncil({ ...OPTIONS, contacts: 2_000, customers: 200 });
    await generateDemoData(copy.opened.database!.sqlite, {
      ...OPTIONS,
      contacts: 1_000,
      customers: 100,
      seed: 12,
      append: true,
      now: new Date(NOW),
    });
    const db = copy.opened.database!.sqlite;
    // The first run's sample saw only its own contacts; the second's sees both runs'.
    const samples = db
      .prepare('select id, population from quality_samples order by population')
      .all() as { id: string; population: number }[];
    expect(samples).toHaveLength(2);
    const latest = samples[1]!;
    const november = db
      .prepare('select count(*) from contacts where started_at >= ? and started_at < ?')
      .pluck()
      .get(NOVEMBER_START, DECEMBER_START) as number;
    expect(latest.population).toBe(november);
    await copy.signIn('teamleader');
    expect(await ok(copy.call('quality.verify', { id: latest.id }))).toMatchObject({ same: true });
    await copy.close();
  });
});
