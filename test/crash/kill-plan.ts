import { MARK, type Marker } from './workers/markers';
import { shuffled } from './seeded-random';
import type { KillAt, Timeline } from './worker-process';

/**
 * Where kills land: before the work, while it prepares (reads, parses, matches), while its
 * transaction is open, and after (the COMMIT, the WAL checkpoint, the idle app). Each kill is timed
 * from the marker that opens its phase, not from spawn, so a slower start does not shift it into
 * another phase; how far into the phase is a seeded fraction of the phase's length.
 */
export type Phase = 'before' | 'prepare' | 'commit' | 'after' | 'during';

interface PhaseDef {
  phase: Phase;
  anchor: Marker | 'SPAWNED';
  /** The marker that ends the phase; null: the phase runs on past DONE while the worker idles. */
  end: Marker | null;
  weight: number;
}

export interface PlannedKill {
  phase: Phase;
  anchor: Marker | 'SPAWNED';
  /** How far into the phase, 0..1. */
  fraction: number;
}

export interface PhaseWindow {
  phase: Phase;
  anchor: Marker | 'SPAWNED';
  spanMs: number;
}

function phaseDefs(ref: Timeline): PhaseDef[] {
  if (ref[MARK.started] === undefined || ref[MARK.done] === undefined) throw new Error(`the reference run did not report ${MARK.started} and ${MARK.done}`);
  if (ref[MARK.commit] !== undefined && ref[MARK.committed] !== undefined) {
    return [
      { phase: 'before', anchor: 'SPAWNED', end: MARK.started, weight: 1 },
      { phase: 'prepare', anchor: MARK.started, end: MARK.commit, weight: 3 },
      { phase: 'commit', anchor: MARK.commit, end: MARK.committed, weight: 4 },
      { phase: 'after', anchor: MARK.committed, end: null, weight: 2 },
    ];
  }
  return [
    { phase: 'before', anchor: 'SPAWNED', end: MARK.started, weight: 1 },
    { phase: 'during', anchor: MARK.started, end: MARK.done, weight: 7 },
    { phase: 'after', anchor: MARK.done, end: null, weight: 2 },
  ];
}

/**
 * Phase lengths from every run that saw a phase through, shortest first: the machine is shared,
 * and a length measured while it was busy would send later, faster runs' kills past the phase.
 */
export class PhaseClock {
  private readonly defs: PhaseDef[];
  private readonly spans = new Map<Phase, number>();

  constructor(ref: Timeline) {
    this.defs = phaseDefs(ref);
    this.observe(ref);
  }

  observe(t: Timeline): void {
    const at = (m: Marker | 'SPAWNED') => (m === 'SPAWNED' ? 0 : t[m]);
    for (const d of this.defs) {
      const start = at(d.anchor);
      const done = t[MARK.done];
      if (start === undefined) continue;
      let span: number | undefined;
      if (d.end) {
        const end = at(d.end);
        if (end !== undefined) span = end - start;
      } else if (done !== undefined) {
        // Past DONE the worker idles like the app; a kill there checks what a returned call left.
        span = done - start + Math.max(150, 0.15 * (done - (t[MARK.started] ?? 0)));
      }
      // Before the work, only the first half: a fast start must not carry the kill into the work.
      if (span !== undefined && d.phase === 'before') span *= 0.5;
      if (span !== undefined) this.spans.set(d.phase, Math.min(this.spans.get(d.phase) ?? Infinity, span));
    }
  }

  windows(): PhaseWindow[] {
    return this.defs.map((d) => ({ phase: d.phase, anchor: d.anchor, spanMs: this.spans.get(d.phase) ?? 0 }));
  }

  killFor(k: PlannedKill): KillAt {
    return { anchor: k.anchor, delayMs: Math.round(k.fraction * (this.spans.get(k.phase) ?? 0) * 10) / 10 };
  }

  /** `runs` kills shared among the phases by weight (each at least one), in a seeded order. */
  plan(runs: number, rand: () => number): PlannedKill[] {
    const total = this.defs.reduce((n, d) => n + d.weight, 0);
    const exact = this.defs.map((d) => (runs * d.weight) / total);
    const counts = exact.map((x) => Math.max(1, Math.floor(x)));
    const byRemainder = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r);
    for (let k = 0; counts.reduce((a, b) => a + b, 0) < runs; k++) counts[byRemainder[k % byRemainder.length]!.i]!++;
    const plan: PlannedKill[] = [];
    this.defs.forEach((d, i) => {
      for (let k = 0; k < counts[i]!; k++) {
        // The first kill of a phase falls right on its marker: just after the commit function returns,
        // a file may already be in place with the COMMIT still to come. After it, the COMMIT and the
        // WAL checkpoint take milliseconds and the idle long, so kills there are drawn near the start.
        const fraction = k === 0 && counts[i]! > 1 ? 0 : d.phase === 'after' ? rand() ** 2 : rand();
        plan.push({ phase: d.phase, anchor: d.anchor, fraction });
      }
    });
    return shuffled(plan, rand);
  }
}
