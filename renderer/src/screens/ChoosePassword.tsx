import { useState, type FormEvent } from 'react';
import { DemoBanner } from '../components/DemoBanner';
import { ErrorSummary, problemsOf, type FieldProblem } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { textOf } from '../form-data';
import { useAppStore } from '../store';

/**
 * Shown instead of the app after signing in with a one-time password an administrator gave
 * out: the person chooses their own (the back end allows nothing else until they do).
 */
export function ChoosePassword() {
  const session = useAppStore((s) => s.session)!;
  const choosePassword = useAppStore((s) => s.choosePassword);
  const signOut = useAppStore((s) => s.signOut);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = textOf(form, 'newPassword');
    if (newPassword !== textOf(form, 'newPasswordAgain')) {
      setProblems([
        { field: 'newPasswordAgain', message: 'The two new passwords are not the same.' },
      ]);
      return;
    }
    setBusy(true);
    const error = await choosePassword(textOf(form, 'currentPassword'), newPassword);
    setBusy(false);
    if (!error) return;
    setProblems(problemsOf(error));
  }

  return (
    <main className="centred choose-password">
      <DemoBanner />
      <h1>Choose your own password</h1>
      <p>
        Welcome, {session.staff.displayName}. You signed in with a one-time password from an
        administrator. Choose your own password to carry on: nobody else should know it.
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="choose-password-heading">
        <h2 id="choose-password-heading" className="visually-hidden">
          Your new password
        </h2>
        <ErrorSummary title="Your password was not changed" problems={problems} idPrefix="choose" />
        <Field
          id="choose-currentPassword"
          label="One-time password"
          hint="The password the administrator gave you."
          error={errorOf('currentPassword')}
        >
          <input
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            autoFocus
            required
          />
        </Field>
        <Field
          id="choose-newPassword"
          label="New password"
          hint="At least 12 characters. Three random words together are strong and easy to remember."
          error={errorOf('newPassword')}
        >
          <input name="newPassword" type="password" autoComplete="new-password" required />
        </Field>
        <Field
          id="choose-newPasswordAgain"
          label="New password again"
          error={errorOf('newPasswordAgain')}
        >
          <input name="newPasswordAgain" type="password" autoComplete="new-password" required />
        </Field>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save my password and carry on'}
          </button>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </form>
    </main>
  );
}
