/**
 * A destination (ISO code) as the chart and the Country Groups see it: its own row or the row it
 * inherits (Hong Kong -> China, Liechtenstein -> Switzerland, as the chart file states), its groups,
 * and whether it is embargoed. A destination with neither a row nor an inheritance is
 * indeterminate: an empty cell would otherwise read as "no license required".
 */
import { countryName } from '../countries';
import { CITE } from './citations';
import { ukraineRegion } from './regions';
import type { ChartDestination, CountryChart, CountryGroups, DestinationView } from './types';

export interface ResolvedDestination {
  view: DestinationView;
  /** The chart row whose marks apply; null when the chart has none for the destination. */
  row: ChartDestination | null;
  /** Russia or Belarus (§ 746.8). */
  russiaBelarus: boolean;
}

export const RUSSIA_BELARUS = ['RU', 'BY'];

export function resolveDestination(input: string, chart: CountryChart, groups: CountryGroups): ResolvedDestination {
  const region = ukraineRegion(input);
  // A § 746.6 region reads Ukraine's row and groups; the answer adds § 746.6 on top of them.
  const code = region ? 'UA' : input;
  const own = chart.destinations[code] ?? null;
  let row: ChartDestination | null = own;
  let chartRowVia: string | null = null;
  if (own?.inheritsFrom) {
    row = chart.destinations[own.inheritsFrom] ?? null;
    chartRowVia = `${own.name} uses the chart row for ${row?.name ?? own.inheritsFrom}: ${own.inheritanceBasis ?? CITE.territories}`;
  }
  if (row && row.kind === 'territory') row = null;

  const member = groups.members[code];
  let groupList: string[] = [];
  let groupsVia: string | null = null;
  let groupsKnown = row !== null;
  if (member?.inheritsFrom) {
    const parent = groups.members[member.inheritsFrom];
    groupList = parent?.groups ?? [];
    groupsVia = `${member.name} takes the Country Groups of ${parent?.name ?? member.inheritsFrom}: ${member.inheritanceBasis ?? 'the groups file'}`;
    groupsKnown = true;
  } else if (member) {
    groupList = member.groups;
    groupsKnown = true;
  } else if (own?.inheritsFrom && row) {
    // No membership of its own (Liechtenstein is in no group): the territory the chart names.
    groupList = groups.members[row.code]?.groups ?? [];
    groupsVia = `${own.name} takes the Country Groups of ${row.name}, the row the chart uses for it (${CITE.territories})`;
  }

  const name = region?.name ?? own?.name ?? member?.name ?? countryName(code) ?? code;
  const footnoteNumbers = row?.footnotes ?? [];
  return {
    row,
    russiaBelarus: RUSSIA_BELARUS.includes(code) || (row !== null && RUSSIA_BELARUS.includes(row.code)),
    view: {
      code: region?.code ?? code,
      name,
      chartRow: row ? { code: row.code, name: row.name } : null,
      chartRowVia,
      embargoed: row?.kind === 'embargoed',
      groups: [...groupList],
      groupsVia,
      groupsKnown,
      footnotes: footnoteNumbers.map((n) => ({ number: n, text: chart.footnotes[String(n)] ?? '' })),
      region,
    },
  };
}
