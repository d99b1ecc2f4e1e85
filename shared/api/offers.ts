import { z } from 'zod';
import { entityId, isoDate, text } from './common';
import { method } from './define';

/** "When a housing benefit claim is recorded, offer council tax reduction" (NeSDS standard 4). */
export interface OfferRule {
  id: string;
  triggerServiceId: string;
  triggerServiceName: string;
  offer: string;
  active: boolean;
}

export const OFFER_RESPONSES = ['offered', 'accepted', 'declined'] as const;
export type OfferResponse = (typeof OFFER_RESPONSES)[number];

export const OFFER_RESPONSE_LABELS: Record<OfferResponse, string> = {
  offered: 'Offered',
  accepted: 'Accepted',
  declined: 'Declined',
};

/** An offer the adviser made while recording a contact, and what the customer said. */
export const contactOfferSchema = z
  .object({
    ruleId: entityId('the offer'),
    response: z.enum(OFFER_RESPONSES, { error: 'Choose offered, accepted or declined.' }),
  })
  .strict();
export type ContactOffer = z.output<typeof contactOfferSchema>;

export interface OfferFigures {
  offer: string;
  offered: number;
  accepted: number;
  declined: number;
}

export const offersContract = {
  /** Active rules for everyone (the contact form shows them); all rules for administrators. */
  'offers.rules': method<OfferRule[]>()(z.object({}).strict()),
  'offers.saveRule': method<OfferRule[]>()(
    z
      .object({
        id: entityId('the offer').optional(),
        triggerServiceId: entityId('the service that triggers the offer'),
        offer: text('The offer', {
          max: 160,
          min: 3,
          required: 'Say what to offer, e.g. "Free school meals".',
        }),
        active: z.boolean().default(true),
      })
      .strict(),
    'session',
    ['administrator'],
  ),
  'offers.figures': method<OfferFigures[]>()(
    z
      .object({
        from: isoDate('The first day'),
        to: isoDate('The last day'),
      })
      .strict(),
  ),
};
