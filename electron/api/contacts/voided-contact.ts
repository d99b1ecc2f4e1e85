// A contact voided as recorded in error (issue 19) stays exactly as it was voided: nothing
// more is done to it (corrected, voided again, handed off, surveyed, scored for quality).
// Every refusal says who voided it, when and why, in the same words.
import { format, parseISO } from 'date-fns';
import { ApiFailure } from '../../../shared/api/errors';
import { londonDateOf, londonTimeOf } from '../../../shared/time/london';
import type { ReadableDB } from '../../../db/handles';
import { contactVoiding } from '../../../db/queries/contacts/contacts';

/** "voided by Amina Khan at 10:05 on 23 November 2026: “Recorded twice.”" */
export function voidedWords(v: { at: string; byName: string; reason: string }): string {
  const day = format(parseISO(londonDateOf(v.at)), 'd MMMM yyyy');
  return `voided by ${v.byName} at ${londonTimeOf(v.at)} on ${day}: “${v.reason}”`;
}

/**
 * Refuses (CONFLICT) when the contact is void; `then` says what to do instead.
 * A contact that does not exist is left to the caller's own NOT_FOUND.
 */
export async function refuseIfVoided(db: ReadableDB, contactId: string, then: string) {
  const voided = await contactVoiding(db, contactId);
  if (!voided) return;
  throw new ApiFailure('CONFLICT', `This contact was ${voidedWords(voided)}. ${then}`);
}
