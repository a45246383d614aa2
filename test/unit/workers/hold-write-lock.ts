/**
 * Holds the write lock of a workspace for a while, as a long batch commit in another window does:
 * BEGIN IMMEDIATE, print LOCKED, wait, roll back. Run through tsx by workspace-concurrency.test.ts.
 */
import Database from 'better-sqlite3';

const [file, ms] = [process.argv[2]!, Number(process.argv[3])];
const db = new Database(file);
db.pragma('busy_timeout = 10000');
db.prepare('BEGIN IMMEDIATE').run();
process.stdout.write('LOCKED\n');
// A synchronous wait, as a long commit blocks its own process.
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
db.prepare('ROLLBACK').run();
db.close();
process.stdout.write('RELEASED\n');
