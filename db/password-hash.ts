// How a password is kept at rest, for the desk and the council server alike (issue 21: the
// server checks a desk's sign-in against the same hashes): node's scrypt at OWASP's
// recommended parameters (Password Storage Cheat Sheet: N=2^17, r=8, p=1). The parameters are
// stored with each hash, so they can be raised later without invalidating existing passwords.
//
// scrypt runs on libuv's thread pool (4 threads by default), which every file read and every
// other asynchronous crypto call shares: a burst of guesses would queue ahead of them all and
// stall the app (40 at once held every other request for 15 s). So at most
// MAX_CONCURRENT_HASHES run at a time, the rest wait their turn here, and the pool keeps
// threads free for everything else.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  logN: number;
  r: number;
  p: number;
}

export const OWASP_SCRYPT: Readonly<ScryptParams> = { logN: 17, r: 8, p: 1 };
const KEY_LENGTH = 64;

/** Half libuv's default pool (UV_THREADPOOL_SIZE 4); also bounds memory to 2 x 128 MiB. */
export const MAX_CONCURRENT_HASHES = 2;
let hashing = 0;
const waitingToHash: (() => void)[] = [];

/** Runs `work` once fewer than MAX_CONCURRENT_HASHES hashes are running, first come first served. */
async function inHashingTurn<T>(work: () => Promise<T>): Promise<T> {
  if (hashing < MAX_CONCURRENT_HASHES) hashing += 1;
  else await new Promise<void>((resolve) => waitingToHash.push(resolve));
  try {
    return await work();
  } finally {
    // The turn passes straight to the next in line, or is given back.
    const next = waitingToHash.shift();
    if (next) next();
    else hashing -= 1;
  }
}

/** How many password hashes are running and how many wait their turn. */
export function hashingLoad(): { running: number; waiting: number } {
  return { running: hashing, waiting: waitingToHash.length };
}

function derive(
  password: string,
  salt: Buffer,
  logN: number,
  r: number,
  p: number,
): Promise<Buffer> {
  const N = 2 ** logN;
  // scrypt needs 128 * N * r bytes; node's default cap (32 MiB) is below OWASP's 128 MiB.
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return inHashingTurn(
    () =>
      new Promise((resolve, reject) => {
        scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => {
          if (error) reject(error);
          else resolve(key);
        });
      }),
  );
}

export async function hashPassword(
  password: string,
  params: Readonly<ScryptParams> = OWASP_SCRYPT,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params.logN, params.r, params.p);
  return [
    'scrypt',
    params.logN,
    params.r,
    params.p,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !logN || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64'),
    Number(logN),
    Number(r),
    Number(p),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash to compare against when the username is unknown, so timing does not reveal it. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}
