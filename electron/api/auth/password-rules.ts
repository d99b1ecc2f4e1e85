// Password rules after the NCSC's password guidance: length rather than composition rules
// (at least 12 characters, any characters), refuse passwords on a list of commonly used ones
// (the "passwords-common" list zxcvbn-ts ships, about 49,000 words), and refuse one that
// contains the username. The answer is a message in plain words, or null when it is fine.
import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

export function passwordProblem(password: string, username: string): string | null {
  const characters = [...password].length;
  if (characters < MIN_PASSWORD_LENGTH)
    return `Use at least ${MIN_PASSWORD_LENGTH} characters: three random words together make a strong password that is easy to remember.`;
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower))
    return 'That password is one of the most commonly used, so it is easy to guess. Choose another.';
  if (username.length >= 3 && lower.includes(username.toLowerCase()))
    return 'The password must not contain the username. Choose another.';
  return null;
}
