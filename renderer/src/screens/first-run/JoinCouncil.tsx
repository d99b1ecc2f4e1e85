// The first-run screen's other way in (issue 21): a new PC joins a council that already uses
// a council server, with an enrolment code for its site, and takes the council's lists, staff
// and records from there; its staff then sign in with the passwords they have. Until the
// server holds staff accounts (the council's first PC has not published them yet), it says so.
import { useState, type FormEvent } from 'react';
import { ErrorSummary, problemsOf, type FieldProblem } from '../../components/ErrorSummary';
import { textOf } from '../../form-data';
import { useAppStore } from '../../store';
import { EnrolFields } from '../sync/EnrolFields';

export function JoinCouncil({ busy, setBusy }: { busy: boolean; setBusy: (b: boolean) => void }) {
  const joinCouncil = useAppStore((s) => s.joinCouncil);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const error = await joinCouncil({
      serverUrl: textOf(form, 'serverUrl'),
      code: textOf(form, 'code'),
      deskName: textOf(form, 'deskName'),
    });
    setBusy(false);
    setProblems(error ? problemsOf(error) : []);
  }

  return (
    <section className="join-council" aria-labelledby="join-council-heading">
      <h2 id="join-council-heading">Joining a council that already uses Council Contact?</h2>
      <p>
        Ask your administrator for an enrolment code for this PC’s site and the council server’s
        address. This PC then takes the council’s lists, staff and records from the server, and
        staff sign in with the passwords they already have.
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="join-council-heading">
        <ErrorSummary title="This PC did not join" problems={problems} idPrefix="join" />
        <EnrolFields idPrefix="join" errorOf={errorOf} />
        <button type="submit" aria-disabled={busy || undefined}>
          {busy ? 'Joining…' : 'Join the council'}
        </button>
      </form>
    </section>
  );
}

/** A PC joined to a server that holds no staff accounts yet: nobody can sign in until they come. */
export function WaitingForStaff({ server }: { server: string }) {
  const start = useAppStore((s) => s.start);
  return (
    <main className="centred first-run">
      <h1>Waiting for the council’s staff accounts</h1>
      <p role="status">
        This PC has joined the council server at {server}, which holds no staff accounts yet. They
        arrive once the PC the council was set up on has sent them; this PC asks the server every
        few seconds.
      </p>
      <button type="button" className="primary" onClick={() => void start()}>
        Check again
      </button>
    </main>
  );
}
