import { useState } from 'react';
import { callApi } from '../api/client';
import { PasswordChangeForm } from '../components/password/PasswordChangeForm';
import { useAppStore } from '../store';

/** Anyone signed in changes their own password (NCSC: when they think it may be known). */
export function MyPassword() {
  const username = useAppStore((s) => s.session?.staff.username ?? '');
  const announce = useAppStore((s) => s.announce);
  const [changed, setChanged] = useState(false);

  async function change(currentPassword: string, newPassword: string) {
    setChanged(false);
    const result = await callApi('auth.changePassword', { currentPassword, newPassword });
    return result.ok ? null : result.error;
  }

  return (
    <section aria-labelledby="my-password-screen-heading" className="my-password">
      <h1 id="my-password-screen-heading">My password</h1>
      <p>
        Change your password whenever you think someone else may know it. You sign in as{' '}
        <code>{username}</code>.
      </p>
      {changed && (
        <p className="confirmation" role="status">
          Your password has been changed. Use the new one next time you sign in or unlock.
        </p>
      )}
      <PasswordChangeForm
        idPrefix="my-password"
        heading="Change my password"
        currentLabel="Current password"
        currentHint="The password you signed in with today."
        submitLabel="Change my password"
        change={change}
        onChanged={() => {
          setChanged(true);
          announce('Your password has been changed.');
        }}
      />
    </section>
  );
}
