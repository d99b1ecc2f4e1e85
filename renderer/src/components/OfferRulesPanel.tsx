// Proactive offers (NeSDS standard 4): "when a contact about this service is recorded, offer
// that". Administrators add rules and switch them on or off; advisers see the ones that are on.
import { useEffect, useState, type FormEvent } from 'react';
import type { OfferRule } from '../../../shared/api';
import { textOf } from '../form-data';
import { useAppStore } from '../store';
import { callApi } from '../api/client';
import { ErrorSummary, type FieldProblem } from './ErrorSummary';
import { Field } from './Field';
import './offer-rules.css';

const ID = 'offer-rule';

interface ServiceGroup {
  serviceId: string;
  serviceName: string;
  rules: OfferRule[];
}
/** Rules in the order the back end gives them (by service), grouped by trigger service. */
function byService(rules: OfferRule[]): ServiceGroup[] {
  const groups = new Map<string, ServiceGroup>();
  for (const rule of rules) {
    const group = groups.get(rule.triggerServiceId);
    if (group) group.rules.push(rule);
    else
      groups.set(rule.triggerServiceId, {
        serviceId: rule.triggerServiceId,
        serviceName: rule.triggerServiceName,
        rules: [rule],
      });
  }
  return [...groups.values()];
}

const switchWords = (rule: OfferRule) => (rule.active ? 'Switch off' : 'Switch on');

const problemsOf = (error: { message: string; fields?: Record<string, string> }) =>
  Object.entries(error.fields ?? { '': error.message }).map(([field, message]) => ({
    field,
    message,
  }));

export function OfferRulesPanel() {
  const services = useAppStore((s) => s.reference?.services);
  const announce = useAppStore((s) => s.announce);
  const [rules, setRules] = useState<OfferRule[] | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [switchError, setSwitchError] = useState<{ id: string; message: string } | null>(null);

  useEffect(() => {
    void callApi('offers.rules', {}).then((r) => r.ok && setRules(r.value));
  }, []);

  function confirm(message: string) {
    setSaved(message);
    announce(message);
  }

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const result = await callApi('offers.saveRule', {
      triggerServiceId: textOf(data, 'triggerServiceId'),
      offer: textOf(data, 'offer'),
      active: true,
    });
    if (!result.ok) {
      setSaved(null);
      return setProblems(problemsOf(result.error));
    }
    setProblems([]);
    setRules(result.value);
    form.reset();
    confirm(`Offer added: ${textOf(data, 'offer').trim()}.`);
  }

  async function onSwitch(rule: OfferRule) {
    const result = await callApi('offers.saveRule', {
      id: rule.id,
      triggerServiceId: rule.triggerServiceId,
      offer: rule.offer,
      active: !rule.active,
    });
    if (!result.ok) {
      setSaved(null);
      return setSwitchError({ id: rule.id, message: result.error.message });
    }
    setSwitchError(null);
    setRules(result.value);
    confirm(`${rule.offer} switched ${rule.active ? 'off' : 'on'}.`);
  }

  const errorOf = (field: string) => problems.find((p) => p.field === field)?.message;
  return (
    <section className="panel offer-rules" aria-labelledby="offer-rules-heading">
      <h2 id="offer-rules-heading">Proactive offers</h2>
      <p className="hint">
        Advisers recording a contact about the service are prompted to make the offers that are on
        (NeSDS standard 4). Switch an offer off to stop the prompt and keep its figures.
      </p>
      {saved && <p className="confirmation">✓ {saved}</p>}
      {rules === null && <p aria-busy="true">Loading offers…</p>}
      {rules?.length === 0 && <p>No offers yet.</p>}
      {rules &&
        byService(rules).map((group) => (
          <div className="offer-group" key={group.serviceId} data-testid="offer-group">
            <h3>When a contact about {group.serviceName} is recorded, offer:</h3>
            <ul>
              {group.rules.map((rule) => (
                <li
                  key={rule.id}
                  className={rule.active ? 'offer-on' : 'offer-off'}
                  data-testid="offer-rule"
                >
                  <span className="offer-text">{rule.offer}</span>
                  <span className="offer-state">{rule.active ? '✓ On' : '✗ Off: not offered'}</span>
                  <button
                    type="button"
                    // The visible words first, so speech input users can say them (WCAG 2.5.3).
                    aria-label={`${switchWords(rule)}: ${rule.offer} for ${group.serviceName}`}
                    onClick={() => void onSwitch(rule)}
                  >
                    {switchWords(rule)}
                  </button>
                  {switchError?.id === rule.id && (
                    <span role="alert" className="error-text">
                      {switchError.message}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      <form onSubmit={(e) => void onAdd(e)} noValidate aria-labelledby={`${ID}-add-heading`}>
        <h3 id={`${ID}-add-heading`}>Add an offer</h3>
        <ErrorSummary title="The offer was not added" problems={problems} idPrefix={ID} />
        <div className="grid">
          <Field
            id={`${ID}-triggerServiceId`}
            label="When a contact is recorded about"
            error={errorOf('triggerServiceId')}
          >
            <select name="triggerServiceId" defaultValue="">
              <option value="">Choose a service…</option>
              {services?.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={`${ID}-offer`}
            label="Offer to make"
            hint="For example “Single person discount”."
            error={errorOf('offer')}
          >
            <input name="offer" maxLength={160} />
          </Field>
        </div>
        <div className="actions">
          <button type="submit" className="primary">
            Add offer
          </button>
        </div>
      </form>
    </section>
  );
}
