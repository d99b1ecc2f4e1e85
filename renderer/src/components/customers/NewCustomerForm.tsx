import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { textOf } from '../../form-data';
import { Field } from '../Field';

/** The few details that make a record; the rest is added on the record itself. */
export function NewCustomerForm({
  onCreated,
  onCancel,
}: {
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const optional = (name: string) => (textOf(form, name) ? { [name]: textOf(form, name) } : {});
    const result = await api.call('customers.create', {
      firstName: textOf(form, 'firstName'),
      lastName: textOf(form, 'lastName'),
      ...optional('postcode'),
      ...optional('phone'),
    });
    if (!result.ok) return setErrors(result.error.fields ?? { _: result.error.message });
    onCreated(result.value.id);
  }

  return (
    <form className="new-customer" onSubmit={(e) => void onSubmit(e)} noValidate>
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
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          Create record
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
