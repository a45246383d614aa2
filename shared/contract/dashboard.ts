import { z } from 'zod';
import type { ApplicationStatus } from '../applications/types';
import { method } from './define';

/** One current list or chart snapshot, as the home page names it. */
export interface DashboardSnapshot {
  kind: 'control-list' | 'screening-list' | 'country-chart' | 'country-groups';
  id: number;
  name: string;
  versionLabel: string;
  /** The list's own date (effective, published or eCFR issue date), when it has one. */
  date: string | null;
}

export interface DashboardRequest {
  requestId: number;
  applicationId: number;
  reference: string;
  dueOn: string;
  /** Negative when overdue. */
  daysLeft: number;
}

export interface DashboardLicense {
  id: number;
  number: string;
  applicationReference: string;
  validTo: string;
  daysLeft: number;
}

/** The home page: what needs attention in the workspace today (by the workspace clock). */
export interface DashboardSummary {
  today: string;
  /** No control lists, parties or items yet: the home page offers the demo workspace. */
  firstRun: boolean;
  applications: { total: number; byStatus: { status: ApplicationStatus; count: number }[] };
  requests: { soonDays: number; overdue: number; dueSoon: number; next: DashboardRequest[] };
  licenses: { within7: number; within30: number; within60: number; next: DashboardLicense[] };
  screening: { open: number; review: number };
  reReview: { items: number; reviews: number };
  parties: { total: number; openRedFlags: number };
  items: { total: number };
  snapshots: DashboardSnapshot[];
  decisions: {
    /** The first day of the 12-month window (decisions on or after it count). */
    since: string;
    count: number;
    /** Median days from submission to decision; null when there are no decisions in the window. */
    medianDays: number | null;
    /** In words: "12 days (5 decisions)" or "no decisions yet". */
    text: string;
  };
}

export const dashboardContract = {
  'dashboard.summary': method<DashboardSummary>()(
    'read',
    z.object({}).optional(),
    'The home page: applications by status, requests for information due, licenses expiring, open screening hits, items awaiting re-review, and the median days to a decision.',
  ),
};
