/** Deterministic query names for screening benchmarks: listed names, typo'd and reordered ones, and near misses. */
export function rng(seed: number): () => number {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function typo(name: string, r: () => number): string {
  const i = 1 + Math.floor(r() * Math.max(1, name.length - 2));
  return name.slice(0, i) + (name[i + 1] ?? '') + (name[i] ?? '') + name.slice(i + 2);
}

export function queryNames(listed: string[], count: number, seed: number): string[] {
  const r = rng(seed);
  const pick = () => listed[Math.floor(r() * listed.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = pick();
    if (i % 3 === 0) out.push(name); // as listed
    else if (i % 3 === 1) out.push(typo(name, r).split(/[ ,]+/).reverse().join(' ')); // a typo, words reversed
    else out.push(`${pick().split(/[ ,]+/)[0]} ${pick().split(/[ ,]+/).slice(-1)[0]}`); // words of two unrelated entries
  }
  return out;
}
