import type { ReferenceData } from '../../../../shared/api';
import { CHANNELS, CHANNEL_LABELS } from '../../../../shared/domain/channels';
import { IDENTITY_CHECKS, IDENTITY_CHECK_LABELS } from '../../../../shared/domain/identity';
import { OUTCOMES, OUTCOME_LABELS } from '../../../../shared/domain/outcomes';
import { Field } from '../Field';
import type { ContactFormState } from './useContactForm';

/**
 * What the contact was: its channel, service, type and customer type, how it ended (and who
 * it went to), which way it went and the identity check made, each chosen from a list.
 */
export function ContactChoiceFields({
  state: { form, id, errorOf, outcome },
  reference,
}: {
  state: ContactFormState;
  reference: ReferenceData;
}) {
  const { register, getValues, setValue } = form;

  // Handing off defaults to the department that runs the chosen service: nothing typed twice.
  function onOutcomeChange(value: string) {
    if (value === 'handed_off' && !getValues('departmentId')) {
      const service = reference.services.find((s) => s.id === getValues('serviceId'));
      if (service) setValue('departmentId', service.departmentId);
    }
  }

  return (
    <>
      <Field id={id('channel')} label="Channel" error={errorOf('channel')}>
        <select {...register('channel')}>
          <option value="">Choose the channel…</option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {CHANNEL_LABELS[c]}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id('serviceId')} label="Service" error={errorOf('serviceId')}>
        <select {...register('serviceId')}>
          <option value="">Choose the service…</option>
          {reference.services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id={id('interactionTypeId')}
        label="Type of enquiry"
        error={errorOf('interactionTypeId')}
      >
        <select {...register('interactionTypeId')}>
          <option value="">Choose the type…</option>
          {reference.interactionTypes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id('customerTypeId')} label="Customer type" error={errorOf('customerTypeId')}>
        <select {...register('customerTypeId')}>
          <option value="">Choose the customer type…</option>
          {reference.customerTypes.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id={id('outcome')} label="Outcome" error={errorOf('outcome')}>
        <select
          {...register('outcome', {
            onChange: (e: { target: { value: string } }) => onOutcomeChange(e.target.value),
          })}
        >
          <option value="">Choose the outcome…</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {OUTCOME_LABELS[o]}
            </option>
          ))}
        </select>
      </Field>
      {outcome === 'handed_off' && (
        <Field id={id('departmentId')} label="Handed off to" error={errorOf('departmentId')}>
          <select {...register('departmentId')}>
            <option value="">Choose the department…</option>
            {reference.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {outcome === 'referred_to_partner' && (
        <Field id={id('partnerName')} label="Partner referred to" error={errorOf('partnerName')}>
          <input {...register('partnerName')} autoComplete="off" />
        </Field>
      )}
      <Field id={id('direction')} label="Direction" error={errorOf('direction')}>
        <select {...register('direction')}>
          <option value="inbound">Customer contacted us</option>
          <option value="outbound">We followed up (outbound)</option>
        </select>
      </Field>
      <Field
        id={id('identityCheck')}
        label="Identity checked"
        hint="To the level this transaction needs."
        error={errorOf('identityCheck')}
      >
        <select {...register('identityCheck')}>
          {IDENTITY_CHECKS.map((c) => (
            <option key={c} value={c}>
              {IDENTITY_CHECK_LABELS[c]}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
