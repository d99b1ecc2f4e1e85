import { useState, type FormEvent } from 'react';
import type { CustomerDetails, CustomerView } from '../../../../shared/api';
import { CHANNELS, CHANNEL_LABELS, type Channel } from '../../../../shared/domain/channels';
import type { CustomerNeeds } from '../../../../shared/domain/needs';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { Field } from '../Field';
import { NeedsFields } from '../NeedsFields';

const KIND_LABELS = {
  citizen: 'Citizen',
  business: 'Business',
  community_group: 'Community group',
} as const;

type TextKey = Exclude<
  keyof CustomerDetails,
  'kind' | 'contactConsent' | 'needs' | 'preferredChannel'
>;
const TEXT_FIELDS: [TextKey, string, string?][] = [
  ['title', 'Title'],
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['organisationName', 'Organisation name', 'For a business or community group.'],
  ['addressLine1', 'Address line 1'],
  ['addressLine2', 'Address line 2'],
  ['town', 'Town'],
  ['postcode', 'Postcode'],
  ['phone', 'Phone'],
  ['email', 'Email'],
  ['dateOfBirth', 'Date of birth'],
  ['preferredLanguage', 'Preferred language'],
];

/** Every detail of the record, needs included; the postcode is checked as a UK postcode. */
export function CustomerDetailsForm({
  view,
  onSaved,
  onCancel,
}: {
  view: CustomerView;
  onSaved: (view: CustomerView) => void;
  onCancel: () => void;
}) {
  const [needs, setNeeds] = useState<CustomerNeeds>(view.needs);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => textOf(form, key).trim() || null;
    const result = await callApi('customers.update', {
      id: view.id,
      details: {
        kind: textOf(form, 'kind') as CustomerDetails['kind'],
        ...Object.fromEntries(TEXT_FIELDS.map(([key]) => [key, text(key)])),
        preferredChannel: (text('preferredChannel') as Channel | null) ?? null,
        contactConsent: form.get('contactConsent') === 'on',
        needs,
      },
    });
    if (!result.ok) {
      const fields = Object.entries(result.error.fields ?? { _: result.error.message });
      return setErrors(
        Object.fromEntries(fields.map(([k, v]) => [k.replace(/^details\./, ''), v])),
      );
    }
    setErrors({});
    onSaved(result.value);
  }

  return (
    <form className="panel customer-details-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2 tabIndex={-1} ref={(el) => el?.focus()}>
        Edit details
      </h2>
      {errors._ && (
        <p role="alert" className="error-text">
          {errors._}
        </p>
      )}
      {Object.keys(errors).length > 0 && !errors._ && (
        <p role="alert" className="error-text">
          The details were not saved. Check the fields marked ⚠.
        </p>
      )}
      <div className="grid">
        <Field id="details-kind" label="Kind of customer">
          <select name="kind" defaultValue={view.details.kind}>
            {Object.entries(KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
        {TEXT_FIELDS.map(([key, label, hint]) => (
          <Field key={key} id={`details-${key}`} label={label} hint={hint} error={errors[key]}>
            <input
              name={key}
              type={key === 'dateOfBirth' ? 'date' : key === 'email' ? 'email' : 'text'}
              defaultValue={view.details[key] ?? ''}
              autoComplete="off"
            />
          </Field>
        ))}
        <Field id="details-preferredChannel" label="Preferred channel">
          <select name="preferredChannel" defaultValue={view.details.preferredChannel ?? ''}>
            <option value="">No preference</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <label className="check" htmlFor="details-contactConsent">
        <input
          id="details-contactConsent"
          name="contactConsent"
          type="checkbox"
          defaultChecked={view.details.contactConsent}
        />{' '}
        The customer agrees to be contacted about other services
      </label>
      <NeedsFields
        idPrefix="details-needs"
        needs={needs}
        onChange={setNeeds}
        error={errors['needs.language']}
      />
      <div className="actions">
        <button type="submit" className="primary">
          Save details
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
