/**
 * Hits scoring at or above this are reported. Calibrated on the labelled pairs in
 * test/fixtures/screening/labelled-pairs.csv and compared with OFAC's own search scores; the
 * figures and the reasoning (recall first: a missed match is a violation, a false positive is a
 * reviewer's minute) are in docs/screening.md. Change it there first.
 */
export const DEFAULT_THRESHOLD = 0.78;

export const DEFAULT_LIMIT = 50;
