/**
 * A small seeded pseudo-random generator (sfc32 seeded through cyrb128), so that the mock
 * organisation is the same on every run for the same seed. Not for anything secret.
 */

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const ALNUM_CODES = Array.from(ALNUM, c => c.charCodeAt(0));
const HEX = '0123456789abcdef';
const HEX_CODES = Array.from(HEX, c => c.charCodeAt(0));
const DASH = 45;

/** cyrb128: four 32-bit hashes of a string. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export class Random {
  private readonly scratch: number[] = new Array<number>(36).fill(0);
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /**
   * A generator seeded from any string (or a number's decimal text), or from four 32-bit words
   * (see `seedWords`) mixed with a salt: cheap child generators without hashing a string.
   */
  constructor(seed: string | number | readonly [number, number, number, number], salt = 0) {
    [this.a, this.b, this.c, this.d] = typeof seed === 'object' ? seed : cyrb128(String(seed));
    this.a ^= salt;
    this.d ^= Math.imul(salt, 0x9e3779b1);
    // Warm up: the first outputs of sfc32 are weakly mixed.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** A uniformly distributed unsigned 32-bit integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** An index drawn with the given (not necessarily normalised) weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] as number;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** An index drawn with cumulative weights (see `cumulative()`): O(log n). */
  weightedCumulative(cumulative: readonly number[]): number {
    const r = this.next() * (cumulative[cumulative.length - 1] as number);
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Letters and digits. */
  alnum(length: number): string {
    const codes: number[] = [];
    for (let i = 0; i < length; i++) codes.push(ALNUM_CODES[this.uint32() % 62] as number);
    return String.fromCharCode(...codes);
  }

  /** Lower-case hex digits. */
  hex(length: number): string {
    const codes: number[] = [];
    for (let i = 0; i < length; i++) codes.push(HEX_CODES[this.uint32() & 15] as number);
    return String.fromCharCode(...codes);
  }

  /** A UUID shaped like version 4 (`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`). */
  uuid(): string {
    const c = this.scratch;
    let n = 0;
    for (let i = 0; i < 36; i++) {
      if (i === 8 || i === 13 || i === 18 || i === 23) {
        c[i] = DASH;
        continue;
      }
      if ((i & 7) === 0 || i === 9 || i === 14 || i === 19 || i === 24) n = this.uint32();
      c[i] = HEX_CODES[n & 15] as number;
      n >>>= 4;
    }
    c[14] = 52; // '4': version 4
    c[19] = HEX_CODES[8 + (n & 3)] as number; // variant 10xx
    return String.fromCharCode.apply(null, c);
  }

  /** Fisher–Yates, in place. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = items[i] as T;
      items[i] = items[j] as T;
      items[j] = t;
    }
    return items;
  }
}

/** Running sums of weights, for `Random.weightedCumulative`. */
export function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map(w => (sum += w));
}

/** The four 32-bit words a seed string hashes to, for `new Random(words, salt)`. */
export function seedWords(seed: string): [number, number, number, number] {
  return cyrb128(seed);
}
