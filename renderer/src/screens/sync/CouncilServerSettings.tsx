// Settings' "Council server" section (issue 21, desk enrolment): a single desk says its records
// stay on this PC and lets an administrator join it to the council server with a one-time
// code; a joined desk says where it syncs to, how that is going, and can sync now.
import { useState, type FormEvent } from 'react';
import type { SyncStatus } from '../../../../shared/api/sync';
import { callApi } from '../../api/client';
import { ErrorSummary, problemsOf, type FieldProblem } from '../../components/ErrorSummary';
import { EnrolFields } from './EnrolFields';
import { textOf } from '../../form-data';
import { formatDateTime } from '../../format';
import { useAppStore } from '../../store';
import { plural } from '../../../../shared/words';
import { onlineWords, sinceWords } from './sync-words';
import { useSyncStatus } from './useSyncStatus';
import './sync.css';

export function CouncilServerSettings() {
  const { status, setStatus } = useSyncStatus();
  return (
    <section className="panel" aria-labelledby="council-server-title">
      <h2 id="council-server-title">Council server</h2>
      {!status ? (
        <p aria-busy="true">Reading this desk’s sync…</p>
      ) : status.mode === 'single' ? (
        <SingleDesk onJoined={setStatus} />
      ) : (
        <JoinedDesk status={status} onSynced={setStatus} />
      )}
    </section>
  );
}

function SingleDesk({ onJoined }: { onJoined: (status: SyncStatus) => void }) {
  const isAdmin = useAppStore((s) => s.session?.staff.role === 'administrator');
  const announce = useAppStore((s) => s.announce);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const result = await callApi('sync.enrol', {
      serverUrl: textOf(form, 'serverUrl'),
      code: textOf(form, 'code'),
      deskName: textOf(form, 'deskName'),
    });
    setBusy(false);
    if (!result.ok) {
      setProblems(problemsOf(result.error));
      return;
    }
    setProblems([]);
    announce('This desk is joined to the council server.');
    onJoined(result.value);
  }

  return (
    <>
      <p>
        This PC is a single desk: it keeps its records only here until it is joined to the council
        server. The first PC of a council to join publishes all it holds to the server; a new PC
        then joins from its first screen and takes the council from there.
      </p>
      {isAdmin && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="enrol-title">
          <h3 id="enrol-title">Join this desk to the council server</h3>
          <ErrorSummary title="This desk was not joined" problems={problems} idPrefix="enrol" />
          <EnrolFields idPrefix="enrol" errorOf={errorOf} />
          <div className="actions">
            <button type="submit" className="primary" aria-disabled={busy || undefined}>
              {busy ? 'Joining…' : 'Join the council server'}
            </button>
          </div>
        </form>
      )}
    </>
  );
}

function JoinedDesk({
  status,
  onSynced,
}: {
  status: SyncStatus;
  onSynced: (status: SyncStatus) => void;
}) {
  const sites = useAppStore((s) => s.reference?.sites ?? []);
  const setScreen = useAppStore((s) => s.setScreen);
  const announce = useAppStore((s) => s.announce);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const siteName = sites.find((s) => s.id === status.siteId)?.name;

  async function syncNow() {
    if (busy) return;
    setBusy(true);
    const result = await callApi('sync.now', {});
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    onSynced(result.value);
    announce(
      result.value.online
        ? 'Synced with the council server.'
        : 'The council server did not answer.',
    );
  }

  return (
    <>
      <p>
        This desk is joined to the council server: its records go there and other desks’ come here.
      </p>
      <dl className="sync-facts" data-testid="council-server-facts">
        <dt>Server address</dt>
        <dd>{status.serverUrl}</dd>
        <dt>Desk name</dt>
        <dd>{status.deskName}</dd>
        <dt>Site</dt>
        <dd>{siteName ?? status.siteCode}</dd>
        <dt>Its references</dt>
        <dd>{`The site’s code ${status.siteCode}, as in C-2026-${status.siteCode}-000123.`}</dd>
        <dt>Joined</dt>
        <dd>{status.enrolledAt ? formatDateTime(status.enrolledAt) : 'Not known'}</dd>
        <dt>Now</dt>
        <dd>{onlineWords(status)}</dd>
        <dt>Last contact</dt>
        <dd>{status.lastContactAt ? sinceWords(status.lastContactAt) : 'Not yet'}</dd>
        <dt>Waiting to go</dt>
        <dd>{plural(status.waiting, 'change')}</dd>
        <dt>Desk’s secret</dt>
        <dd>
          {status.secretSealed
            ? 'Sealed with the operating system’s key store.'
            : 'Not sealed: this desk has no operating system key store to use (browser mode has none), so the secret is kept as it is in this desk’s data folder. Keep that folder private.'}
        </dd>
      </dl>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => void syncNow()}
          aria-disabled={busy || undefined}
        >
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
        <button type="button" onClick={() => setScreen('sync-problems')}>
          Sync problems ({plural(status.problems, 'open', 'open')}) <kbd>Alt+Y</kbd>
        </button>
      </div>
    </>
  );
}
