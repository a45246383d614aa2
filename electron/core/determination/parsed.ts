import type { AllDestinationsEntries, ChartDestination, DestinationListKind, GroupMember } from '../../../shared/determination/types';
import { AppError } from '../../../shared/errors';
import { jsonLineOf } from '../control-lists/json-location';

/** What the snapshot keeps of a chart file besides its rows. */
export interface ChartMeta {
  columns: string[];
  columnLabels: Record<string, string>;
  footnotes: Record<string, string>;
  names: Record<string, string>;
  allDestinations: AllDestinationsEntries | null;
  notes: Record<string, string>;
  procedure: unknown;
  territoryInheritanceNote: string | null;
}

export interface GroupsMeta {
  groupNames: string[];
  labels: Record<string, string>;
  notes: Record<string, string>;
  names: Record<string, string>;
}

interface Identity {
  versionLabel: string;
  issueDate: string | null;
  sourceUrl: string | null;
  retrievedAt: string | null;
  citation: string | null;
}

/** The one shape both importers produce; the writer stores it as it is. */
export type ParsedDestinations =
  | (Identity & { kind: 'country-chart'; destinations: ChartDestination[]; meta: ChartMeta })
  | (Identity & { kind: 'country-groups'; members: GroupMember[]; meta: GroupsMeta });

export const KIND_NAMES: Record<DestinationListKind, string> = {
  'country-chart': 'Commerce Country Chart',
  'country-groups': 'Country Groups',
};

/** A fault in a file, named by file, line and field; nothing is written when one is raised. */
export function fileFault(fileName: string, text: string, path: (string | number)[], message: string): AppError {
  const line = jsonLineOf(text, path);
  const field = path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');
  return new AppError('BAD_FILE', `${fileName}${line ? `, line ${line}` : ''}: ${field ? `${field}: ` : ''}${message}; nothing was imported`, {
    file: fileName,
    line,
    field,
  });
}
