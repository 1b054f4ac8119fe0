/** A seeded pseudo-random source, so the mock data comes out the same on every run and machine. */
export type Rng = {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number
  /** A float in [min, max). */
  float(min: number, max: number): number
  /** True with the given probability (0..1). */
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** One of the items, each as likely as its weight. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T
  /** `count` distinct items, in their original order. */
  sample<T>(items: readonly T[], count: number): T[]
}

/** mulberry32: tiny, fast, and good enough for fake data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))

  return {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick: empty list')
      return items[Math.floor(next() * items.length)] as T
    },
    weighted<T>(choices: readonly (readonly [T, number])[]): T {
      const sum = choices.reduce((acc, [, weight]) => acc + weight, 0)
      let roll = next() * sum
      for (const [value, weight] of choices) {
        roll -= weight
        if (roll < 0) return value
      }
      const last = choices.at(-1)
      if (!last) throw new Error('weighted: empty list')
      return last[0]
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const indexes = items.map((_, index) => index)
      // Partial Fisher–Yates: only the first `count` slots need shuffling.
      for (let i = 0; i < Math.min(count, indexes.length); i++) {
        const j = int(i, indexes.length - 1)
        ;[indexes[i], indexes[j]] = [indexes[j] as number, indexes[i] as number]
      }
      return indexes
        .slice(0, count)
        .sort((a, b) => a - b)
        .map((index) => items[index] as T)
    },
  }
}

/** FNV-1a, to give each part of the seed its own stream: changing one part leaves the others alone. */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** Each part of the seed (a project, the large client's invoices) draws from its own stream. */
export function rngFor(part: string): Rng {
  return createRng(seedFromText(`nextoria-seed/${part}`))
}
