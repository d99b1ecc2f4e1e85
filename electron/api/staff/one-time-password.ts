// A one-time password an administrator gives to a member of staff (a new account, a reset):
// 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I), in groups of four so
// it can be read out or copied by hand: about 79 bits, and it must pass the same rules as a
// chosen password. The person replaces it when they first sign in.
import { randomInt } from 'node:crypto';
import { passwordProblem } from '../auth/password-rules';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function oneTimePassword(username: string): string {
  for (;;) {
    const characters = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
    const password = [0, 4, 8, 12].map((i) => characters.slice(i, i + 4).join('')).join('-');
    if (!passwordProblem(password, username)) return password;
  }
}
