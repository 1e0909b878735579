// The demo seed's only source of chance: a small seeded generator (sfc32, seeded through cyrb128), so the
// same seed plans the same year of activity on every machine. Not for anything secret.

export type Weighted<Value> = readonly (readonly [Value, number])[];

export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(seed);
    // The first outputs of sfc32 still echo the seed: let it run a little before use.
    for (let warmUp = 0; warmUp < 15; warmUp++) this.next();
  }

  /** An independent generator for one part of the plan: adding draws elsewhere does not shift it. */
  fork(label: string): SeededRandom {
    return new SeededRandom(`${this.a}:${this.b}:${this.c}:${this.d}/${label}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.a |= 0;
    this.b |= 0;
    this.c |= 0;
    this.d |= 0;
    const result = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + result) | 0;
    return (result >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max], both included. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<Value>(values: readonly Value[]): Value {
    if (values.length === 0) throw new RangeError('pick needs at least one value');
    return values[Math.floor(this.next() * values.length)]!;
  }

  weighted<Value>(entries: Weighted<Value>): Value {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [value, weight] of entries) {
      target -= weight;
      if (target < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** Small integers are likelier: an integer in [min, max] from a triangular law peaking at `mode`. */
  triangular(min: number, mode: number, max: number): number {
    const draw = this.next();
    const split = (mode - min) / (max - min || 1);
    const value =
      draw < split
        ? min + Math.sqrt(draw * (max - min) * (mode - min))
        : max - Math.sqrt((1 - draw) * (max - min) * (max - mode));
    return Math.min(max, Math.max(min, Math.round(value)));
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<Value>(values: readonly Value[]): Value[] {
    const shuffled = [...values];
    for (let index = shuffled.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      [shuffled[index], shuffled[other]] = [shuffled[other]!, shuffled[index]!];
    }
    return shuffled;
  }
}

/**
 * `count` values dealt by their shares (largest remainder), shuffled: the proportions hold exactly at any
 * scale, and every value with a share gets at least one slot once `count` allows it.
 */
export function dealByShares<Value>(random: SeededRandom, shares: Weighted<Value>, count: number): Value[] {
  const total = shares.reduce((sum, [, share]) => sum + share, 0);
  const exact = shares.map(([value, share]) => ({ value, exact: (share / total) * count }));
  const slots = exact.map(({ value, exact: amount }) => ({
    value,
    count: count >= shares.length ? Math.max(1, Math.floor(amount)) : Math.floor(amount),
    remainder: amount - Math.floor(amount),
  }));
  let dealt = slots.reduce((sum, slot) => sum + slot.count, 0);
  const byRemainder = [...slots].sort((left, right) => right.remainder - left.remainder);
  for (let index = 0; dealt < count; index = (index + 1) % byRemainder.length) {
    byRemainder[index]!.count++;
    dealt++;
  }
  // The minimum of one may overshoot on tiny counts: take the excess back from the largest.
  while (dealt > count) {
    const largest = slots.reduce((most, slot) => (slot.count > most.count ? slot : most));
    largest.count--;
    dealt--;
  }
  return random.shuffle(slots.flatMap((slot) => Array.from({ length: slot.count }, () => slot.value)));
}

/** cyrb128: four 32-bit words from a string, to seed sfc32. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
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
