import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../../../shared/api';
import { ErrorSummary, problemsOf, type FieldProblem } from '../ErrorSummary';
import { Field } from '../Field';
import { textOf } from '../../form-data';

interface Props {
  /** Prefix for field ids, unique on the page. */
  idPrefix: string;
  heading: string;
  currentLabel: string;
  currentHint: string;
  submitLabel: string;
  /** Changes the password; resolves to the refusal, or null once changed. */
  change: (currentPassword: string, newPassword: string) => Promise<ApiError | null>;
  /** Called once the password has changed. */
  onChanged?: () => void;
  /** Further buttons beside the submit button (Sign out, on the one-time password screen). */
  children?: ReactNode;
  autoFocus?: boolean;
}

/**
 * Current password, then the new one twice. The NCSC rules (length, common passwords, not
 * the username) are the back end's; this form only checks the two new entries agree.
 */
export function PasswordChangeForm(props: Props) {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  const id = (field: string) => `${props.idPrefix}-${field}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newPassword = textOf(form, 'newPassword');
    if (newPassword !== textOf(form, 'newPasswordAgain')) {
      setProblems([
        { field: 'newPasswordAgain', message: 'The two new passwords are not the same.' },
      ]);
      return;
    }
    setBusy(true);
    const error = await props.change(textOf(form, 'currentPassword'), newPassword);
    setBusy(false);
    if (error) {
      setProblems(problemsOf(error));
      return;
    }
    setProblems([]);
    formElement.reset();
    props.onChanged?.();
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-labelledby={id('heading')}
      className="password-form"
    >
      <h2 id={id('heading')}>{props.heading}</h2>
      <ErrorSummary
        title="Your password was not changed"
        problems={problems}
        idPrefix={props.idPrefix}
      />
      <Field
        id={id('currentPassword')}
        label={props.currentLabel}
        hint={props.currentHint}
        error={errorOf('currentPassword')}
      >
        <input
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          autoFocus={props.autoFocus}
          required
        />
      </Field>
      <Field
        id={id('newPassword')}
        label="New password"
        hint="At least 12 characters. Three random words together are strong and easy to remember."
        error={errorOf('newPassword')}
      >
        <input name="newPassword" type="password" autoComplete="new-password" required />
      </Field>
      <Field
        id={id('newPasswordAgain')}
        label="New password again"
        error={errorOf('newPasswordAgain')}
      >
        <input name="newPasswordAgain" type="password" autoComplete="new-password" required />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : props.submitLabel}
        </button>
        {props.children}
      </div>
    </form>
  );
}
