import type { Migration } from './types';
import { migration001 } from './001-core';
import { migration002 } from './002-control-lists';

/** Every migration in order. Never edit one that has shipped; add the next. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
