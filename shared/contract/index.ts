import type { z } from 'zod';
import { controlsContract } from './controls';
import { workspaceContract } from './workspace';
import { auditContract } from './audit';
import { screeningListsContract } from './screening-lists';
import { screeningContract } from './screening';
import { partiesContract } from './parties';
import { documentsContract } from './documents';
import { itemsContract } from './items';
import { classificationsContract } from './classifications';
import { determinationContract } from './determination';
import { applicationsContract } from './applications';
import { licensesContract } from './licenses';
import { dashboardContract } from './dashboard';
import { hostContract } from './host';
import { packagesContract } from './packages';
import { backupContract } from './backup';
import { retentionContract } from './retention';
import { importsContract } from './imports';
import type { Result } from '../errors';
import { METHOD_NAMES, type MethodName } from './methods';

/** The one contract: every call the renderer, the CLI and the bridge can make. */
export const contract = { ...workspaceContract, ...auditContract, ...controlsContract, ...screeningListsContract, ...screeningContract, ...partiesContract, ...documentsContract, ...itemsContract, ...classificationsContract, ...determinationContract, ...applicationsContract, ...licensesContract, ...dashboardContract, ...hostContract, ...packagesContract, ...backupContract, ...retentionContract, ...importsContract };

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = NonNullable<Contract[M]['output']>;

export const METHODS: readonly Method[] = METHOD_NAMES;

// Compile-time proof that methods.ts and the contract list the same names, both ways.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const methodListMatchesContract: Exactly<Method, MethodName> = true;

/** Progress of a long call, sent while it runs. */
export interface Progress {
  jobId: string;
  phase: string;
  done: number;
  total: number;
}

/** What the preload exposes and the bridge client mimics: one function per method. */
export type ExportDeskApi = { [M in Method]: (input: Input<M>) => Promise<Result<Output<M>>> } & {
  onProgress(listener: (p: Progress) => void): () => void;
};

export type { Result };
