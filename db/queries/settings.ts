import type { Db, Tx } from '../write';

/** Settings a council may change, and their types. */
export interface Settings {
  'council.name': string;
  'security.lockAfterMinutes': number;
  /** The longest a session lasts whatever the activity (go-live issue, item 5). */
  'security.sessionMaxHours': number;
  'targets.fcrPercent': number;
  'demo.showAccounts': boolean;
  'queue.waitLimitMinutes': number;
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
}

/** The defaults the app ships. */
export const SETTING_DEFAULTS: Settings = {
  'council.name': '',
  'security.lockAfterMinutes': 5,
  // A working day: a session signed in at 08:00 ends by 18:00, so a desk left signed in
  // overnight asks for the password again in the morning.
  'security.sessionMaxHours': 10,
  // NeSDS standard 2: at least 80% of interactions resolved at the first point of contact.
  'targets.fcrPercent': 80,
  'demo.showAccounts': false,
  // Halton standards: see visitors within 10 minutes; the board turns amber before that.
  'queue.waitLimitMinutes': 10,
  'queue.amberMinutes': 8,
  'queue.holdReturn': 'keep_place',
  'calendar.region': 'england-and-wales',
  'calendar.closureDays': [],
  'calendar.extraHolidays': [],
  // NeSDS standard 20 (Excellent): at least 5% of users targeted for quality evaluation.
  'quality.samplePercent': 5,
};

export type SettingKey = keyof Settings;
type SettingValue<K extends SettingKey> = Settings[K];

export async function getSetting<K extends SettingKey>(
  db: Db | Tx,
  key: K,
): Promise<SettingValue<K>> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return SETTING_DEFAULTS[key];
  return JSON.parse(row.value) as SettingValue<K>;
}
