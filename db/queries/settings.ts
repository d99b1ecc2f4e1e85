import type { Db, Tx } from '../write';

/** Settings a council may change, with the defaults the app ships. */
export const SETTING_DEFAULTS = {
  'council.name': 'Demo Borough Council',
  'security.lockAfterMinutes': 5,
  // NeSDS standard 2: at least 80% of interactions resolved at the first point of contact.
  'targets.fcrPercent': 80,
  'demo.showAccounts': false,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
type SettingValue<K extends SettingKey> = (typeof SETTING_DEFAULTS)[K] extends number
  ? number
  : (typeof SETTING_DEFAULTS)[K] extends boolean
    ? boolean
    : string;

export async function getSetting<K extends SettingKey>(
  db: Db | Tx,
  key: K,
): Promise<SettingValue<K>> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return SETTING_DEFAULTS[key] as SettingValue<K>;
  return JSON.parse(row.value) as SettingValue<K>;
}
