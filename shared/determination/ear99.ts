/**
 * EAR99: items subject to the EAR but on no ECCN (§ 734.3(c)). No Country Chart reason applies, so
 * the CCL requires no license; embargoes (Part 746), the Russia and Belarus rules (§ 746.8) and
 * end-use and end-user controls (Part 744) still can.
 */
import { CITE } from './citations';
import { finding } from './finding';
import type { Finding } from './types';

export const EAR99 = 'EAR99';

export function isEar99(code: string): boolean {
  return code.trim().toUpperCase() === EAR99;
}

/** The CCL's part of the answer for an EAR99 item; destination findings are added by determine(). */
export function ear99Finding(destinationName: string, chartRowKnown: boolean): Finding {
  return finding({
    kind: 'ear99',
    reason: 'EAR99',
    outcome: chartRowKnown ? 'not-required' : 'cannot-tell',
    citation: `${CITE.ear99}; ${CITE.procedure}`,
    text: chartRowKnown
      ? `EAR99 is on no ECCN, so no reason for control and no Country Chart column applies: no license is required by the CCL to ${destinationName}.`
      : `EAR99 is on no ECCN, but the chart has no row for ${destinationName}, so the destination rules could not be read.`,
  });
}
