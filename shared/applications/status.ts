/**
 * The life of an application, as one transition table. Modelled on LITE's case statuses (only a
 * draft is writable) and on the outcomes BIS gives a license application: approved, denied or
 * returned without action (15 CFR 748.6(c), § 750.4(a)(2)), a denial open to appeal (Part 756).
 */
import { AppError } from '../errors';
import { APPLICATION_STATUS_LABELS, type ApplicationStatus } from './types';

export const TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  draft: ['ready', 'withdrawn'],
  ready: ['draft', 'submitted', 'withdrawn'],
  submitted: ['returned-without-action', 'approved', 'approved-with-conditions', 'denied', 'withdrawn'],
  // 15 CFR Part 756: a denial may be appealed; the appeal ends in a new decision.
  denied: ['appealed'],
  appealed: ['approved', 'approved-with-conditions', 'denied', 'withdrawn'],
  'returned-without-action': [],
  approved: [],
  'approved-with-conditions': [],
  withdrawn: [],
};

/** Only a draft is changed in place; anything filed is changed by an amendment (a new version). */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = ['draft'];

/** Filed applications that can be amended into a new version. */
export const AMENDABLE_STATUSES: readonly ApplicationStatus[] = ['submitted', 'returned-without-action', 'approved', 'approved-with-conditions', 'denied', 'appealed'];

/** While the agency holds the case, it may ask for more information. */
export const REQUEST_STATUSES: readonly ApplicationStatus[] = ['submitted', 'appealed'];

/** Decisions: the date given with them is the decision date. */
export const DECISIONS: readonly ApplicationStatus[] = ['returned-without-action', 'approved', 'approved-with-conditions', 'denied'];

export function isFiled(status: ApplicationStatus): boolean {
  return !['draft', 'ready'].includes(status);
}

const label = (s: ApplicationStatus) => APPLICATION_STATUS_LABELS[s].toLowerCase();

/** Refuses a move the table does not allow, saying what is allowed instead. */
export function assertTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  if (from === to) throw new AppError('CONFLICT', `The application is already ${label(from)}.`, { field: 'status' });
  const allowed = TRANSITIONS[from];
  if (allowed.includes(to)) return;
  if (allowed.length === 0) {
    const hint = from === 'withdrawn' || from === 'returned-without-action' ? 'Copy it into a new draft to apply again.' : 'Amend it to file a new version.';
    throw new AppError('CONFLICT', `An application that is ${label(from)} is closed: it cannot be set to ${label(to)}. ${hint}`, { field: 'status' });
  }
  throw new AppError(
    'CONFLICT',
    `An application that is ${label(from)} cannot be set to ${label(to)}; it can go to ${allowed.map(label).join(', ')}.`,
    { field: 'status' },
  );
}

/** Refuses any change to an application that is not a draft, saying how to change it instead. */
export function assertEditable(status: ApplicationStatus, reference: string, superseded = false): void {
  if (superseded) {
    throw new AppError('CONFLICT', `Application ${reference} has been amended: this version is kept as filed. Edit the latest version.`, { field: 'status' });
  }
  if (EDITABLE_STATUSES.includes(status)) return;
  if (status === 'ready') {
    throw new AppError('CONFLICT', `Application ${reference} is marked ready to file and is held unchanged. Set it back to draft to change it.`, { field: 'status' });
  }
  throw new AppError(
    'CONFLICT',
    `Application ${reference} is ${label(status)} and read-only: what was filed is kept as filed. Amend it to make a new version.`,
    { field: 'status' },
  );
}
