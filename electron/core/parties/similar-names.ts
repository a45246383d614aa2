import { normalizeName } from '../../../shared/screening/normalize';
import { scoreNamePair } from '../../../shared/screening/score';

/**
 * The one place the party records use the restricted-party name matcher (shared/screening), so a
 * change to its API changes only this file. Used to warn before a party is entered twice.
 */

/**
 * A new party scoring at least this against an existing one in the same country is a possible
 * duplicate. Higher than the screening threshold: screening wants every possible match, while
 * this warning should fire on the same organisation written another way ("ACME Trading GmbH" /
 * "Acme Trading"), not on neighbours that share a word.
 */
export const DUPLICATE_THRESHOLD = 0.85;

/**
 * 0..1: how alike two names are, each way round, taking the lower score: the matcher is built for
 * screening and scores a short name found inside a longer one high ("ACME" in "ACME Photonics"),
 * while two records are the same party only when each name is mostly found in the other.
 * 0 for a name the matcher cannot read (no letters or digits).
 */
export function nameSimilarity(a: string, b: string): number {
  try {
    return Math.min(scoreNamePair(a, b).score, scoreNamePair(b, a).score);
  } catch {
    return 0;
  }
}

/**
 * Look-up keys of a name: the matcher's comparison form and consonant skeleton of each name word
 * (legal forms and titles left out), so "Siemens" and "Seimens" share a key. Candidates found by
 * these keys are then scored with nameSimilarity.
 */
export function nameLookupKeys(name: string): string[] {
  try {
    const keys = new Set<string>();
    for (const t of normalizeName(name).tokens) {
      if (t.weak) continue;
      if (t.key) keys.add(t.key);
      if (t.loose && t.loose.length >= 2) keys.add(t.loose);
    }
    return [...keys];
  } catch {
    return [];
  }
}
