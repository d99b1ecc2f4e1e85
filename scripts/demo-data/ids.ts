// Row ids shaped like the app's own (UUIDv7, db/write.ts newId): the timestamp is the moment
// the row stands for, so ids sort by time as the app's do, and rows inserted in time order
// append to the primary-key index instead of splitting pages all over it. The random bits
// come from the seeded generator, so the same seed gives the same ids.
import type { Random } from './random';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex16(n: number): string {
  return HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;
}

function hex32(n: number): string {
  return hex16(n >>> 16) + hex16(n);
}

/** A version 7, RFC 9562 variant UUID for the instant `ms`. */
export function uuidV7At(ms: number, rng: Random): string {
  const high = Math.floor(ms / 0x10000); // the top 32 of the 48 timestamp bits
  const low = ms % 0x10000;
  const r1 = rng.u32();
  const r2 = rng.u32();
  const r3 = rng.u32();
  return (
    `${hex32(high)}-${hex16(low)}-${hex16(0x7000 | (r1 >>> 20))}-` +
    `${hex16(0x8000 | ((r1 >>> 6) & 0x3fff))}-${hex16(r2 >>> 16)}${hex32(r3)}`
  );
}
