/**
 * Seeded bijections between a stream's creation number and its id prefix and streamname. Every
 * generated id and name is unique by construction, and either one leads straight back to its
 * stream: no index over 100 000 streams has to be built to look one up.
 */
import {Random} from './prng.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** How many 5-character names there are. */
const NAME_SPACE = 62 ** 5;

export interface Codec {
  readonly hash: string;
  readonly idKeys: readonly number[];
  readonly nameKeys: readonly number[];
}

export function createCodec(seed: string, hash: string): Codec {
  const rng = new Random(`${seed}:codec`);
  const keys = () => [rng.uint32(), rng.uint32(), rng.uint32(), rng.uint32()];
  return {hash, idKeys: keys(), nameKeys: keys()};
}

const round = (half: number, key: number) => {
  let x = Math.imul(half ^ key, 0x9e3779b1);
  x ^= x >>> 15;
  x = Math.imul(x, 0x85ebca6b);
  return (x ^ (x >>> 13)) >>> 0;
};

/** A Feistel permutation of the integers below 2^(2·bits). */
function feistel(x: number, bits: number, keys: readonly number[], inverse: boolean): number {
  const mask = (1 << bits) - 1;
  let l = Math.floor(x / (mask + 1));
  let r = x & mask;
  if (!inverse) {
    for (let i = 0; i < keys.length; i++) {
      const t = (l ^ round(r, keys[i] as number)) & mask;
      l = r;
      r = t;
    }
  } else {
    for (let i = keys.length - 1; i >= 0; i--) {
      const t = (r ^ round(l, keys[i] as number)) & mask;
      r = l;
      l = t;
    }
  }
  return l * (mask + 1) + r;
}

/** The 8 hex digits an id of stream number `seq` starts with. */
export function idPrefix(codec: Codec, seq: number): string {
  return feistel(seq, 16, codec.idKeys, false).toString(16).padStart(8, '0');
}

/** The stream number an id was made for (when it is a generated one). */
export function seqOfId(codec: Codec, id: string): number | undefined {
  if (!/^[0-9a-f]{8}-/.test(id)) return undefined;
  return feistel(parseInt(id.slice(0, 8), 16), 16, codec.idKeys, true);
}

/** The streamname of stream number `seq`: the hash, '-', 5 letters/digits. */
export function streamnameOf(codec: Codec, seq: number): string {
  let n = seq;
  // Cycle-walking keeps the 30-bit permutation inside the 62^5 names.
  do n = feistel(n, 15, codec.nameKeys, false);
  while (n >= NAME_SPACE);
  const c = (k: number) => ALNUM.charCodeAt(Math.floor(n / k) % 62);
  return `${codec.hash}-${String.fromCharCode(c(1), c(62), c(3844), c(238328), c(14776336))}`;
}

/** The stream number a streamname was made for (when it is a generated one). */
export function seqOfStreamname(codec: Codec, streamname: string): number | undefined {
  if (streamname.length !== 11 || !streamname.startsWith(`${codec.hash}-`)) return undefined;
  let n = 0;
  for (let i = 10, k = 14776336; i >= 6; i--, k /= 62) {
    const digit = ALNUM.indexOf(streamname.charAt(i));
    if (digit < 0) return undefined;
    n += digit * k;
  }
  do n = feistel(n, 15, codec.nameKeys, true);
  while (n >= NAME_SPACE);
  return n;
}
