// The council's change version (migration 0001): how far the council's change log has got.
import type { ServerDb } from './connect';

/** Read from PostgreSQL each time: another instance may have moved it since. */
export async function readCouncilVersion(db: ServerDb): Promise<bigint> {
  const row = await db.selectFrom('council_version').select('version').executeTakeFirstOrThrow();
  return BigInt(row.version);
}
