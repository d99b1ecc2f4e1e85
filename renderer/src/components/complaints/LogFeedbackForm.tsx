import { useState, type FormEvent } from 'react';
import type { CustomerSummary, FeedbackView } from '../../../../shared/api';
import { maySeeFeedback } from '../../../../shared/api/access-rules';
import { CHANNELS, CHANNEL_LABELS, type Channel } from '../../../../shared/domain/channels';
import {
  FEEDBACK_KINDS,
  FEEDBACK_KIND_LABELS,
  type FeedbackKind,
} from '../../../../shared/domain/feedback';
import { londonDateOf, londonInstant, londonTimeOf } from '../../../../shared/time/london';
import { callApi } from '../../api/client';
import { textOf } from '../../form-data';
import { formatDay } from '../../format';
import { useSubmitGuard } from '../../hooks/useSubmitGuard';
import { useAppStore } from '../../store';
import { CustomerPicker } from '../CustomerPicker';
import { ErrorSummary, type FieldProblem } from '../ErrorSummary';
import { Field } from '../Field';
import { ChoiceGroup } from './ChoiceGroup';
import { problemsOf } from './problems';

const FORM_FIELDS = [
  'kind',
  'serviceId',
  'channel',
  'receivedAt',
  'summary',
  'aboutNamedStaff',
] as const;

function confirmationOf(item: FeedbackView, seen: boolean): string {
  const what = `${item.reference}: ${FEEDBACK_KIND_LABELS[item.kind].toLowerCase()} about ${item.serviceName}.`;
  const leadersOnly = seen
    ? ''
    : ' It names a member of staff, so only team leaders and administrators can see it now.';
  if (item.kind !== 'complaint')
    return `Logged ${what} Recorded and closed; no reply is due.${leadersOnly}`;
  const due = item.stages[0]?.dueDate;
  return due
    ? `Logged ${what} Stage 1 reply due by ${formatDay(due)}.${leadersOnly}`
    : `Logged ${what} No stage 1 standard is set, so no reply date was worked out.${leadersOnly}`;
}

/**
 * Complaints, compliments and comments logged in one place (NeSDS standards 7 and 20),
 * with the date received on the London clock, since a complaint's stage 1 clock starts then.
 */
export function LogFeedbackForm({
  onLogged,
  onOpen,
}: {
  onLogged: (item: FeedbackView) => void;
  onOpen: (item: FeedbackView) => void;
}) {
  const reference = useAppStore((s) => s.reference);
  const staff = useAppStore((s) => s.session!.staff);
  const [kind, setKind] = useState<FeedbackKind | ''>('');
  const [customer, setCustomer] = useState<CustomerSummary | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [logged, setLogged] = useState<FeedbackView | null>(null);
  const [loggedCount, setLoggedCount] = useState(0);
  const { guard } = useSubmitGuard();
  const now = new Date();

  // One item per save, however often the save key is pressed while it is being logged.
  const onSubmit = guard(async (event: FormEvent<HTMLFormElement>) => {
    const form = event.currentTarget;
    const data = new FormData(form);
    const date = textOf(data, 'receivedDate');
    const result = await callApi('feedback.log', {
      kind: kind as FeedbackKind,
      serviceId: textOf(data, 'serviceId'),
      channel: textOf(data, 'channel') as Channel,
      receivedAt: date
        ? londonInstant(date, textOf(data, 'receivedTime') || '09:00').toISOString()
        : '',
      summary: textOf(data, 'summary'),
      aboutNamedStaff: data.get('aboutNamedStaff') === 'on',
      ...(customer ? { customerId: customer.id } : {}),
    });
    if (!result.ok) {
      const found = problemsOf(result.error, FORM_FIELDS);
      setErrors(found.fields);
      setProblems(found.problems);
      setLogged(null);
      return;
    }
    setErrors({});
    setProblems([]);
    setLogged(result.value);
    setLoggedCount((n) => n + 1);
    form.reset();
    setKind('');
    setCustomer(null);
    onLogged(result.value);
  });

  return (
    <form
      className="panel feedback-log"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="feedback-log-heading"
    >
      <h2 id="feedback-log-heading">
        Log a complaint, compliment or comment <kbd>Alt+G</kbd>
      </h2>
      {logged && (
        <div className="confirmation feedback-logged">
          <p role="status" data-testid="feedback-logged">
            <span aria-hidden="true">✓ </span>
            {confirmationOf(logged, maySeeFeedback(staff, logged))}
          </p>
          {maySeeFeedback(staff, logged) && (
            <button type="button" className="link" onClick={() => onOpen(logged)}>
              Open {logged.reference}
            </button>
          )}
        </div>
      )}
      <ErrorSummary title="The item was not logged" problems={problems} idPrefix="log" />
      <ChoiceGroup
        id="log-kind"
        name="kind"
        legend="What is it?"
        options={FEEDBACK_KINDS.map((k) => ({ value: k, label: FEEDBACK_KIND_LABELS[k] }))}
        value={kind}
        onChange={setKind}
        error={errors.kind}
      />
      <div className="grid">
        <Field id="log-serviceId" label="Service it is about" error={errors.serviceId}>
          <select name="serviceId" defaultValue="">
            <option value="">Choose the service…</option>
            {reference?.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="log-channel" label="Came in by" error={errors.channel}>
          <select name="channel" defaultValue="">
            <option value="">Choose…</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="log-receivedAt"
          label="Date received"
          hint="The day it reached the council, not the day it is logged."
          error={errors.receivedAt}
        >
          <input name="receivedDate" type="date" defaultValue={londonDateOf(now)} />
        </Field>
        <Field id="log-receivedTime" label="Time received" hint="UK time.">
          <input name="receivedTime" type="time" defaultValue={londonTimeOf(now)} />
        </Field>
      </div>
      <Field
        id="log-summary"
        label="What the customer told us"
        hint="In their words where you can: what happened and what they want the council to do."
        error={errors.summary}
      >
        <textarea name="summary" rows={4} />
      </Field>
      {/* Access rules (shared/api/access-rules.ts): seen only by team leaders and administrators. */}
      <div className="field">
        <label className="check" htmlFor="log-aboutNamedStaff">
          <input
            type="checkbox"
            id="log-aboutNamedStaff"
            name="aboutNamedStaff"
            aria-describedby="log-aboutNamedStaff-hint"
          />{' '}
          It is about a named member of staff
        </label>
        <span id="log-aboutNamedStaff-hint" className="hint">
          Only team leaders and administrators will see it.
        </span>
      </div>
      {/* A fresh picker for each item, so the last search does not linger. */}
      <CustomerPicker
        key={loggedCount}
        idPrefix="feedback"
        customer={customer}
        onChange={setCustomer}
      />
      <button type="submit" className="primary">
        {kind ? `Log ${FEEDBACK_KIND_LABELS[kind].toLowerCase()}` : 'Log it'}
      </button>
    </form>
  );
}
