import { useEffect, useState } from 'react';
import type { DuplicatePair, DuplicateSide } from '../../../../shared/api';
import { api } from '../../api/client';
import { formatDay } from '../../format';
import { useAppStore } from '../../store';

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
 * every contact, visit, letter, hand-off, complaint and marker of the other.
 */
export function DuplicatesPanel({ onOpen }: { onOpen: (id: string) => void }) {
  const announce = useAppStore((s) => s.announce);
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [confirm, setConfirm] = useState<{ keep: DuplicateSide; merge: DuplicateSide } | null>(
    null,
  );
  const [message, setMessage] = useState<string | null>(null);

  const load = () =>
    void api.call('customers.duplicates', {}).then((r) => r.ok && setPairs(r.value));
  useEffect(load, []);

  async function merge() {
    if (!confirm) return;
    const result = await api.call('customers.merge', {
      keepId: confirm.keep.id,
      mergeId: confirm.merge.id,
    });
    setConfirm(null);
    if (!result.ok) return setMessage(result.error.message);
    const moved = Object.values(result.value.moved).reduce((a, b) => a + b, 0);
    const words = `Merged into ${confirm.keep.displayName}: ${moved} linked ${moved === 1 ? 'record' : 'records'} moved.`;
    setMessage(words);
    announce(words);
    load();
  }

  return (
    <section className="panel duplicates" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading">Possible duplicate records</h2>
      {message && (
        <p className="confirmation" data-testid="confirmation">
          {message}
        </p>
      )}
      {pairs?.length === 0 && <p>No likely duplicates found.</p>}
      {pairs && pairs.length > 0 && (
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
    </section>
  );
}
