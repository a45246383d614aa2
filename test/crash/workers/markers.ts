import fs from 'node:fs';

/**
 * Lines a crash worker prints on stdout as it goes, so the test knows where a kill landed.
 * Written with writeSync: a commit runs synchronously, and a buffered write would only reach the
 * test after the transaction ended, hiding that the kill fell inside it.
 */
export const MARK = {
  /** The workspace is open; the operation has not begun. */
  opened: 'OPENED',
  /** The real work begins now. */
  started: 'STARTED',
  /** The write handler's commit began: the transaction is open. */
  commit: 'COMMIT',
  /** The commit function returned; the transaction's COMMIT is about to run. */
  committed: 'COMMITTED',
  /** The call returned (followed by a JSON summary of its result). */
  done: 'DONE',
} as const;

export type Marker = (typeof MARK)[keyof typeof MARK];

export function mark(marker: Marker, detail?: unknown): void {
  fs.writeSync(1, detail === undefined ? `${marker}\n` : `${marker} ${JSON.stringify(detail)}\n`);
}

/** After the work, the worker stays alive like the app would, until the test kills it. */
export function idleUntilKilled(): void {
  setInterval(() => {}, 1 << 30);
}
