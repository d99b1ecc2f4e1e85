// A static provider: Kysely's FileMigrationProvider reads a folder at run time, which breaks
// once the app is bundled. Each migration is listed here, in order, and frozen once landed.
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_queue';
import * as m0003 from './0003_correspondence';
import * as m0004 from './0004_standards';
import * as m0005 from './0005_customer_search';
import * as m0006 from './0006_handoffs_feedback_offers';
import * as m0007 from './0007_calls_and_stats';
import * as m0008 from './0008_contact_tallies';
import * as m0009 from './0009_call_imports';
import * as m0010 from './0010_satisfaction_and_quality';
import * as m0011 from './0011_quality_sample_contact_index';
import * as m0012 from './0012_sign_in_protection';
import * as m0013 from './0013_staff_administration';
import * as m0014 from './0014_reference_administration';
import * as m0015 from './0015_data_protection';
import * as m0016 from './0016_access_log';
import * as m0017 from './0017_access_rules';
import * as m0018 from './0018_display_role';
import * as m0019 from './0019_duplicate_candidates';
import * as m0020 from './0020_switch_hours';
import * as m0021 from './0021_void_contacts';
import * as m0022 from './0022_mutations';
import * as m0023 from './0023_drafts';
import * as m0024 from './0024_sync_desk';
import * as m0025 from './0025_desk_site_code';
import * as m0026 from './0026_display_keys';
import * as m0027 from './0027_desk_presence';
import * as m0028 from './0028_offline_profile_trim';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_queue': m0002,
  '0003_correspondence': m0003,
  '0004_standards': m0004,
  '0005_customer_search': m0005,
  '0006_handoffs_feedback_offers': m0006,
  '0007_calls_and_stats': m0007,
  '0008_contact_tallies': m0008,
  '0009_call_imports': m0009,
  '0010_satisfaction_and_quality': m0010,
  '0011_quality_sample_contact_index': m0011,
  '0012_sign_in_protection': m0012,
  '0013_staff_administration': m0013,
  '0014_reference_administration': m0014,
  '0015_data_protection': m0015,
  '0016_access_log': m0016,
  '0017_access_rules': m0017,
  '0018_display_role': m0018,
  '0019_duplicate_candidates': m0019,
  '0020_switch_hours': m0020,
  '0021_void_contacts': m0021,
  '0022_mutations': m0022,
  '0023_drafts': m0023,
  '0024_sync_desk': m0024,
  '0025_desk_site_code': m0025,
  '0026_display_keys': m0026,
  '0027_desk_presence': m0027,
  '0028_offline_profile_trim': m0028,
};

export const LATEST_MIGRATION = Object.keys(MIGRATIONS).at(-1)!;

export class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration> = MIGRATIONS) {}

  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(this.migrations);
  }
}
