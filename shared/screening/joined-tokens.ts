import { consonantSkeleton, foldSpelling, squeeze, type NameToken } from './normalize';
import type { Comparable } from './similarity';

/** Names are run together two or three words at a time at most ("Abd al-Rahman" / "ABDULRAHMAN"). */
const MAX_JOINED_TOKENS = 3;

/** Adjacent tokens run together, for "JSCARGUMENT" against "JSC ARGUMENT". */
export interface JoinedTokens extends Comparable {
  start: number;
  span: number;
}

function joined(parts: NameToken[], spelled: NameToken[], start: number): JoinedTokens {
  const text = spelled.map((t) => t.text).join('');
  const number = parts.some((t) => t.number);
  const key = number ? text : foldSpelling(text);
  const squeezed = number ? key : squeeze(key);
  return {
    text,
    key,
    squeezed,
    loose: number ? key : consonantSkeleton(squeezed),
    number,
    abjad: parts.some((t) => t.abjad),
    start,
    span: parts.length,
  };
}

export function joinTokens(tokens: NameToken[]): JoinedTokens[] {
  const joins: JoinedTokens[] = [];
  for (let span = 2; span <= MAX_JOINED_TOKENS; span++) {
    for (let start = 0; start + span <= tokens.length; start++) {
      const parts = tokens.slice(start, start + span);
      if (parts.every((t) => t.weak)) continue;
      joins.push(joined(parts, parts, start));
      // The Arabic article assimilates when run together: "Siraj al-Din" / "Sirajuddin",
      // "Abd al-Rahman" / "Abdurrahman". Also try the two words without it.
      if (span === 3 && parts[1]!.weak && parts[1]!.key === 'al') joins.push(joined(parts, [parts[0]!, parts[2]!], start));
    }
  }
  return joins;
}
