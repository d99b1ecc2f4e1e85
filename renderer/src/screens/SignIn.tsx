import { useState, type FormEvent } from 'react';
import { ROLE_LABELS } from '../../../shared/domain/staff';
import { DemoBanner } from '../components/DemoBanner';
import { textOf } from '../form-data';
import { useAppStore } from '../store';

export function SignIn() {
  const options = useAppStore((s) => s.signInOptions);
  const signIn = useAppStore((s) => s.signIn);
  const signedOutBecause = useAppStore((s) => s.signedOutBecause);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const siteId = textOf(form, 'siteId');
    const problem = await signIn(
      textOf(form, 'username'),
      textOf(form, 'password'),
      siteId || undefined,
    );
    setBusy(false);
    setError(problem?.message ?? null);
  }

  return (
    <main className="centred sign-in">
      <DemoBanner />
      <h1>Council Contact</h1>
      {options && <p className="council-name">{options.councilName}</p>}
      <form
        onSubmit={(e) => void onSubmit(e)}
        aria-describedby={error ? 'sign-in-error' : undefined}
        noValidate
      >
        <h2>Sign in</h2>
        {signedOutBecause && !error && (
          <p role="status" className="notice" data-testid="signed-out-because">
            {signedOutBecause}
          </p>
        )}
        {error && (
          <p id="sign-in-error" role="alert" className="error-text">
            {error}
          </p>
        )}
        <label htmlFor="username">Username</label>
        <input id="username" name="username" autoComplete="username" autoFocus required />
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <label htmlFor="siteId">Working at</label>
        <select id="siteId" name="siteId" defaultValue="">
          <option value="">My usual site</option>
          {options?.sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.name}
            </option>
          ))}
        </select>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {options?.demoAccounts && (
        <section className="demo-accounts" aria-labelledby="demo-heading">
          <h2 id="demo-heading">Demo accounts (demo data only)</h2>
          <p>
            This database holds the demo council. Every demo account uses the password{' '}
            <code>{options.demoAccounts[0]?.password}</code>.
          </p>
          <ul>
            {options.demoAccounts.map((a) => (
              <li key={a.username}>
                <code>{a.username}</code>: {ROLE_LABELS[a.role]}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
