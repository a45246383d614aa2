/**
 * The readiness checklist of an application: one pure function per rule over plain facts the core
 * gathers (screenings, classifications, determinations). Each failing check says what is wrong in a
 * compliance officer's words and where it is fixed. The regulation behind each rule is in
 * docs/applications.md.
 */
import { isNotRequired } from '../determination/labels';
import type { OverallOutcome } from '../determination/types';
import { formatMoney, lineTotalMinor } from './money';
import type { ApplicationPartyRole, ApplicationType, ExportType, ReadinessCheck } from './types';

export interface PartyFacts {
  /** The application's row for the party in this role. */
  id: number;
  partyId: number;
  name: string;
  role: ApplicationPartyRole;
  /** The party's latest screening, if any. */
  screening: {
    at: string;
    /** Screening-list snapshots that screening used. */
    snapshotIds: number[];
    /** Hits still open or marked for review. */
    openHits: number;
    confirmedMatch: boolean;
  } | null;
  /** End users: an end-user statement document kept for this party or attached for it, if any. */
  statementDocumentId: number | null;
  statementReason: string | null;
}

export interface LineFacts {
  id: number;
  lineNo: number;
  itemId: number;
  itemName: string;
  quantityMilli: number;
  unitPriceMinor: number;
  totalMinor: number;
  currency: string;
  /** The classification the line was added with. */
  pinnedClassificationId: number | null;
  /** The item's US (EAR) classification in force now. */
  inForce: {
    id: number;
    kind: 'entry' | 'ear99' | 'not-listed';
    label: string;
    status: 'draft' | 'final';
    snapshotId: number | null;
  } | null;
  /** Reviews raised on the classification in force after a list changed, still open. */
  openReviews: number;
  determination: { outcome: OverallOutcome; summary: string } | { error: string } | null;
}

export interface ReadinessFacts {
  today: string;
  application: {
    id: number;
    type: ApplicationType;
    exportType: ExportType;
    returnDate: string | null;
    applicant: string | null;
    reference: string;
    destination: string | null;
    endUse: string | null;
    shipDirect: boolean;
    currency: string;
  };
  parties: PartyFacts[];
  lines: LineFacts[];
  /** The current snapshot of every restricted-party list. */
  currentScreeningSnapshots: { id: number; listName: string }[];
  /** The current US Commerce Control List snapshot, if one is loaded. */
  currentCcl: { id: number; label: string } | null;
}

type Check = ReadinessCheck;

const pass = (rule: Check['rule'], message: string, fixAt: Check['fixAt']): Check => ({ rule, ok: true, message, fixAt });
const onApplication = (f: ReadinessFacts, field: string | null = null): Check['fixAt'] => ({ area: 'application', id: f.application.id, field });
const fail = (rule: Check['rule'], message: string, fixAt: Check['fixAt']): Check => ({ rule, ok: false, message, fixAt });

/** Whether the parties rules apply: a classification request (CCATS) names no parties. */
const needsParties = (f: ReadinessFacts) => f.application.type !== 'classification-request';

/** The blocks of the BIS-748P that must be filled (Supp. No. 1 to Part 748). */
export function requiredBlocks(f: ReadinessFacts): Check[] {
  const a = f.application;
  const at = (field: string): Check['fixAt'] => ({ area: 'application', id: a.id, field });
  const out: Check[] = [];
  if (!a.applicant) out.push(fail('required-blocks', 'Name the applicant (Block 14).', at('applicant')));
  if (!a.destination && a.type !== 'classification-request') out.push(fail('required-blocks', 'Choose the country of ultimate destination.', at('destination')));
  if (!a.endUse && a.type !== 'classification-request') out.push(fail('required-blocks', 'Describe the specific end use of the items (Block 21).', at('endUse')));
  if (a.exportType === 'temporary') {
    if (!a.returnDate) out.push(fail('required-blocks', 'A temporary export needs the date the items will return.', at('returnDate')));
    else if (a.returnDate < f.today) out.push(fail('required-blocks', `The return date ${a.returnDate} has passed: give the date the items will return.`, at('returnDate')));
  }
  if (f.lines.length === 0) out.push(fail('required-blocks', 'Add at least one item (Block 22).', { area: 'application', id: a.id, field: 'lines' }));
  return out.length ? out : [pass('required-blocks', 'Every required block is filled.', onApplication(f))];
}

/** An end user is required (LITE's submission rules; Block 19). */
export function endUserPresent(f: ReadinessFacts): Check[] {
  if (!needsParties(f)) return [];
  const users = f.parties.filter((p) => p.role === 'end-user');
  return users.length
    ? [pass('end-user', `End user: ${users.map((u) => u.name).join(', ')}.`, onApplication(f, 'parties'))]
    : [fail('end-user', 'Add the end user (Block 19): who will use the items.', { area: 'application', id: f.application.id, field: 'parties' })];
}

/** An ultimate consignee (Block 18) unless the goods go directly to the end user. */
export function ultimateConsigneePresent(f: ReadinessFacts): Check[] {
  if (!needsParties(f)) return [];
  const uc = f.parties.filter((p) => p.role === 'ultimate-consignee');
  if (uc.length === 1) return [pass('ultimate-consignee', `Ultimate consignee: ${uc[0]!.name}.`, onApplication(f, 'parties'))];
  if (uc.length > 1) {
    return [fail('ultimate-consignee', `An application names one ultimate consignee; this one names ${uc.length}: ${uc.map((u) => u.name).join(', ')}.`, { area: 'application', id: f.application.id, field: 'parties' })];
  }
  if (f.application.shipDirect) return [pass('ultimate-consignee', 'No ultimate consignee: the items are shipped directly to the end user.', onApplication(f, 'shipDirect'))];
  return [
    fail('ultimate-consignee', 'Add the ultimate consignee (Block 18), or mark the application as shipped directly to the end user.', {
      area: 'application',
      id: f.application.id,
      field: 'parties',
    }),
  ];
}

/** Every party screened against the current list versions, with no open hit and no confirmed match. */
export function partiesScreened(f: ReadinessFacts): Check[] {
  if (!needsParties(f)) return [];
  if (f.parties.length === 0) return [];
  if (f.currentScreeningSnapshots.length === 0) {
    return [fail('screening', 'No restricted-party list is loaded: import one (Lists) and screen the parties.', { area: 'screening-lists', id: null, field: null })];
  }
  const seen = new Set<number>();
  const out: Check[] = [];
  for (const p of f.parties) {
    if (seen.has(p.partyId)) continue;
    seen.add(p.partyId);
    const at: Check['fixAt'] = { area: 'party', id: p.partyId, field: 'screening' };
    const s = p.screening;
    if (!s) {
      out.push(fail('screening', `${p.name} has not been screened against the restricted-party lists.`, at));
      continue;
    }
    if (s.confirmedMatch) {
      out.push(fail('screening', `${p.name} is a confirmed match on a restricted-party list and cannot be on an application.`, at));
      continue;
    }
    const missing = f.currentScreeningSnapshots.filter((c) => !s.snapshotIds.includes(c.id));
    if (missing.length) {
      out.push(fail('screening', `${p.name} was last screened on ${s.at.slice(0, 10)}, before the current version of ${missing.map((m) => m.listName).join(', ')}: screen again.`, at));
      continue;
    }
    if (s.openHits > 0) {
      out.push(fail('screening', `${p.name} has ${s.openHits} screening hit${s.openHits === 1 ? '' : 's'} waiting for a decision.`, at));
      continue;
    }
    out.push(pass('screening', `${p.name}: screened on ${s.at.slice(0, 10)} against the current lists, no open hits.`, at));
  }
  return out;
}

/** Every item classified under the EAR against the current CCL, final, with no review waiting. */
export function itemsClassified(f: ReadinessFacts): Check[] {
  return f.lines.map((l) => {
    const item: Check['fixAt'] = { area: 'item', id: l.itemId, field: 'classification' };
    const name = `Line ${l.lineNo} (${l.itemName})`;
    const c = l.inForce;
    if (!c) return fail('classification', `${name} has no US classification (ECCN or EAR99).`, item);
    if (c.kind === 'entry' && f.currentCcl && c.snapshotId !== f.currentCcl.id) {
      return fail('classification', `${name} is classified ${c.label} against an earlier version of the CCL, not the current ${f.currentCcl.label}: review the classification.`, item);
    }
    if (l.openReviews > 0) return fail('classification', `${name}: the CCL text cited by ${c.label} changed; the classification waits for review.`, item);
    if (c.status !== 'final') return fail('classification', `${name}: the classification ${c.label} is a draft; make it final.`, item);
    if (l.pinnedClassificationId !== c.id) {
      return fail('classification', `${name} was classified again (now ${c.label}) after it was added: update the line to use the classification in force.`, {
        area: 'application-line',
        id: l.id,
        field: 'classification',
      });
    }
    return pass('classification', `${name}: ${c.label}.`, item);
  });
}

/** An end-user statement (Supp. No. 3 to Part 748) for each end user, or a stated reason. */
export function endUserStatements(f: ReadinessFacts): Check[] {
  if (!needsParties(f)) return [];
  return f.parties
    .filter((p) => p.role === 'end-user')
    .map((p) =>
      p.statementDocumentId !== null
        ? pass('end-user-statement', `${p.name}: end-user statement, document #${p.statementDocumentId}.`, { area: 'application-party', id: p.id, field: 'statement' })
        : p.statementReason
          ? pass('end-user-statement', `${p.name}: no end-user statement — ${p.statementReason}`, { area: 'application-party', id: p.id, field: 'statement' })
          : fail('end-user-statement', `Attach the end-user statement of ${p.name} (Supp. No. 3 to Part 748), or state why there is none.`, {
              area: 'application-party',
              id: p.id,
              field: 'statement',
            }),
    );
}

/** Each line's total is its quantity times its unit price, in the application's currency. */
export function totalsConsistent(f: ReadinessFacts): Check[] {
  const cur = f.application.currency;
  const out: Check[] = [];
  for (const l of f.lines) {
    const at: Check['fixAt'] = { area: 'application-line', id: l.id, field: 'total' };
    if (l.currency !== cur) {
      out.push(fail('totals', `Line ${l.lineNo} is priced in ${l.currency}, the application in ${cur}.`, { ...at, field: 'currency' }));
      continue;
    }
    const expected = lineTotalMinor(l.quantityMilli, l.unitPriceMinor);
    if (expected !== l.totalMinor) {
      out.push(fail('totals', `Line ${l.lineNo}: the total ${cur} ${formatMoney(l.totalMinor, cur)} is not quantity × unit price (${cur} ${formatMoney(expected, cur)}).`, at));
    }
  }
  return out.length ? out : f.lines.length ? [pass('totals', 'Every line total is quantity × unit price, in one currency.', onApplication(f, 'lines'))] : [];
}


/**
 * The determination must say a license is needed: when no line needs one, filing is pointless and
 * the user should record "no license required" (NLR) instead (§ 738.4; NLR is declared in the EEI, § 758.1).
 */
export function determinationNeedsLicense(f: ReadinessFacts): Check[] {
  if (f.application.type === 'classification-request' || f.lines.length === 0 || !f.application.destination) return [];
  const out: Check[] = [];
  for (const l of f.lines) {
    if (!l.determination) {
      out.push(fail('determination', `Line ${l.lineNo} (${l.itemName}) has no license determination: classify the item first.`, { area: 'item', id: l.itemId, field: 'classification' }));
    } else if ('error' in l.determination) {
      out.push(fail('determination', `Line ${l.lineNo} (${l.itemName}): no license determination could be made — ${l.determination.error}`, { area: 'application-line', id: l.id, field: 'determination' }));
    }
  }
  if (out.length) return out;
  const outcomes = f.lines.map((l) => (l.determination as { outcome: OverallOutcome }).outcome);
  if (outcomes.every(isNotRequired)) {
    return [
      fail(
        'determination',
        `No line needs a license to ${f.application.destination} by the Commerce Country Chart: record "no license required" (NLR) for this export instead of filing, after checking the end-use and end-user controls of Part 744.`,
        { area: 'application', id: f.application.id, field: 'determination' },
      ),
    ];
  }
  const of = (outcome: OverallOutcome) => f.lines.filter((l) => (l.determination as { outcome: OverallOutcome }).outcome === outcome).map((l) => l.lineNo);
  const nlr = of('not-required');
  const open = of('cannot-tell');
  const plural = (n: number[]) => (n.length === 1 ? `line ${n[0]}` : `lines ${n.join(', ')}`);
  const parts = [
    of('license-required').length ? 'The license determination says a license is required' : 'No line is certain to need a license',
    open.length ? `; for ${plural(open)} the determination cannot tell from the chart — read the rules it names before filing` : '',
    nlr.length ? `; ${plural(nlr)} need${nlr.length === 1 ? 's' : ''} none for the reasons checked and could ship NLR` : '',
  ];
  return [pass('determination', `${parts.join('')}.`, { area: 'application', id: f.application.id, field: 'determination' })];
}

/** Every rule in order; the application is ready when every check passes. */
export function readiness(f: ReadinessFacts): ReadinessCheck[] {
  return [
    ...requiredBlocks(f),
    ...endUserPresent(f),
    ...ultimateConsigneePresent(f),
    ...partiesScreened(f),
    ...itemsClassified(f),
    ...endUserStatements(f),
    ...totalsConsistent(f),
    ...determinationNeedsLicense(f),
  ];
}

export function isReady(checks: readonly ReadinessCheck[]): boolean {
  return checks.every((c) => c.ok);
}
