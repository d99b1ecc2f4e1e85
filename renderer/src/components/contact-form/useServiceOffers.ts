import { useEffect, useState } from 'react';
import type { ContactOffer, ContactRecord, OfferRule } from '../../../../shared/api';
import { activeOnly } from '../../active-items';
import { callApi } from '../../api/client';

/**
 * The offers a contact can carry: those of the council's rules switched on for the chosen
 * service, with the customer's answers (a correction starts from the contact's own).
 */
export function useServiceOffers(original: ContactRecord | undefined, serviceId: string) {
  const [offers, setOffers] = useState<ContactOffer[]>(
    original?.offers.map((o) => ({ ruleId: o.ruleId, response: o.response })) ?? [],
  );
  const [rules, setRules] = useState<OfferRule[]>([]);
  useEffect(() => {
    void callApi('offers.rules', {}).then((r) => r.ok && setRules(r.value));
  }, []);
  const serviceRules = activeOnly(rules).filter((r) => r.triggerServiceId === serviceId);
  // Only offers for the service finally chosen are kept.
  const offersToSave = () => offers.filter((o) => serviceRules.some((r) => r.id === o.ruleId));
  return { offers, setOffers, serviceRules, offersToSave };
}
