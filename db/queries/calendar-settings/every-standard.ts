// Every standard the council has set, retired ones too: a hand-off made under a standard
// since retired is still judged by it (electron/reports/hand-off-results.ts).
import type { ServiceStandard } from '../../../shared/time/standards';
import type { ReadableDB } from '../../handles';
import { toServiceStandard } from './standards';

/** Every stored standard, by id, as the working-time engine reads it. */
export async function everyStandard(db: ReadableDB): Promise<Map<string, ServiceStandard>> {
  const rows = await db.selectFrom('service_standards').selectAll().execute();
  return new Map(rows.map((r) => [r.id, toServiceStandard(r)]));
}
