// The demo data's exit surveys and proactive offers (NeSDS standards 17 and 4) on a real
// back end, on the generated council of evidence-fixture.ts.
import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, type TestBackend } from '../../test/support/backend';
import {
  DAY_MS,
  DECEMBER_START,
  generatedCouncil,
  NOVEMBER,
  NOVEMBER_START,
  NOW,
  queries,
} from './evidence-fixture';

let backend: TestBackend;
let sqlite: BetterSqlite3.Database;
const { all, value } = queries(() => sqlite);

beforeAll(async () => {
  backend = await generatedCouncil();
  sqlite = backend.opened.database!.sqlite;
  await backend.signIn('teamleader');
});
afterAll(() => backend.close());

describe('exit surveys', () => {
  const inbound = () => value("select count(*) from contacts where direction = 'inbound'");

  it('asks about 8% of inbound contacts there and then, by phone or at the desk', () => {
    const asked = value("select count(*) from satisfaction_surveys where method = 'asked'");
    expect(asked / inbound()).toBeGreaterThan(0.07);
    expect(asked / inbound()).toBeLessThan(0.09);
    const wrong = value(`
      select count(*) from satisfaction_surveys s join contacts c on c.id = s.contact_id
      where s.method = 'asked' and (c.channel not in ('telephone', 'face_to_face')
        or c.direction <> 'inbound' or s.responded_at <> c.ended_at or s.recorded_at < c.recorded_at)`);
    expect(wrong).toBe(0);
  });

  it('sends about 4%, by a way that suits the channel, and about a third come back in 1-10 days', () => {
    const sent = all<{
      channel: string;
      via: string;
      sent: string;
      replied: string | null;
      recorded: string;
    }>(`
      select c.channel, s.sent_via as via, s.sent_at as sent, s.responded_at as replied,
        c.recorded_at as recorded
      from satisfaction_surveys s join contacts c on c.id = s.contact_id where s.method = 'sent'`);
    expect(sent.length / inbound()).toBeGreaterThan(0.033);
    expect(sent.length / inbound()).toBeLessThan(0.047);
    const vias = (channel: string) =>
      new Set(sent.filter((s) => s.channel === channel).map((s) => s.via));
    expect(vias('email')).toEqual(new Set(['email']));
    expect(vias('sms')).toEqual(new Set(['sms']));
    expect(vias('telephone')).toEqual(new Set(['sms', 'email', 'telephone']));
    expect(vias('letter').has('sms')).toBe(false);
    for (const s of sent) {
      const after = Date.parse(s.sent) - Date.parse(s.recorded);
      expect(after, 'sent shortly after the contact was saved').toBeGreaterThanOrEqual(0);
      expect(after).toBeLessThanOrEqual(5 * 60_000);
      if (!s.replied) continue;
      const days = (Date.parse(s.replied) - Date.parse(s.sent)) / DAY_MS;
      expect(days).toBeGreaterThan(0.4);
      expect(days).toBeLessThan(16); // ten working days for a letter, over a weekend or two
      expect(s.replied <= NOW.replace('Z', '.000Z')).toBe(true);
    }
    // Only surveys sent more than 16 days before "as of" have had every chance to come back.
    const settled = sent.filter((s) => Date.parse(NOW) - Date.parse(s.sent) > 16 * DAY_MS);
    const replied = settled.filter((s) => s.replied).length / settled.length;
    expect(replied).toBeGreaterThan(0.29);
    expect(replied).toBeLessThan(0.41);
    // The latest are still awaited, as the Satisfaction surveys screen lists them.
    const recent = sent.filter((s) => Date.parse(NOW) - Date.parse(s.sent) < DAY_MS);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.every((s) => s.replied === null)).toBe(true);
  });

  it('rates mostly 4 or 5, lower when the contact was not resolved, with "done more" and comments to match', () => {
    const share = (where: string) =>
      value(`select avg(${where}) from satisfaction_surveys where rating is not null`);
    expect(share('rating = 5')).toBeGreaterThan(0.4);
    expect(share('rating = 5')).toBeLessThan(0.5);
    expect(share('rating = 4')).toBeGreaterThan(0.26);
    expect(share('rating = 4')).toBeLessThan(0.34);
    expect(share('rating <= 2')).toBeGreaterThan(0.09);
    expect(share('rating <= 2')).toBeLessThan(0.17);
    expect(share("comment <> ''")).toBeGreaterThan(0.12);
    expect(share("comment <> ''")).toBeLessThan(0.18);
    const average = (resolved: boolean) =>
      value(`select avg(s.rating) from satisfaction_surveys s join contacts c on c.id = s.contact_id
        where s.rating is not null and (c.outcome = 'resolved') = ${resolved ? 1 : 0}`);
    expect(average(true) - average(false)).toBeGreaterThan(0.4);
    const yes = (ratings: string) =>
      value(
        `select avg(could_have_done_more = 'yes') from satisfaction_surveys where rating in (${ratings})`,
      );
    expect(share("could_have_done_more = 'no'")).toBeGreaterThan(0.65);
    expect(yes('1, 2')).toBeGreaterThan(0.5);
    expect(yes('4, 5')).toBeLessThan(0.1);
  });

  it('shows November on the Satisfaction surveys screen across the customer groups', async () => {
    const figures = await ok(backend.call('surveys.figures', NOVEMBER));
    expect(figures.overall.responses).toBe(
      value(
        `select count(*) from satisfaction_surveys s join contacts c on c.id = s.contact_id
        where s.rating is not null and c.started_at >= ? and c.started_at < ?`,
        NOVEMBER_START,
        DECEMBER_START,
      ),
    );
    expect(figures.overall.averageRating).toBeGreaterThan(3.8);
    expect(figures.overall.averageRating).toBeLessThan(4.4);
    const groups = figures.byCustomerType.filter((g) => g.responses > 0).map((g) => g.label);
    expect(groups).toEqual(expect.arrayContaining(['Citizen', 'Business', 'Anonymous']));
  });
});

describe('proactive offers', () => {
  it('makes each offer of a service about 60% of the time, about 40% accepted, in the rule’s words', () => {
    const pairs = value(`
      select count(*) from contacts c join offer_rules r on r.trigger_service_id = c.service_id
      where c.direction = 'inbound' and r.active = 1`);
    const made = value('select count(*) from contact_offers');
    expect(pairs).toBeGreaterThan(2_000);
    expect(made / pairs).toBeGreaterThan(0.56);
    expect(made / pairs).toBeLessThan(0.64);
    const accepted = value("select avg(response = 'accepted') from contact_offers");
    expect(accepted).toBeGreaterThan(0.36);
    expect(accepted).toBeLessThan(0.44);
    const stray = value(`
      select count(*) from contact_offers o join contacts c on c.id = o.contact_id
      join offer_rules r on r.id = o.rule_id
      where r.trigger_service_id <> c.service_id or o.offer <> r.offer or c.direction <> 'inbound'`);
    expect(stray).toBe(0);
  });
});
