import type { Migration } from './types';
import { migration001 } from './001-core';
import { migration002 } from './002-control-lists';
import { migration003 } from './003-snapshot-delete-guards';
import { migration004 } from './004-screening-lists';
import { migration005 } from './005-parties';
import { migration006 } from './006-screening-records';
import { migration007 } from './007-items';
import { migration008 } from './008-country-chart';
import { migration009 } from './009-applications';
import { migration010 } from './010-packages';
import { migration011 } from './011-item-encryption-report';
import { migration012 } from './012-package-audit-head';

/** Every migration in order. Never edit one that has shipped; add the next. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
