import type { Finding } from './types';

/** A finding with the optional fields empty: the one way every rule builds its answer. */
export function finding(partial: Partial<Finding> & Pick<Finding, 'kind' | 'reason' | 'outcome' | 'citation' | 'text'>): Finding {
  return { column: null, control: null, countryChart: null, condition: null, unless: null, ...partial };
}
