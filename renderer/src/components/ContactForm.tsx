import { useEffect, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import type {
  ContactFields,
  ContactOffer,
  ContactRecord,
  CustomerSummary,
  DraftValue,
  OfferRule,
} from '../../../shared/api';
import { NOTES_MAX } from '../../../shared/api/common';
import { CHANNELS, CHANNEL_LABELS } from '../../../shared/domain/channels';
import { IDENTITY_CHECKS, IDENTITY_CHECK_LABELS } from '../../../shared/domain/identity';
import { OUTCOMES, OUTCOME_LABELS } from '../../../shared/domain/outcomes';
import { londonDateOf } from '../../../shared/time/london';
import { api } from '../api/client';
import type { CallOptions } from '../api/client';
import { useDraft } from '../hooks/useDraft';
import { useMutationId } from '../hooks/useMutationId';
import { useSubmitGuard } from '../hooks/useSubmitGuard';
import { useAppStore } from '../store';
import type { SaveResult } from '../store/contacts-slice';
import {
  blankValues,
  fieldsOf,
  problemsOf,
  valuesOf,
  type ContactFormValues,
} from './contact-form-values';
import { CustomerPicker } from './CustomerPicker';
import { DraftNote } from './DraftNote';
import { ErrorSummary, type FieldProblem } from './ErrorSummary';
import { Field } from './Field';
import { OfferChoices } from './OfferChoices';

interface Props {
  idPrefix: string;
  /** The contact being corrected; absent when recording a new one. */
  original?: ContactRecord;
  /** A new contact already known in part (from a finished visit): nothing typed twice. */
  prefill?: { values: Partial<ContactFormValues>; startedAt: string; endedAt: string };
  submitLabel: string;
  /** Keep what is typed as a draft under this name until saved (a new contact only). */
  draftForm?: string;
  /** `options.mutationId`: this form's id for the save, kept until it goes through. */
  onSave: (fields: ContactFields, options: CallOptions) => Promise<SaveResult>;
  onSaved: (contact: ContactRecord) => void;
  onCancel?: () => void;
}

export function ContactForm({
  idPrefix,
  original,
  prefill,
  submitLabel,
  draftForm,
  onSave,
  onSaved,
  onCancel,
}: Props) {
  const reference = useAppStore((s) => s.reference);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  // Ctrl+Enter (useSaveKey) or Enter pressed twice while saving saves one contact.
  const { guard, busy } = useSubmitGuard();
  const mutation = useMutationId();
  const { register, handleSubmit, watch, setValue, reset, getValues } = useForm<ContactFormValues>({
    defaultValues: original
      ? valuesOf(original)
      : prefill
        ? { ...blankValues(new Date()), ...prefill.values }
        : blankValues(new Date()),
  });
  // What is typed is kept until saved: a refresh or signing in again loses nothing.
  const draft = useDraft(original ? null : (draftForm ?? null), (data) =>
    reset({ ...getValues(), ...(data as Partial<ContactFormValues>) }),
  );
  const keepDraft = draft.keep;
  useEffect(() => {
    const subscription = watch((values) => keepDraft(values as Record<string, DraftValue>));
    return () => subscription.unsubscribe();
  }, [watch, keepDraft]);
  const outcome = watch('outcome');
  const isInboundCall = watch('channel') === 'telephone' && watch('direction') === 'inbound';
  const transferred = watch('transferred');
  const notes = watch('notes');
  const serviceId = watch('serviceId');
  // A telephone or inbox contact is linked here; a desk contact already carries its visit's.
  const [customer, setCustomer] = useState<CustomerSummary | null>(null);
  // Each save starts the picker afresh: a search left in it linked the next caller (issue 19).
  const [saves, setSaves] = useState(0);
  const [offers, setOffers] = useState<ContactOffer[]>(
    original?.offers.map((o) => ({ ruleId: o.ruleId, response: o.response })) ?? [],
  );
  const [rules, setRules] = useState<OfferRule[]>([]);
  useEffect(() => {
    void api.call('offers.rules', {}).then((r) => r.ok && setRules(r.value));
  }, []);
  const serviceRules = rules.filter((r) => r.active && r.triggerServiceId === serviceId);
  const id = (field: keyof ContactFormValues) => `${idPrefix}-${field}`;
  const errorOf = (field: keyof ContactFormValues) =>
    problems.find((p) => p.field === field)?.message;

  const submit = handleSubmit(async (values) => {
    const now = new Date();
    const known = original ?? prefill;
    const date = known ? londonDateOf(known.startedAt) : londonDateOf(now);
    const result = await onSave(
      {
        ...fieldsOf(values, date, now, known),
        // Only offers for the service finally chosen are kept.
        offers: offers.filter((o) => serviceRules.some((r) => r.id === o.ruleId)),
        ...(customer ? { customerId: customer.id } : {}),
      },
      { mutationId: mutation.current() },
    );
    if (!result.ok) {
      setProblems(problemsOf(result.error));
      return;
    }
    setProblems([]);
    mutation.renew();
    void draft.discard();
    if (!original) {
      reset(blankValues(new Date()));
      setCustomer(null);
      setSaves((n) => n + 1);
      setOffers([]);
    }
    onSaved(result.contact);
  });

  // Handing off defaults to the department that runs the chosen service: nothing typed twice.
  function onOutcomeChange(value: string) {
    if (value === 'handed_off' && !getValues('departmentId')) {
      const service = reference?.services.find((s) => s.id === getValues('serviceId'));
      if (service) setValue('departmentId', service.departmentId);
    }
  }

  if (!reference) return <p>Loading the council’s lists…</p>;

  return (
    <form onSubmit={guard((e: FormEvent) => submit(e))} noValidate className="contact-form">
      <ErrorSummary title="The contact was not saved" problems={problems} idPrefix={idPrefix} />
      <DraftNote
        restoredAt={draft.restoredAt}
        onDiscard={() => {
          void draft.discard();
          reset(
            prefill ? { ...blankValues(new Date()), ...prefill.values } : blankValues(new Date()),
          );
        }}
      />
      {!original && !prefill && (
        <CustomerPicker
          key={saves}
          idPrefix={`${idPrefix}-customer`}
          customer={customer}
          onChange={setCustomer}
        />
      )}
      <div className="grid">
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
        {isInboundCall && (
          <Field
            id={id('answerSeconds')}
            label={transferred ? 'Seconds before answer' : 'Seconds before answer (optional)'}
            hint="From the phone's display: how long the caller queued."
            error={errorOf('answerSeconds')}
          >
            <input
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              {...register('answerSeconds')}
            />
          </Field>
        )}
        {isInboundCall && (
          <div className={errorOf('transferred') ? 'field has-error' : 'field'}>
            {errorOf('transferred') && (
              <span id={`${id('transferred')}-error`} className="field-error">
                <span aria-hidden="true">⚠ </span>
                {errorOf('transferred')}
              </span>
            )}
            <label className="check" htmlFor={id('transferred')}>
              <input
                type="checkbox"
                id={id('transferred')}
                aria-describedby={errorOf('transferred') ? `${id('transferred')}-error` : undefined}
                {...register('transferred')}
              />{' '}
              The call was transferred
            </label>
          </div>
        )}
        {isInboundCall && transferred && (
          <Field
            id={id('transferReason')}
            label="Why it was transferred"
            hint="For example: needed a planning officer"
            error={errorOf('transferReason')}
          >
            <input type="text" maxLength={200} {...register('transferReason')} />
          </Field>
        )}
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
        hint={`${notes.length.toLocaleString('en-GB')} of ${NOTES_MAX.toLocaleString('en-GB')} characters`}
        error={errorOf('notes')}
      >
        <textarea rows={4} {...register('notes')} />
      </Field>
      <OfferChoices
        idPrefix={idPrefix}
        rules={serviceRules}
        value={offers}
        onChange={setOffers}
        error={errorOf('offers' as keyof ContactFormValues)}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel} <kbd>Ctrl+Enter</kbd>
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
