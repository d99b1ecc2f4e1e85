// The server's migrations, listed in order (a static provider, as the desk app's db/migrations:
// nothing reads a folder at run time). Each is frozen once landed.
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_council';
import * as m0002 from './0002_numbers';
import * as m0003 from './0003_staff_accounts';
import * as m0005 from './0005_council_identity';
import * as m0006 from './0006_merged_customers';
import * as m0007 from './0007_council_change_notices';
import * as m0008 from './0008_queue_calls';
import * as m0009 from './0009_queue_steps';
import * as m0010 from './0010_records';
import * as m0011 from './0011_record_tallies';
import * as m0012 from './0012_desk_last_seen';
import * as m0013 from './0013_record_survey_index';
import * as m0014 from './0014_records_projected';
import * as m0015 from './0015_record_constraint_indexes';
import * as m0016 from './0016_record_report_covering';

export const SERVER_MIGRATIONS: Record<string, Migration> = {
  '0001_council': m0001,
  '0002_numbers': m0002,
  '0003_staff_accounts': m0003,
  '0005_council_identity': m0005,
  '0006_merged_customers': m0006,
  '0007_council_change_notices': m0007,
  '0008_queue_calls': m0008,
  '0009_queue_steps': m0009,
  '0010_records': m0010,
  '0011_record_tallies': m0011,
  '0012_desk_last_seen': m0012,
  '0013_record_survey_index': m0013,
  '0014_records_projected': m0014,
  '0015_record_constraint_indexes': m0015,
  '0016_record_report_covering': m0016,
};

export class StaticMigrationProvider implements MigrationProvider {
  constructor(private readonly migrations: Record<string, Migration>) {}

  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(this.migrations);
  }
}
