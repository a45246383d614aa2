/**
 * The crash tests kill at random points; the seed is printed with every scenario so a failing kill
 * point can be replayed exactly (CRASH_SEED=<seed>). CRASH_RUNS sets the kills per scenario.
 */

/** mulberry32: small, fast, and the same sequence on every platform for a given seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function crashSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.CRASH_SEED;
  if (given !== undefined && given !== '') {
    const n = Number(given);
    if (!Number.isInteger(n) || n < 0) throw new Error(`CRASH_SEED must be a non-negative whole number, not "${given}"`);
    return n >>> 0;
  }
  return Math.floor(Math.random() * 2 ** 32) >>> 0;
}

export function crashRuns(defaultRuns: number, env: NodeJS.ProcessEnv = process.env): number {
  const given = env.CRASH_RUNS;
  if (given === undefined || given === '') return defaultRuns;
  const n = Number(given);
  // Fewer than 4 cannot cover before, prepare, commit and after.
  if (!Number.isInteger(n) || n < 4) throw new Error(`CRASH_RUNS must be a whole number of at least 4, not "${given}"`);
  return n;
}

/** Fisher-Yates with the seeded generator, so the order of kill points replays too. */
export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
