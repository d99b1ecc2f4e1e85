import { useEffect, useRef } from 'react';
import type { StaffWithPassword } from '../../../../shared/api';

/**
 * A new or reset account's one-time password, shown once and focused so the administrator
 * reads it out or writes it down before anything else; the person chooses their own when
 * they first sign in.
 */
export function OneTimePasswordPanel({
  issued,
  onHide,
}: {
  issued: StaffWithPassword;
  onHide: () => void;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [issued]);
  return (
    <section
      className="panel one-time-password"
      aria-labelledby="issued-heading"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="issued-heading">One-time password for {issued.staff.displayName}</h2>
      <p>
        Give this password to {issued.staff.displayName} (username{' '}
        <strong>{issued.staff.username}</strong>); they must choose their own when they first sign
        in. It is shown only once.
      </p>
      <p className="one-time-password-value">
        <code data-testid="one-time-password">{issued.oneTimePassword}</code>
      </p>
      <button type="button" onClick={onHide}>
        I have noted it: hide the password
      </button>
    </section>
  );
}
