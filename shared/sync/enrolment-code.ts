// The one-time enrolment code's form, shared by the desk that checks what an administrator
// typed and the council server that makes and hashes codes (server/enrolment/secrets.ts).

/** Crockford's base32: no I, L, O or U, so a code read aloud or off paper types back right. */
export const ENROLMENT_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** What a person typed, in the code's own form: case, spaces and dashes ignored; O read as 0, I and L as 1. */
export function normaliseEnrolmentCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Whether a typed code could be one: 16 characters of the alphabet once normalised. */
export function looksLikeEnrolmentCode(typed: string): boolean {
  const code = normaliseEnrolmentCode(typed);
  return code.length === 16 && [...code].every((c) => ENROLMENT_CODE_ALPHABET.includes(c));
}
