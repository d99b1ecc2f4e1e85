import { DemoBanner } from '../components/DemoBanner';
import { PasswordChangeForm } from '../components/password/PasswordChangeForm';
import { useAppStore } from '../store';

/**
 * Shown instead of the app after signing in with a one-time password an administrator gave
 * out: the person chooses their own (the back end allows nothing else until they do).
 */
export function ChoosePassword() {
  const session = useAppStore((s) => s.session)!;
  const choosePassword = useAppStore((s) => s.choosePassword);
  const signOut = useAppStore((s) => s.signOut);

  return (
    <main className="centred choose-password">
      <DemoBanner />
      <h1>Choose your own password</h1>
      <p>
        Welcome, {session.staff.displayName}. You signed in with a one-time password from an
        administrator. Choose your own password to carry on: nobody else should know it.
      </p>
      <PasswordChangeForm
        idPrefix="choose"
        heading="Your new password"
        currentLabel="One-time password"
        currentHint="The password the administrator gave you."
        submitLabel="Save my password and carry on"
        change={choosePassword}
        autoFocus
      >
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </PasswordChangeForm>
    </main>
  );
}
