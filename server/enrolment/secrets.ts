// The one-time enrolment codes and the desk secrets, and how each is kept: only as a SHA-256
// hash. Both are high-entropy random values (80 and 256 bits), so a slow password hash (scrypt)
// would add nothing against guessing a value from its hash and would cost every push a few
// hundred milliseconds; a plain hash still means a copy of the database enrols or signs no desk.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  ENROLMENT_CODE_ALPHABET as ALPHABET,
  normaliseEnrolmentCode,
} from '../../shared/sync/enrolment-code';

export { normaliseEnrolmentCode };

/** 16 characters in four groups of four: 80 random bits, e.g. `7K3M-Q9TX-2HWB-D4NR`. */
export function newEnrolmentCode(): string {
  // 256 is a multiple of 32, so taking each byte modulo 32 keeps every character equally likely.
  const chars = [...randomBytes(16)].map((b) => ALPHABET[b % 32]!);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

export function hashEnrolmentCode(typed: string): string {
  return sha256(`enrolment-code:${normaliseEnrolmentCode(typed)}`);
}

/** A desk's secret: 32 random bytes, base64url (no dots, so `<deskId>.<secret>` splits cleanly). */
export function newDeskSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashDeskSecret(secret: string): string {
  return sha256(`desk-secret:${secret}`);
}

/** Compares two hex hashes in constant time (both are SHA-256, so always the same length). */
export function sameHash(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a, 'hex'), Buffer.from(b, 'hex')];
  return x.length === y.length && timingSafeEqual(x, y);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
