import type { ContactOffer, OfferResponse, OfferRule } from '../../../../shared/api';
import { OFFER_RESPONSES, OFFER_RESPONSE_LABELS } from '../../../../shared/api/offers';

/**
 * The proactive offers for the chosen service (NeSDS standard 4), each answered offered,
 * accepted or declined while the contact is recorded; "Not offered" leaves it out.
 */
export function OfferChoices({
  idPrefix,
  rules,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  rules: OfferRule[];
  value: ContactOffer[];
  onChange: (offers: ContactOffer[]) => void;
  error?: string | undefined;
}) {
  if (rules.length === 0) return null;
  const responseOf = (ruleId: string) => value.find((o) => o.ruleId === ruleId)?.response ?? '';
  const set = (ruleId: string, response: OfferResponse | '') =>
    onChange([
      ...value.filter((o) => o.ruleId !== ruleId),
      ...(response ? [{ ruleId, response }] : []),
    ]);
  return (
    <fieldset className="offers" aria-describedby={error ? `${idPrefix}-offers-error` : undefined}>
      <legend>Also offer the customer</legend>
      {error && (
        <p id={`${idPrefix}-offers-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      {rules.map((rule) => (
        <fieldset key={rule.id} className="offer" data-testid="offer">
          <legend>{rule.offer}</legend>
          {(['', ...OFFER_RESPONSES] as const).map((response) => {
            const id = `${idPrefix}-offer-${rule.id}-${response || 'none'}`;
            return (
              <label key={response || 'none'} htmlFor={id} className="check">
                <input
                  id={id}
                  type="radio"
                  name={`${idPrefix}-offer-${rule.id}`}
                  checked={responseOf(rule.id) === response}
                  onChange={() => set(rule.id, response)}
                />{' '}
                {response ? OFFER_RESPONSE_LABELS[response] : 'Not offered'}
              </label>
            );
          })}
        </fieldset>
      ))}
    </fieldset>
  );
}
