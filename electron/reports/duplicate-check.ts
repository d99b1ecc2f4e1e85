// The duplicate check, run by the reports worker so no desk waits for it (issue 19: on the
// main thread it held every search for 28 s at 12,000 customers). The register comes grouped
// by date of birth, postcode, phone and email (db/queries/customers/duplicate-blocks.ts); within a
// birthday or postcode group only records whose last names sound alike are compared, so the
// work grows with the size of the groups, not with the square of the register. Each pair
// found gets every reason that holds (shared/domain/duplicate-reasons.ts) and the list is
// stored best first for the team leader's panel to page through.
import type SQLite from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';
import type { DuplicateCheckSummary } from '../../shared/api/customers';
import {
  NameParts,
  lastNameKey,
  nameAgreement,
  prepareName,
  reasonFor,
  verdictOf,
  type PreparedName,
  type Reason,
} from '../../shared/domain/duplicate-reasons';
import {
  changeLogMark,
  comparableCustomers,
  contactGroups,
  nameGroups,
} from '../../db/queries/customers/duplicate-blocks';
import { inOneSnapshot } from '../../db/queries/customers/duplicate-connection';
import { saveDuplicateCheck } from '../../db/queries/customers/duplicate-store';

/** Work this long at a time, then let the worker answer any report waiting. */
const SLICE_MS = 20;

function* pairsWithin<T>(members: T[]) {
  for (let i = 0; i < members.length; i += 1) {
    for (let j = i + 1; j < members.length; j += 1) yield [members[i]!, members[j]!] as const;
  }
}

/** Within a birthday or postcode group, only records whose last names sound alike. */
function* alikeLastNames(members: PreparedName[]) {
  const byLastName = new Map<string, PreparedName[]>();
  for (const member of members) {
    const key = lastNameKey(member);
    if (key === null) continue;
    const same = byLastName.get(key);
    if (same) same.push(member);
    else byLastName.set(key, [member]);
  }
  for (const same of byLastName.values()) if (same.length > 1) yield* pairsWithin(same);
}

/** Finds every likely duplicate pair in the register as it is now, and stores them. */
export async function runDuplicateCheck(
  connection: SQLite.Database,
  now: Date,
): Promise<DuplicateCheckSummary> {
  const started = performance.now();
  let sliceStarted = started;
  const pause = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    sliceStarted = performance.now();
  };
  const breathe = () => (performance.now() - sliceStarted > SLICE_MS ? pause() : undefined);
  // Each kind of group adds at most one reason to a pair: their sum is every reason that holds.
  const pairs = new Map<string, { a: string; b: string; reasons: Reason[] }>();
  const note = (x: string, y: string, reason: Reason) => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a} ${b}`;
    const pair = pairs.get(key);
    if (pair) pair.reasons.push(reason);
    else pairs.set(key, { a, b, reasons: [reason] });
  };
  const names = new NameParts();
  const { customers, changeMark } = await inOneSnapshot(connection, async () => {
    const mark = changeLogMark(connection);
    const comparable = comparableCustomers(connection);
    for (const shared of ['date_of_birth', 'postcode'] as const) {
      for (const group of nameGroups(connection, shared)) {
        const members = group.map(([id, first, last]) => prepareName(id, first, last, names));
        for (const [x, y] of alikeLastNames(members)) {
          const reason = reasonFor(shared, nameAgreement(x, y));
          if (reason) note(x.id, y.id, reason);
        }
        await breathe();
      }
    }
    for (const shared of ['phone', 'email'] as const) {
      const reason = reasonFor(shared, null)!;
      for (const ids of contactGroups(connection, shared)) {
        for (const [x, y] of pairsWithin(ids)) note(x, y, reason);
        await breathe();
      }
    }
    return { customers: comparable, changeMark: mark };
  });
  const found = [...pairs.values()].map(({ a, b, reasons }) => ({ a, b, ...verdictOf(reasons) }));
  pairs.clear();
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  found.sort((x, y) => y.score - x.score || order(x.a, y.a) || order(x.b, y.b));
  const checkedAt = now.toISOString();
  const tookMs = await saveDuplicateCheck(
    connection,
    { id: uuidv7(), checkedAt, startedAt: started, customers, changeMark },
    found,
    pause,
  );
  return { checkedAt, customers, pairs: found.length, tookMs };
}
