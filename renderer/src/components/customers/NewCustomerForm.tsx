import { useState, type FormEvent } from 'react';
import type { InputOf, PossibleDuplicate } from '../../../../shared/api';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { Field } from '../Field';
import { PossibleDuplicates } from './PossibleDuplicates';

type NewCustomer = InputOf<'customers.create'>;

/**
 * The few details that make a record; the rest is added on the record itself. A record that
 * looks like one already held is not made until the adviser has seen the matches (issue 19).
 */
export function NewCustomerForm({
  onCreated,
  onCancel,
}: {
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  /** The details refused as a possible duplicate, and the records they matched. */
  const [asked, setAsked] = useState<{
    input: NewCustomer;
    matches: PossibleDuplicate[];
  } | null>(null);

  async function create(input: NewCustomer) {
    const result = await callApi('customers.create', input);
    if (result.ok) return onCreated(result.value.id);
    if (result.error.possibleDuplicates) {
      setErrors({});
      return setAsked({ input, matches: result.error.possibleDuplicates });
    }
    setErrors(result.error.fields ?? { _: result.error.message });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const optional = (name: string) => (textOf(form, name) ? { [name]: textOf(form, name) } : {});
    void create({
      firstName: textOf(form, 'firstName'),
      lastName: textOf(form, 'lastName'),
      ...optional('postcode'),
      ...optional('phone'),
      ...optional('email'),
      ...optional('dateOfBirth'),
    });
  }

  return (
    <form
      className="new-customer"
      onSubmit={onSubmit}
      // Changed details are checked again against the register.
      onChange={() => setAsked(null)}
      noValidate
    >
      <h3>New customer record</h3>
      {errors._ && (
        <p role="alert" className="error-text">
          {errors._}
        </p>
      )}
      <div className="grid">
        <Field id="new-customer-firstName" label="First name" error={errors.firstName}>
          <input name="firstName" autoComplete="off" />
        </Field>
        <Field id="new-customer-lastName" label="Last name" error={errors.lastName}>
          <input name="lastName" autoComplete="off" />
        </Field>
        <Field id="new-customer-postcode" label="Postcode" error={errors.postcode}>
          <input name="postcode" autoComplete="off" />
        </Field>
        <Field id="new-customer-phone" label="Phone" error={errors.phone}>
          <input name="phone" type="tel" autoComplete="off" />
        </Field>
        <Field id="new-customer-email" label="Email" error={errors.email}>
          <input name="email" type="email" autoComplete="off" />
        </Field>
        <Field id="new-customer-dateOfBirth" label="Date of birth" error={errors.dateOfBirth}>
          <input name="dateOfBirth" type="date" autoComplete="off" />
        </Field>
      </div>
      {asked && (
        <PossibleDuplicates
          idPrefix="new-customer"
          matches={asked.matches}
          onUse={(match) => onCreated(match.id)}
          onCreateAnyway={() => void create({ ...asked.input, confirmNew: true })}
        />
      )}
      <div className="actions">
        {!asked && (
          <button type="submit" className="primary">
            Create record
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
