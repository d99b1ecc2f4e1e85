import { OFFLINE_HISTORY_DAYS } from '../../../shared/api/settings';
import type { ReadableDB } from '../../handles';

/** Settings a council may change, and their types. */
export interface Settings {
  'council.name': string;
  /** Which council this is, whatever its name: a council server holds one council, and a PC
   * holding another's records is refused when it joins ('' before it is set). */
  'council.id': string;
  /** The London day the council began using the app (set when it is created; '' when not known):
   * nothing is recorded as happening before it. */
  'council.startedOn': string;
  /** A contact or letter dated more than this many days back needs the adviser to confirm it. */
  'records.confirmOlderThanDays': number;
  /** Days of contacts, visits and closed items a desk joined to a council server keeps (issue 21). */
  'sync.offlineHistoryDays': number;
  'security.lockAfterMinutes': number;
  /** The longest a session lasts whatever the activity (go-live issue, item 5). */
  'security.sessionMaxHours': number;
  'targets.fcrPercent': number;
  'demo.showAccounts': boolean;
  'queue.amberMinutes': number;
  /** When a visitor comes back from hold: keep their place, or join from their return. */
  'queue.holdReturn': 'keep_place' | 'rejoin';
  /** Whose bank holidays count: england-and-wales, scotland or northern-ireland. */
  'calendar.region': 'england-and-wales' | 'scotland' | 'northern-ireland';
  /** Days the council is closed beyond bank holidays (`YYYY-MM-DD`). */
  'calendar.closureDays': string[];
  /** Extra holidays, e.g. a new royal proclamation, without waiting for a release. */
  'calendar.extraHolidays': string[];
  /** The share of completed contacts a quality sample draws by default, in percent. */
  'quality.samplePercent': number;
  /** Years a customer's personal details are kept after their last contact (UK GDPR Art. 5(1)(e)). */
  'retention.customerYears': number;
  /** Years a name given at check-in or booking, with no customer record, is kept after the visit. */
  'retention.visitorNameYears': number;
  /** Years the personal text of a letter, contact, hand-off or complaint with no customer record
   * is kept after it was received (closed ones only). */
  'retention.unlinkedRecordYears': number;
}

/** The defaults the app ships. */
export const SETTING_DEFAULTS: Settings = {
  'council.name': '',
  'council.id': '',
  'council.startedOn': '',
  // A week covers post opened late and a contact logged after a busy day; older is usually a
  // mistyped year or month, so the adviser is asked to confirm it.
  'records.confirmOlderThanDays': 7,
  // About a quarter: the single view's recent history and repeat detection offline, with the
  // rest read from the council server (shared/api/settings.ts OFFLINE_HISTORY_DAYS).
  'sync.offlineHistoryDays': OFFLINE_HISTORY_DAYS.default,
  'security.lockAfterMinutes': 5,
  // A working day: a session signed in at 08:00 ends by 18:00, so a desk left signed in
  // overnight asks for the password again in the morning.
  'security.sessionMaxHours': 10,
  // NeSDS standard 2: at least 80% of interactions resolved at the first point of contact.
  'targets.fcrPercent': 80,
  'demo.showAccounts': false,
  // The board turns amber this long before the face-to-face standard's promise (db/queries/targets.ts).
  'queue.amberMinutes': 8,
  'queue.holdReturn': 'keep_place',
  'calendar.region': 'england-and-wales',
  'calendar.closureDays': [],
  'calendar.extraHolidays': [],
  // NeSDS standard 20 (Excellent): at least 5% of users targeted for quality evaluation.
  'quality.samplePercent': 5,
  // Six years after the last contact: the Limitation Act 1980's six years for a claim, the
  // period most councils' retention schedules give customer case records.
  'retention.customerYears': 6,
  // A name given at the desk only to call the visitor: two years covers a complaint about the visit.
  'retention.visitorNameYears': 2,
  'retention.unlinkedRecordYears': 6,
};

export type SettingKey = keyof Settings;
type SettingValue<K extends SettingKey> = Settings[K];

/**
 * Several settings in one read: each a round trip on the council server's PostgreSQL, where a
 * report reads the calendar's three for every clock it works out.
 */
export async function getSettings<K extends SettingKey>(
  db: ReadableDB,
  keys: readonly K[],
): Promise<{ [P in K]: SettingValue<P> }> {
  const rows = await db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where('key', 'in', keys as readonly string[])
    .execute();
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  return Object.fromEntries(
    keys.map((key) => {
      const value = stored.get(key);
      return [key, value === undefined ? SETTING_DEFAULTS[key] : JSON.parse(value)];
    }),
  ) as { [P in K]: SettingValue<P> };
}

export async function getSetting<K extends SettingKey>(
  db: ReadableDB,
  key: K,
): Promise<SettingValue<K>> {
  return (await getSettings(db, [key]))[key];
}
