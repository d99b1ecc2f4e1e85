import { Field } from '../Field';
import type { ContactFormState } from './useContactForm';

/**
 * For a call the customer made: how long they queued before it was answered and whether it
 * was transferred, and why (the answer time is needed only for a transferred call).
 */
export function InboundCallFields({
  state: { form, id, errorOf, transferred },
}: {
  state: ContactFormState;
}) {
  const { register } = form;
  const transferError = errorOf('transferred');
  return (
    <>
      <Field
        id={id('answerSeconds')}
        label={transferred ? 'Seconds before answer' : 'Seconds before answer (optional)'}
        hint="From the phone's display: how long the caller queued."
        error={errorOf('answerSeconds')}
      >
        <input type="number" min={0} step={1} inputMode="numeric" {...register('answerSeconds')} />
      </Field>
      <div className={transferError ? 'field has-error' : 'field'}>
        {transferError && (
          <span id={`${id('transferred')}-error`} className="field-error">
            <span aria-hidden="true">⚠ </span>
            {transferError}
          </span>
        )}
        <label className="check" htmlFor={id('transferred')}>
          <input
            type="checkbox"
            id={id('transferred')}
            aria-describedby={transferError ? `${id('transferred')}-error` : undefined}
            {...register('transferred')}
          />{' '}
          The call was transferred
        </label>
      </div>
      {transferred && (
        <Field
          id={id('transferReason')}
          label="Why it was transferred"
          hint="For example: needed a planning officer"
          error={errorOf('transferReason')}
        >
          <input type="text" maxLength={200} {...register('transferReason')} />
        </Field>
      )}
    </>
  );
}
