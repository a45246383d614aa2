import { ADDRESS_TYPE_LABELS, IDENTIFIER_TYPE_LABELS, NAME_TYPE_LABELS, PARTY_KIND_LABELS, PARTY_ROLE_LABELS } from '../../../../shared/parties/types';
import { RED_FLAGS, RED_FLAGS_SOURCE } from '../../../../shared/parties/red-flags';
import type { PartySheet } from '../application-data';
import { COLORS, type Composer, type OutlineNode } from '../composer';
import { addressLine, country, orDash, stamp } from './format';

export const PARTY_SHEETS_TITLE = 'Party sheets';

const HIT_STATUS_LABELS: Record<string, string> = {
  open: 'open, not decided',
  review: 'under review',
  cleared: 'cleared',
  confirmed: 'confirmed match',
  'previously-cleared': 'cleared earlier',
};

/**
 * One party: who and where it is, the due-diligence answers (the "Know Your Customer" red flags,
 * Supp. No. 3 to Part 732) and the screening evidence: which lists in which versions were screened,
 * when and by whom, every hit and every decision with its reason. A screening is evidence, not a
 * clearance (the 50 percent rule and affiliates rules reach unnamed parties).
 */
export function renderPartySheet(c: Composer, sheet: PartySheet, bookmark: OutlineNode, opts: { newPage: boolean }): void {
  const { party } = sheet;
  if (opts.newPage) c.newPage();
  c.heading(party.legalName, { bookmark, size: 12.5 });
  const rows: [string, string][] = [
    ['Roles on this application', sheet.roles.map((r) => PARTY_ROLE_LABELS[r]).join(', ')],
    ['Party record', `#${party.id}, ${PARTY_KIND_LABELS[party.kind].toLowerCase()}, ${country(party.country)}`],
  ];
  for (const n of party.otherNames) rows.push([NAME_TYPE_LABELS[n.type], n.name]);
  if (party.addresses.length === 0) rows.push(['Address', 'unknown (none recorded)']);
  for (const a of party.addresses) rows.push([ADDRESS_TYPE_LABELS[a.type], addressLine(a)]);
  for (const i of party.identifiers) rows.push([i.label ? `${IDENTIFIER_TYPE_LABELS[i.type]} (${i.label})` : IDENTIFIER_TYPE_LABELS[i.type], i.value]);
  for (const k of party.contacts) rows.push(['Contact', [k.name, k.title, k.email, k.phone].filter(Boolean).join(', ')]);
  if (party.website) rows.push(['Website', party.website]);
  if (sheet.statementReason) rows.push(['No end-user statement because', sheet.statementReason]);
  c.fields(rows, { labelWidth: 140 });

  c.heading(`Due diligence (${RED_FLAGS_SOURCE})`, { size: 10 });
  const answers = new Map(party.kyc.answers.map((a) => [a.flagId, a]));
  const who = new Set(party.kyc.answers.map((a) => `${stamp(a.answeredAt)} by ${a.answeredBy}`));
  // One line when the checklist was answered at once, as it usually is; otherwise a column.
  const oneWho = who.size === 1 && party.kyc.answers.length === RED_FLAGS.length ? [...who][0]! : null;
  if (oneWho) c.text(`Answered ${oneWho}.`, { size: 8.5, color: COLORS.muted, after: 2 });
  const compact = oneWho !== null || party.kyc.answers.length === 0;
  if (party.kyc.answers.length === 0) c.text('No question of the checklist has been answered.', { size: 8.5, color: COLORS.warn, after: 2 });
  const flagRows = RED_FLAGS.map((f) => {
    const a = answers.get(f.id);
    const row = [`${f.label} (${f.citation.replace('Supp. No. 3 to Part 732, ', '')})`, a ? a.answer : 'unknown', a ? (a.note ?? '') : 'not answered'];
    return compact ? row : [...row, a ? `${stamp(a.answeredAt)}, ${a.answeredBy}` : '—'];
  });
  c.table(
    compact
      ? [
          { header: 'Red flag', width: 0.5 },
          { header: 'Answer', width: 0.14 },
          { header: 'Note', width: 0.36 },
        ]
      : [
          { header: 'Red flag', width: 0.4 },
          { header: 'Answer', width: 0.12 },
          { header: 'Note', width: 0.28 },
          { header: 'Answered', width: 0.2 },
        ],
    flagRows,
    { size: 8 },
  );

  c.heading('Screening evidence', { size: 10 });
  const s = sheet.screening;
  if (!s) {
    c.text('Not screened: no screening of this party is recorded.', { color: COLORS.warn });
    return;
  }
  c.fields(
    [
      ['Screened', `${stamp(s.at)} by ${s.operator} (screening #${s.id})`],
      ['Names screened', s.names.join('; ')],
      ['Threshold', `hits reported from a score of ${s.threshold}`],
    ],
    { labelWidth: 140 },
  );
  c.table(
    [
      { header: 'List screened', width: 0.4 },
      { header: 'Version', width: 0.2 },
      { header: 'Entries', width: 0.1, align: 'right' },
      { header: 'SHA-256 of the list file', width: 0.3 },
    ],
    s.lists.map((l) => [l.listName, l.publishedAt ? `published ${l.publishedAt}` : 'date not given', String(l.entryCount), l.sha256]),
    { size: 8 },
  );
  if (s.hits.length === 0) {
    c.text('No hits: no listed entry scored at or above the threshold.', { after: 6 });
    return;
  }
  c.table(
    [
      { header: 'Hit', width: 0.3 },
      { header: 'List', width: 0.18 },
      { header: 'Score', width: 0.07, align: 'right' },
      { header: 'Status', width: 0.12 },
      { header: 'Decisions and reasons', width: 0.33 },
    ],
    s.hits.map((h) => [
      `${h.entryName}${h.matchedName !== h.entryName ? ` (alias ${h.matchedName})` : ''}; entry ${h.externalId}${h.entryCountries.length ? `, ${h.entryCountries.join(', ')}` : ''}; matched on "${h.queryName}"`,
      `${h.entrySourceList ? `${h.listName} / ${h.entrySourceList}` : h.listName}${h.listVersion ? `, ${h.listVersion}` : ''}`,
      h.score.toFixed(2),
      HIT_STATUS_LABELS[h.status] ?? h.status,
      h.decisions.length
        ? h.decisions.map((d) => `${d.decision} ${stamp(d.at)} by ${d.by}: ${d.reason}`).join('\n')
        : orDash(h.statusReason),
    ]),
    { size: 8 },
  );
}
