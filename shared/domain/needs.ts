// What the desk must know before calling a customer (NeSDS standard 5; Halton charter:
// interpreter or signer, hearing or visual assistance, preferred format).
import { z } from 'zod';

export const customerNeedsSchema = z
  .object({
    interpreter: z.boolean().default(false),
    language: z.string().trim().max(60).nullable().default(null),
    bslSigner: z.boolean().default(false),
    hearingLoop: z.boolean().default(false),
    accessibleDesk: z.boolean().default(false),
    largePrint: z.boolean().default(false),
    easyRead: z.boolean().default(false),
    other: z.string().trim().max(200).nullable().default(null),
  })
  .strict()
  .superRefine((needs, ctx) => {
    if (needs.interpreter && !needs.language) {
      ctx.addIssue({
        code: 'custom',
        path: ['language'],
        message: 'Say which language the interpreter is for.',
      });
    }
  });

export type CustomerNeeds = z.output<typeof customerNeedsSchema>;

export const NO_NEEDS: CustomerNeeds = {
  interpreter: false,
  language: null,
  bslSigner: false,
  hearingLoop: false,
  accessibleDesk: false,
  largePrint: false,
  easyRead: false,
  other: null,
};

/** The needs in a few words for the waiting list: "Interpreter (Polish), hearing loop". */
export function describeNeeds(needs: CustomerNeeds): string[] {
  const words: string[] = [];
  if (needs.interpreter) words.push(`Interpreter (${needs.language ?? 'language not given'})`);
  if (needs.bslSigner) words.push('BSL signer');
  if (needs.hearingLoop) words.push('Hearing loop');
  if (needs.accessibleDesk) words.push('Accessible desk');
  if (needs.largePrint) words.push('Large print');
  if (needs.easyRead) words.push('Easy read');
  if (needs.other) words.push(needs.other);
  return words;
}
