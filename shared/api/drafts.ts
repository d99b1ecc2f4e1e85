// Drafts (issue 19, "nothing lost on the way"): the contact form, the desk's filled-in
// contact and a letter being logged are kept as they are typed, per member of staff, until
// saved or discarded. A draft holds the form's fields as typed: text, ticks and choices.
import { z } from 'zod';
import { text } from './common';
import { method } from './define';

export interface Draft {
  data: Record<string, DraftValue>;
  updatedAt: string;
}
export type DraftValue = string | number | boolean | null | string[];

/** Which form: one of the three, the desk's named by its visit. */
export const draftForm = z
  .string({ error: 'Say which form the draft is for.' })
  .regex(
    /^(record-contact|log-item|visit-contact:[0-9a-f-]{36})$/,
    'There is no form of that name to keep a draft of.',
  );

const value = z.union([
  text('A field of the draft', { max: 10_000, multiline: true }),
  z.number().finite(),
  z.boolean(),
  z.null(),
  z.array(text('A choice in the draft', { max: 200 })).max(50),
]);

/** The largest draft kept: a form's fields, well under the notes' own limits together. */
export const MAX_DRAFT_FIELDS = 60;

export const draftsContract = {
  'drafts.get': method<Draft | null>()(z.object({ form: draftForm }).strict()),
  'drafts.save': method<null>()(
    z
      .object({
        form: draftForm,
        data: z
          .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/), value)
          .refine(
            (d) => Object.keys(d).length <= MAX_DRAFT_FIELDS,
            'The draft has too many fields.',
          ),
      })
      .strict(),
  ),
  'drafts.discard': method<null>()(z.object({ form: draftForm }).strict()),
};
