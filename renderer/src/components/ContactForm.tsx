import { NOTES_MAX } from '../../../shared/api/common';
import { useAppStore } from '../store';
import { ContactChoiceFields } from './contact-form/ContactChoiceFields';
import type { ContactFormValues } from './contact-form/contact-form-values';
import { InboundCallFields } from './contact-form/InboundCallFields';
import { OfferChoices } from './contact-form/OfferChoices';
import { useContactForm, type ContactFormOptions } from './contact-form/useContactForm';
import { CustomerPicker } from './CustomerPicker';
import { DraftNote } from './DraftNote';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';

interface Props extends ContactFormOptions {
  submitLabel: string;
  onCancel?: () => void;
}

/** Records a contact, or corrects one: the one form behind every way a contact is logged. */
export function ContactForm({ submitLabel, onCancel, ...options }: Props) {
  const reference = useAppStore((s) => s.reference);
  const state = useContactForm(options);
  const { id, errorOf } = state;
  const { register } = state.form;
  const { idPrefix, original, prefill } = options;

  if (!reference) return <p>Loading the council’s lists…</p>;

  return (
    <form onSubmit={state.onSubmit} noValidate className="contact-form">
      <ErrorSummary
        title="The contact was not saved"
        problems={state.problems}
        idPrefix={idPrefix}
      />
      <DraftNote restoredAt={state.draft.restoredAt} onDiscard={state.discardDraft} />
      {!original && !prefill && (
        <CustomerPicker
          key={state.saves}
          idPrefix={`${idPrefix}-customer`}
          customer={state.customer}
          onChange={state.setCustomer}
        />
      )}
      <div className="grid">
        <ContactChoiceFields state={state} reference={reference} />
        {state.isInboundCall && <InboundCallFields state={state} />}
        <Field id={id('startTime')} label="Started at" error={errorOf('startTime')}>
          <input type="time" {...register('startTime')} />
        </Field>
        <Field
          id={id('endTime')}
          label="Ended at"
          hint="Leave blank for now."
          error={errorOf('endTime')}
        >
          <input type="time" {...register('endTime')} />
        </Field>
      </div>
      <Field
        id={id('notes')}
        label="Notes"
        hint={`${state.notes.length.toLocaleString('en-GB')} of ${NOTES_MAX.toLocaleString('en-GB')} characters`}
        error={errorOf('notes')}
      >
        <textarea rows={4} {...register('notes')} />
      </Field>
      <OfferChoices
        idPrefix={idPrefix}
        rules={state.offers.serviceRules}
        value={state.offers.offers}
        onChange={state.offers.setOffers}
        error={errorOf('offers' as keyof ContactFormValues)}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={state.busy}>
          {state.busy ? 'Saving…' : submitLabel} <kbd>Ctrl+Enter</kbd>
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
