import { z } from 'zod';
import { countryName } from '../../../../shared/countries';
import type { GroupMember } from '../../../../shared/determination/types';
import { jsonShapeError } from '../../control-lists/shape-error';
import { foldName, resolveCountryName } from '../country-names';
import { fileFault, type ParsedDestinations } from '../parsed';

/** The Country Groups JSON generated from the eCFR (Supp. No. 1 to 15 CFR Part 740); see ../shared/data/README.md. */
const GroupsFile = z.object({
  citation: z.string().optional(),
  source: z.object({ url: z.string() }).partial().optional(),
  ecfrIssueDate: z.string().optional(),
  retrievedAt: z.string().optional(),
  notes: z.record(z.string(), z.string()).optional(),
  aliases: z.record(z.string(), z.string()).optional(),
  labels: z.record(z.string(), z.string()).optional(),
  groups: z.record(z.string().regex(/^[A-E](?::[1-9])?$/, 'a Country Group is a letter, optionally with a number, like "A:1" or "B"'), z.array(z.string())),
  byCountry: z.record(z.string(), z.record(z.string(), z.array(z.string()))).optional(),
});

export function looksLikeGroupsJson(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'groups' in data && typeof (data as { groups: unknown }).groups === 'object';
}

export function parseGroupsJson(data: unknown, text: string, fileName: string): ParsedDestinations {
  const parsed = GroupsFile.safeParse(data);
  if (!parsed.success) throw jsonShapeError(fileName, text, parsed.error, () => undefined);
  const file = parsed.data;
  const aliases = file.aliases ?? {};
  const fault = (path: (string | number)[], message: string) => fileFault(fileName, text, path, message);
  const groupNames = Object.keys(file.groups);
  if (groupNames.length === 0) throw fault(['groups'], 'the file lists no Country Groups');

  const members = new Map<string, GroupMember>();
  const names: Record<string, string> = {};
  for (const [group, list] of Object.entries(file.groups)) {
    const seen = new Map<string, string>();
    list.forEach((name, i) => {
      const path = ['groups', group, i];
      const code = resolveCountryName(name, aliases);
      if (!code) throw fault(path, `"${name}" is not a country name ExportDesk can map to an ISO code (add an alias for it to the file's "aliases")`);
      const first = seen.get(code);
      if (first) throw fault(path, `"${name}" and "${first}" in Country Group ${group} both map to ISO code ${code}`);
      seen.set(code, name);
      names[foldName(name)] = code;
      const m = members.get(code) ?? { code, name, groups: [], inheritsFrom: null, inheritanceBasis: null };
      m.groups.push(group);
      members.set(code, m);
    });
  }

  // The derived index must agree with the tables it was derived from.
  for (const [letter, byName] of Object.entries(file.byCountry ?? {})) {
    for (const [name, groups] of Object.entries(byName)) {
      const code = resolveCountryName(name, aliases);
      groups.forEach((g, i) => {
        if (!code || !members.get(code)?.groups.includes(g)) {
          throw fault(['byCountry', letter, name, i], `"${name}" is listed under ${g} here but not in "groups"."${g}"`);
        }
      });
    }
  }

  // An alias naming another destination files it under that one's groups ("hong kong" -> "China (PRC)").
  for (const [alias, target] of Object.entries(aliases)) {
    const path = ['aliases', alias];
    const to = resolveCountryName(target, aliases);
    if (!to || !members.has(to)) throw fault(path, `"${target}" is not in any Country Group of the file`);
    const from = resolveCountryName(alias, {});
    names[foldName(alias)] = to;
    if (!from || from === to || members.has(from)) continue;
    members.set(from, {
      code: from,
      name: countryName(from) ?? alias,
      groups: [],
      inheritsFrom: to,
      inheritanceBasis: `the Country Groups file lists "${alias}" under "${target}"`,
    });
  }

  const issueDate = file.ecfrIssueDate ?? null;
  return {
    kind: 'country-groups',
    versionLabel: `eCFR ${issueDate ?? 'undated'}`,
    issueDate,
    sourceUrl: file.source?.url ?? null,
    retrievedAt: file.retrievedAt ?? null,
    citation: file.citation ?? '15 C.F.R. Part 740, Supplement No. 1 (Country Groups)',
    members: [...members.values()].sort((a, b) => a.code.localeCompare(b.code)),
    meta: { groupNames, labels: file.labels ?? {}, notes: file.notes ?? {}, names },
  };
}
