import { useState, type FormEvent } from 'react';
import { textOf } from '../form-data';
import { useAppStore } from '../store';

/** Covers the app after the idle time; whatever was being typed underneath is kept. */
export function LockScreen() {
  const session = useAppStore((s) => s.session)!;
  const unlock = useAppStore((s) => s.unlock);
  const signOut = useAppStore((s) => s.signOut);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const password = textOf(new FormData(form), 'password');
    const problem = await unlock(password);
    if (problem) {
      setError(problem.message);
      form.reset();
    }
  }

  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-heading">
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <h1 id="lock-heading">Council Contact is locked</h1>
        <p>
          Locked for {session.staff.displayName}. Enter your password to carry on where you left
          off.
        </p>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <label htmlFor="unlock-password">Password</label>
        <input
          id="unlock-password"
          name="password"
          type="password"
          autoComplete="current-password"
          autoFocus
        />
        <div className="actions">
          <button type="submit" className="primary">
            Unlock
          </button>
          <button type="button" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </form>
    </div>
  );
}
