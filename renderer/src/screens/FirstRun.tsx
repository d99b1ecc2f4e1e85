import { useState, type FormEvent } from 'react';
import { ErrorSummary, problemsOf, type FieldProblem } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { textOf } from '../form-data';
import { useAppStore } from '../store';
import { JoinCouncil, WaitingForStaff } from './first-run/JoinCouncil';

/**
 * A new data folder: nobody can sign in yet. The council names itself and its first site and
 * creates its first administrator (who then adds the staff); or the PC joins a council already
 * on a council server; or tries the app with the demo council, whose published passwords make
 * it unfit for real use.
 */
export function FirstRun() {
  const joinedServer = useAppStore((s) => s.signInOptions?.joinedServer ?? null);
  return joinedServer ? <WaitingForStaff server={joinedServer} /> : <NewDataFolder />;
}

function NewDataFolder() {
  const setUpCouncil = useAppStore((s) => s.setUpCouncil);
  const tryDemo = useAppStore((s) => s.tryDemo);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = textOf(form, 'password');
    if (password !== textOf(form, 'passwordAgain')) {
      setProblems([{ field: 'passwordAgain', message: 'The two passwords are not the same.' }]);
      return;
    }
    setBusy(true);
    const error = await setUpCouncil({
      councilName: textOf(form, 'councilName'),
      siteName: textOf(form, 'siteName'),
      siteKind: textOf(form, 'siteKind') as 'one_stop_shop' | 'contact_centre',
      displayName: textOf(form, 'displayName'),
      username: textOf(form, 'username'),
      password,
    });
    setBusy(false);
    if (!error) return;
    setProblems(problemsOf(error));
  }

  return (
    <main className="centred first-run">
      <h1>Set up Council Contact</h1>
      <p>
        Nobody can sign in to this new database yet. Name your council and its first site, and
        create the first administrator, who then adds the rest of the staff. If your council already
        uses Council Contact, join it below instead.
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="first-run-heading">
        <h2 id="first-run-heading">Your council</h2>
        <ErrorSummary
          title="The council could not be set up"
          problems={problems}
          idPrefix="setup"
        />
        <Field id="setup-councilName" label="Council name" error={errorOf('councilName')}>
          <input name="councilName" autoComplete="organization" autoFocus required />
        </Field>
        <Field
          id="setup-siteName"
          label="First site"
          hint="For example, Town Hall One Stop Shop. Add more sites later."
          error={errorOf('siteName')}
        >
          <input name="siteName" required />
        </Field>
        <fieldset>
          <legend>What kind of site it is</legend>
          <label>
            <input type="radio" name="siteKind" value="one_stop_shop" defaultChecked /> One Stop
            Shop (face-to-face desks)
          </label>
          <label>
            <input type="radio" name="siteKind" value="contact_centre" /> Contact centre (phones and
            inboxes)
          </label>
        </fieldset>
        <h2>The first administrator</h2>
        <Field id="setup-displayName" label="Full name" error={errorOf('displayName')}>
          <input name="displayName" autoComplete="name" required />
        </Field>
        <Field id="setup-username" label="Username" error={errorOf('username')}>
          <input name="username" autoComplete="username" required />
        </Field>
        <Field
          id="setup-password"
          label="Password"
          hint="At least 12 characters. Three random words together are strong and easy to remember."
          error={errorOf('password')}
        >
          <input name="password" type="password" autoComplete="new-password" required />
        </Field>
        <Field id="setup-passwordAgain" label="Password again" error={errorOf('passwordAgain')}>
          <input name="passwordAgain" type="password" autoComplete="new-password" required />
        </Field>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Setting up…' : 'Set up the council'}
        </button>
      </form>
      <JoinCouncil busy={busy} setBusy={setBusy} />
      <section className="demo-accounts" aria-labelledby="try-demo-heading">
        <h2 id="try-demo-heading">Just trying it out?</h2>
        <p>
          Fill this database with a demo council instead: its staff accounts share a published
          password, so it is never for real use.
        </p>
        <button type="button" disabled={busy} onClick={() => void tryDemo()}>
          Try it with demo data
        </button>
      </section>
    </main>
  );
}
