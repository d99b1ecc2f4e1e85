import { useEffect, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import type {
  ContactFields,
  ContactRecord,
  CustomerSummary,
  DraftValue,
} from '../../../../shared/api';
import { londonDateOf } from '../../../../shared/time/london';
import type { CallOptions } from '../../api/client';
import { useDraft } from '../../hooks/useDraft';
import { useMutationId } from '../../hooks/useMutationId';
import { useSubmitGuard } from '../../hooks/useSubmitGuard';
import type { SaveResult } from '../../store/contacts-slice';
import type { FieldProblem } from '../ErrorSummary';
import {
  blankValues,
  fieldsOf,
  problemsOf,
  valuesOf,
  type ContactFormValues,
} from './contact-form-values';
import { useServiceOffers } from './useServiceOffers';

export interface ContactFormOptions {
  idPrefix: string;
  /** The contact being corrected; absent when recording a new one. */
  original?: ContactRecord | undefined;
  /** A new contact already known in part (from a finished visit): nothing typed twice. */
  prefill?: { values: Partial<ContactFormValues>; startedAt: string; endedAt: string } | undefined;
  /** Keep what is typed as a draft under this name until saved (a new contact only). */
  draftForm?: string | undefined;
  /** `options.mutationId`: this form's id for the save, kept until it goes through. */
  onSave: (fields: ContactFields, options: CallOptions) => Promise<SaveResult>;
  onSaved: (contact: ContactRecord) => void;
}

const blankOrPrefilled = (prefill: ContactFormOptions['prefill']): ContactFormValues =>
  prefill ? { ...blankValues(new Date()), ...prefill.values } : blankValues(new Date());

/**
 * What the contact form holds and does: its values (kept as a draft until saved), the
 * customer linked, the offers made, the save with its mutation id and the problems it met.
 */
export function useContactForm({
  idPrefix,
  original,
  prefill,
  draftForm,
  onSave,
  onSaved,
}: ContactFormOptions) {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  // Ctrl+Enter (useSaveKey) or Enter pressed twice while saving saves one contact.
  const { guard, busy } = useSubmitGuard();
  const mutation = useMutationId();
  const form = useForm<ContactFormValues>({
    defaultValues: original ? valuesOf(original) : blankOrPrefilled(prefill),
  });
  const { watch, reset, getValues } = form;
  // What is typed is kept until saved: a refresh or signing in again loses nothing.
  const draft = useDraft(original ? null : (draftForm ?? null), (data) =>
    reset({ ...getValues(), ...(data as Partial<ContactFormValues>) }),
  );
  const keepDraft = draft.keep;
  useEffect(() => {
    const subscription = watch((values) => keepDraft(values as Record<string, DraftValue>));
    return () => subscription.unsubscribe();
  }, [watch, keepDraft]);
  // Watched here, in the component that owns the form, so a change re-renders the whole form.
  const outcome = watch('outcome');
  const isInboundCall = watch('channel') === 'telephone' && watch('direction') === 'inbound';
  const transferred = watch('transferred');
  const notes = watch('notes');
  // A telephone or inbox contact is linked here; a desk contact already carries its visit's.
  const [customer, setCustomer] = useState<CustomerSummary | null>(null);
  // Each save starts the picker afresh: a search left in it linked the next caller (issue 19).
  const [saves, setSaves] = useState(0);
  const offers = useServiceOffers(original, watch('serviceId'));

  const submit = form.handleSubmit(async (values) => {
    const now = new Date();
    const known = original ?? prefill;
    const date = known ? londonDateOf(known.startedAt) : londonDateOf(now);
    const result = await onSave(
      {
        ...fieldsOf(values, date, now, known),
        offers: offers.offersToSave(),
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
      offers.setOffers([]);
    }
    onSaved(result.contact);
  });

  return {
    form,
    outcome,
    isInboundCall,
    transferred,
    notes,
    busy,
    /** The form's submit, guarded so a second press while saving does nothing. */
    onSubmit: guard((e: FormEvent) => submit(e)),
    draft,
    discardDraft: () => {
      void draft.discard();
      reset(blankOrPrefilled(prefill));
    },
    customer,
    setCustomer,
    saves,
    offers,
    id: (field: keyof ContactFormValues) => `${idPrefix}-${field}`,
    errorOf: (field: keyof ContactFormValues) => problems.find((p) => p.field === field)?.message,
    problems,
  };
}

export type ContactFormState = ReturnType<typeof useContactForm>;
