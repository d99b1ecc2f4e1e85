import { plural } from '../../../../shared/words';
import { useCallback, useEffect, useState } from 'react';
import type { DuplicateSide, DuplicatesPage } from '../../../../shared/api';
import { callApi } from '../../api/client';
import { formatDateTime, formatDay } from '../../format';
import { useAppStore } from '../../store';

/** Pairs on one page. */
const PAGE_SIZE = 20;
/** While a check runs, the page is read again this often (a read, not a check). */
const WHILE_CHECKING_MS = 5_000;

function describe(side: DuplicateSide): string {
  return [
    side.postcode,
    side.dateOfBirth && `born ${formatDay(side.dateOfBirth)}`,
    side.phone,
    side.email,
    `${side.linkedRecords} linked ${side.linkedRecords === 1 ? 'record' : 'records'}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Records that look like one person, for a team leader to merge: the kept record takes
 * every contact, visit, letter, hand-off, complaint and marker of the other. The pairs are
 * the ones the last duplicate check stored (it runs in the background after start-up and
 * after customer changes), so the panel never waits for a check; "Check now" runs one.
 */
export function DuplicatesPanel({ onOpen }: { onOpen: (id: string) => void }) {
  const announce = useAppStore((s) => s.announce);
  const [page, setPage] = useState<DuplicatesPage | null>(null);
  const [offset, setOffset] = useState(0);
  const [checkingNow, setCheckingNow] = useState(false);
  const [confirm, setConfirm] = useState<{ keep: DuplicateSide; merge: DuplicateSide } | null>(
    null,
  );
  const [message, setMessage] = useState<string | null>(null);

  const load = useCallback(async (from: number) => {
    const result = await callApi('customers.duplicates', { offset: from, limit: PAGE_SIZE });
    if (!result.ok) return setMessage(result.error.message);
    // A merge can empty the last page: step back to the one before.
    if (result.value.pairs.length === 0 && from > 0 && result.value.total > 0) {
      return setOffset(Math.max(0, from - PAGE_SIZE));
    }
    setPage(result.value);
  }, []);
  useEffect(() => void load(offset), [load, offset]);

  // Until the first check has finished, or while one runs, read the page again now and then.
  const waiting = page !== null && (page.checkedAt === null || page.checking);
  useEffect(() => {
    if (!waiting || checkingNow) return;
    const timer = window.setInterval(() => void load(offset), WHILE_CHECKING_MS);
    return () => window.clearInterval(timer);
  }, [waiting, checkingNow, load, offset]);

  async function checkNow() {
    setCheckingNow(true);
    setMessage(null);
    const result = await callApi('customers.checkDuplicates', {});
    setCheckingNow(false);
    if (!result.ok) return setMessage(result.error.message);
    const words = `Check finished: ${plural(result.value.pairs, 'possible duplicate', 'possible duplicates')} among ${plural(result.value.customers, 'record', 'records')}.`;
    setMessage(words);
    announce(words);
    setOffset(0);
    await load(0);
  }

  async function merge() {
    if (!confirm) return;
    const result = await callApi('customers.merge', {
      keepId: confirm.keep.id,
      mergeId: confirm.merge.id,
    });
    setConfirm(null);
    if (!result.ok) return setMessage(result.error.message);
    const moved = Object.values(result.value.moved).reduce((a, b) => a + b, 0);
    const words = `Merged into ${confirm.keep.displayName}: ${moved} linked ${moved === 1 ? 'record' : 'records'} moved.`;
    setMessage(words);
    announce(words);
    await load(offset);
  }

  const pairs = page?.pairs ?? [];
  return (
    <section className="panel duplicates" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">Possible duplicate records</h2>
      {page && (
        <div className="confirmation-row">
          {page.checkedAt === null ? (
            <p role="status">Checking for duplicate records… (first check after start-up)</p>
          ) : (
            <p className="hint" data-testid="duplicates-checked">
              Last checked {formatDateTime(page.checkedAt)}
              {page.checking && ' (checking again now)'}.
            </p>
          )}
          <button type="button" disabled={checkingNow} onClick={() => void checkNow()}>
            {checkingNow ? 'Checking…' : 'Check now'}
          </button>
        </div>
      )}
      {message && (
        <p className="confirmation" data-testid="confirmation">
          {message}
        </p>
      )}
      {page?.checkedAt && page.total === 0 && <p>No likely duplicates found.</p>}
      {pairs.length > 0 && (
        <ul className="duplicate-pairs">
          {pairs.map((p) => (
            <li key={`${p.a.id}-${p.b.id}`} data-testid="duplicate-pair">
              <p>
                <strong>Why:</strong> {p.reasons.join('; ')}
              </p>
              {[
                [p.a, p.b],
                [p.b, p.a],
              ].map(([keep, other]) => (
                <div key={keep!.id} className="duplicate-side">
                  <button type="button" className="link" onClick={() => onOpen(keep!.id)}>
                    {keep!.displayName}
                  </button>{' '}
                  <span className="hint">
                    {describe(keep!)}; created {formatDay(keep!.createdAt.slice(0, 10))}
                  </span>
                  <button type="button" onClick={() => setConfirm({ keep: keep!, merge: other! })}>
                    Keep this record<span className="visually-hidden"> ({keep!.displayName})</span>
                  </button>
                </div>
              ))}
              {confirm &&
                [p.a.id, p.b.id].includes(confirm.keep.id) &&
                [p.a.id, p.b.id].includes(confirm.merge.id) && (
                  <div className="confirm" role="group" aria-label="Confirm the merge">
                    <p>
                      Merge {confirm.merge.displayName} into {confirm.keep.displayName}? Every
                      linked record moves to the kept record. The merge is recorded in the change
                      log.
                    </p>
                    <button type="button" className="primary" onClick={() => void merge()}>
                      Merge the records
                    </button>
                    <button type="button" onClick={() => setConfirm(null)}>
                      Cancel
                    </button>
                  </div>
                )}
            </li>
          ))}
        </ul>
      )}
      {page && page.total > PAGE_SIZE && (
        <nav className="confirmation-row" aria-label="Pages of possible duplicates">
          <button
            type="button"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            Previous page
          </button>
          <span data-testid="duplicates-range">
            {offset + 1}–{offset + pairs.length} of {page.total.toLocaleString('en-GB')}
          </span>
          <button
            type="button"
            disabled={offset + PAGE_SIZE >= page.total}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            Next page
          </button>
        </nav>
      )}
    </section>
  );
}
