// What the data-protection tests share: reading the database behind the test back end
// (row counts, where a customer's details would be) and unzipping a subject access export.
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import type { Result } from '../../../shared/api';
import { ok, type TestBackend } from '../../../test/support/backend';

export const codeOf = (result: Result<unknown>) => (result.ok ? 'OK' : result.error.code);
export const messageOf = (result: Result<unknown>) => (result.ok ? '' : result.error.message);

/** Helpers reading the back end the test file has open now. */
export function dataProtectionHelpers(backendOf: () => TestBackend) {
  const sqlite = () => backendOf().opened.database!.sqlite;
  const ids = (query: string, ...params: unknown[]) =>
    (
      sqlite()
        .prepare(query)
        .all(...params) as { id: string }[]
    ).map((r) => r.id);

  /** Rows in every table (the search index's own bookkeeping aside): a refusal must change none. */
  function rowCounts(): Record<string, number> {
    const tables = sqlite()
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
         and name not like 'customers_fts_%'`,
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map((t) => [
        t.name,
        sqlite().prepare(`select count(*) from "${t.name}"`).pluck().get() as number,
      ]),
    );
  }

  /** The customer's record and every row about it, as text: where their details would be. */
  const customerText = (id: string) =>
    JSON.stringify([
      sqlite().prepare('select * from customers where id = ?').all(id),
      sqlite()
        .prepare(
          `select before, after from change_log where entity_id in (
             select ? union select id from contacts where customer_id = ?
             union select id from correspondence where customer_id = ?
             union select id from hand_offs where customer_id = ?
             union select id from feedback where customer_id = ?)`,
        )
        .all(id, id, id, id, id),
    ]);

  async function exportOf(id: string) {
    await backendOf().signIn('teamleader');
    const result = await ok(backendOf().call('customers.subjectAccess', { id }));
    const files = unzipSync(Buffer.from(result.zipBase64, 'base64'));
    const text = (name: string) => strFromU8(files[name]!);
    const csvRows = (name: string) =>
      Papa.parse<string[]>(text(name).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    return { result, files, text, csvRows };
  }
  return { sqlite, ids, rowCounts, customerText, exportOf };
}
