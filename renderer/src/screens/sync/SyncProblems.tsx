// The sync problems list (issue 21, "nothing is ever dropped silently"): every change the
// council server refused, and every change from another desk that could not be applied here,
// with the reason and what to do. A team leader marks one dealt with once it is sorted.
import { useCallback, useEffect, useState } from 'react';
import type { SyncProblem } from '../../../../shared/api/sync';
import { callApi, listen } from '../../api/client';
import { formatDateTime } from '../../format';
import { useAppStore } from '../../store';
import { plural } from '../../../../shared/words';
import './sync.css';

export function SyncProblems() {
  const role = useAppStore((s) => s.session?.staff.role);
  const announce = useAppStore((s) => s.announce);
  const isLeader = role === 'administrator' || role === 'team_leader';
  const [problems, setProblems] = useState<SyncProblem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const load = useCallback(() => {
    void callApi('sync.problems', {}).then((r) => {
      if (r.ok) setProblems(r.value);
      else setError(r.error.message);
    });
  }, []);
  useEffect(() => {
    load();
    return listen('sync.changed', load);
  }, [load]);
  // The cursor follows the question, so a keyboard user answers it straight away.
  useEffect(() => {
    if (confirming) document.getElementById('sync-problem-confirm')?.focus();
  }, [confirming]);

  function keep(id: string) {
    setConfirming(null);
    window.setTimeout(() => document.getElementById(`sync-problem-${id}`)?.focus());
  }

  async function markDealtWith(problem: SyncProblem) {
    setConfirming(null);
    const result = await callApi('sync.resolveProblem', { id: problem.id });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    announce(`The problem with ${problem.what} is marked dealt with.`);
    // The list's heading takes the cursor: the row and its buttons are gone.
    document.getElementById('sync-problems-title')?.focus();
    load();
  }

  return (
    <div className="sync-problems">
      <h1 id="sync-problems-title" tabIndex={-1}>
        Sync problems
      </h1>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {!problems ? (
        <p aria-busy="true">Loading sync problems…</p>
      ) : problems.length === 0 ? (
        <p data-testid="no-sync-problems">
          No sync problems: everything made on this desk has reached the council server.
        </p>
      ) : (
        <>
          <p>
            {plural(problems.length, 'change')} could not be synced. Each stays here until it goes
            through or a team leader marks it dealt with; nothing is dropped.
          </p>
          <table className="data-table sync-problems-table">
            <caption className="visually-hidden">Open sync problems, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Reason</th>
                <th scope="col">What to do</th>
                <th scope="col">Staff</th>
                <th scope="col">First seen</th>
                <th scope="col">Last seen</th>
                {isLeader && <th scope="col">Action</th>}
              </tr>
            </thead>
            <tbody>
              {problems.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    {p.direction === 'push' ? 'Made here: ' : 'From another desk: '}
                    {p.what}
                  </th>
                  <td>{p.reason}</td>
                  <td>{p.whatToDo}</td>
                  <td>{p.staffName ?? 'Not recorded'}</td>
                  <td>{formatDateTime(p.firstSeenAt)}</td>
                  <td>{formatDateTime(p.lastSeenAt)}</td>
                  {isLeader && (
                    <td>
                      {confirming === p.id ? (
                        <span className="confirmation-row">
                          Take it off the list?{' '}
                          <button
                            type="button"
                            id="sync-problem-confirm"
                            onClick={() => void markDealtWith(p)}
                          >
                            Yes, mark it dealt with
                          </button>{' '}
                          <button type="button" onClick={() => keep(p.id)}>
                            Keep it
                          </button>
                        </span>
                      ) : (
                        <button
                          type="button"
                          id={`sync-problem-${p.id}`}
                          onClick={() => setConfirming(p.id)}
                          aria-label={`Mark dealt with: ${p.what}, first seen ${formatDateTime(p.firstSeenAt)}`}
                        >
                          Mark dealt with
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
