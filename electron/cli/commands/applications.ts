import path from 'node:path';
import type { Command } from 'commander';
import {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_LABELS,
  APPLICATION_TYPES,
  LICENSE_STATUSES,
  type Application,
  type ApplicationStatus,
  type ApplicationType,
  type Checklist,
  type License,
  type LicenseStatus,
  type Shipment,
} from '../../../shared/applications/types';
import { PARTY_ROLES, PARTY_ROLE_LABELS, type PartyRole } from '../../../shared/parties/types';
import { DOCUMENT_TYPES, type DocumentType } from '../../../shared/documents/types';
import { describeRetention } from '../../../shared/retention/rule';
import { CliError, type CliContext } from '../context';
import { table } from '../output';

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new CliError(`${option} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

export function applicationText(a: Application): string {
  const lines = [
    `Application #${a.id} ${a.reference} (version ${a.version}): ${APPLICATION_STATUS_LABELS[a.status].toUpperCase()}${a.editable ? '' : ' (read-only)'}`,
    `Type: ${a.type}, ${a.exportType}${a.returnDate ? ` (returns ${a.returnDate})` : ''}`,
    `Applicant: ${a.applicant ?? '-'}`,
    `Destination: ${a.destination ? `${a.destinationName ?? a.destination} (${a.destination})` : '-'}`,
    `End use: ${a.endUse ?? '-'}`,
  ];
  if (a.additionalInfo) lines.push(`Additional information: ${a.additionalInfo}`);
  if (a.shipDirect) lines.push('Shipped directly to the end user (no ultimate consignee).');
  if (a.externalNumber) lines.push(`Application number: ${a.externalNumber}, submitted ${a.submittedOn}`);
  if (a.decidedOn) lines.push(`Decided: ${a.decidedOn}${a.conditions ? `; conditions: ${a.conditions}` : ''}`);
  if (a.previousVersionId) lines.push(`Amends application #${a.previousVersionId}`);
  if (a.supersededById) lines.push(`Replaced by the amendment #${a.supersededById}`);
  if (a.copiedFromId) lines.push(`Copied from application #${a.copiedFromId}`);
  if (a.licenseId) lines.push(`License: #${a.licenseId}`);
  lines.push(describeRetention(a.retention));
  lines.push('', 'Parties:');
  lines.push(
    a.parties.length
      ? table(
          a.parties.map((p) => [p.id, PARTY_ROLE_LABELS[p.role], `#${p.partyId} ${p.legalName}`, p.country, p.screeningState, p.role === 'end-user' ? (p.statementDocumentId ? `statement #${p.statementDocumentId}` : (p.statementReason ?? 'no statement')) : '']),
          ['ENTRY', 'ROLE', 'PARTY', 'CC', 'SCREENING', 'END-USER STATEMENT'],
        )
      : '  none',
  );
  lines.push('', 'Items:');
  lines.push(
    a.lines.length
      ? table(
          a.lines.map((l) => {
            const d = a.determinations.find((x) => x.lineId === l.id);
            return [l.lineNo, l.id, `#${l.itemId} ${l.itemName}`, l.classificationLabel ?? 'unclassified', `${l.quantity} ${l.unit}`, l.unitPrice, l.total, d ? d.outcome : '-'];
          }),
          ['LINE', 'ID', 'ITEM', 'ECCN', 'QUANTITY', 'UNIT PRICE', `TOTAL ${a.currency}`, 'DETERMINATION'],
        )
      : '  none',
  );
  lines.push(`Total: ${a.currency} ${a.total}`);
  if (a.documents.length) {
    lines.push('', 'Documents:');
    for (const d of a.documents) lines.push(`  #${d.documentId} ${d.docType} ${d.originalName} (${d.ownerType} #${d.ownerId})`);
  }
  if (a.requests.length) {
    lines.push('', 'Requests for information:');
    for (const r of a.requests) lines.push(`  #${r.id} received ${r.receivedOn}, due ${r.dueOn}${r.answeredOn ? `, answered ${r.answeredOn}` : r.overdue ? ', OVERDUE' : ', open'}: ${r.text}`);
  }
  lines.push('', 'Status history:');
  for (const h of a.history) lines.push(`  ${h.at.slice(0, 16).replace('T', ' ')} ${h.by}: ${h.fromStatus ?? '-'} -> ${h.toStatus}${h.onDate ? ` (${h.onDate})` : ''}${h.note ? ` — ${h.note}` : ''}`);
  return lines.join('\n');
}

export function checklistText(c: Checklist): string {
  const rows = c.checks.map((x) => `${x.ok ? '[ok]' : '[!!]'} ${x.rule}: ${x.message}${x.ok ? '' : `  (fix: ${x.fixAt.area}${x.fixAt.id !== null ? ` #${x.fixAt.id}` : ''}${x.fixAt.field ? ` ${x.fixAt.field}` : ''})`}`);
  const failing = c.checks.filter((x) => !x.ok).length;
  return [...rows, c.ready ? 'READY: every check passes.' : `NOT READY: ${failing} check${failing === 1 ? '' : 's'} fail.`].join('\n');
}

function licenseText(l: License): string {
  return [
    `License ${l.number} (#${l.id}) for application #${l.applicationId} ${l.applicationReference}: ${l.status.toUpperCase()}`,
    `Valid ${l.validFrom} to ${l.validTo} (${l.daysLeft >= 0 ? `${l.daysLeft} days left` : `expired ${-l.daysLeft} days ago`})`,
    ...(l.conditions ? [`Conditions: ${l.conditions}`] : []),
    describeRetention(l.retention),
    table(
      l.items.map((i) => [i.lineNo, i.itemName, i.classificationLabel, `${i.authorizedQuantity} ${i.unit}`, i.shippedQuantity, i.remainingQuantity, i.authorizedValue, i.shippedValue, i.remainingValue]),
      ['LINE', 'ITEM', 'ECCN', 'AUTHORIZED', 'SHIPPED', 'LEFT', `VALUE ${l.currency}`, 'SHIPPED', 'LEFT'],
    ),
  ].join('\n');
}

function shipmentText(s: Shipment): string {
  return `Shipment #${s.id} on ${s.shippedOn} against license ${s.licenseNumber}${s.consigneeName ? ` to ${s.consigneeName}` : ''}${s.reference ? ` (${s.reference})` : ''}: ${s.lines
    .map((l) => `line ${l.lineNo} ${l.quantity} for ${s.currency} ${l.value}`)
    .join('; ')}`;
}

interface BlockOptions {
  reference?: string;
  type?: string;
  applicant?: string;
  destination?: string;
  endUse?: string;
  additionalInfo?: string;
  currency?: string;
  temporary?: boolean;
  permanent?: boolean;
  returnDate?: string;
  shipDirect?: boolean;
  notShipDirect?: boolean;
}

function blockOptions(cmd: Command): Command {
  return cmd
    .option('--type <type>', APPLICATION_TYPES.join(' | '))
    .option('--applicant <text>', 'the applicant (Block 14): name and address')
    .option('--destination <code>', 'ISO 3166 code of the country of ultimate destination')
    .option('--end-use <text>', 'the specific end use (Block 21)')
    .option('--additional-info <text>', 'additional information (Block 24)')
    .option('--currency <code>', 'ISO 4217 currency of the prices (default USD)')
    .option('--temporary', 'a temporary export (give --return-date)')
    .option('--permanent', 'a permanent export')
    .option('--return-date <date>', 'temporary exports: the date the items return, YYYY-MM-DD')
    .option('--ship-direct', 'shipped directly to the end user: no ultimate consignee')
    .option('--not-ship-direct', 'an ultimate consignee receives the items');
}

function blocks(o: BlockOptions) {
  return {
    type: oneOf<ApplicationType>(o.type, APPLICATION_TYPES, '--type'),
    applicant: o.applicant,
    destination: o.destination,
    endUse: o.endUse,
    additionalInfo: o.additionalInfo,
    currency: o.currency,
    exportType: o.temporary ? ('temporary' as const) : o.permanent ? ('permanent' as const) : undefined,
    returnDate: o.returnDate,
    shipDirect: o.shipDirect ? true : o.notShipDirect ? false : undefined,
  };
}

export function registerApplicationCommands(program: Command, cli: CliContext): void {
  const apps = program.command('applications').description('License applications (BIS-748P): drafts, readiness checklist, status');
  const id = (s: string) => cli.int(s, 'the application id');

  apps
    .command('list')
    .description('Applications, most recently changed first')
    .option('--status <status>', APPLICATION_STATUSES.join(' | '))
    .option('--all', 'also versions replaced by an amendment')
    .action((o: { status?: string; all?: boolean }) =>
      cli.run('applications.list', { status: oneOf<ApplicationStatus>(o.status, APPLICATION_STATUSES, '--status'), includeSuperseded: o.all }, (v) =>
        v.length
          ? table(
              v.map((a) => [a.id, a.reference, a.version, a.type, a.destination, a.status, a.externalNumber, a.lineCount, `${a.currency} ${a.total}`, a.openRequests || '', a.superseded ? 'amended' : '']),
              ['ID', 'REFERENCE', 'V', 'TYPE', 'DEST', 'STATUS', 'NUMBER', 'LINES', 'TOTAL', 'RFI', ''],
            )
          : 'No applications yet. Start one with: exportdesk applications create --reference REF',
      ),
    );

  apps.command('show <id>').description('One application: blocks, parties, items, determinations, history').action((s: string) => cli.run('applications.get', { id: id(s) }, applicationText));

  apps
    .command('checklist <id>')
    .description('The readiness checklist: every rule, what fails and where to fix it')
    .action((s: string) => cli.run('applications.checklist', { id: id(s) }, checklistText));

  blockOptions(apps.command('create').description('Start a draft application').requiredOption('--reference <ref>', 'your reference, unique among live applications')).action(
    (o: BlockOptions & { reference: string }) =>
      cli.run('applications.create', { ...blocks(o), reference: o.reference, exportType: blocks(o).exportType ?? 'permanent' }, (v) => `Created application #${v.application.id} ${v.application.reference} (draft)`),
  );

  blockOptions(apps.command('update <id>').description('Change the blocks of a draft').option('--reference <ref>', 'a new reference')).action((s: string, o: BlockOptions) =>
    cli.run('applications.update', { id: id(s), ...blocks(o), reference: o.reference }, (v) => `Updated application #${v.application.id} ${v.application.reference}`),
  );

  apps
    .command('add-party <id>')
    .description('Put a party on a draft in a role')
    .requiredOption('--party <partyId>', 'the party record')
    .requiredOption('--role <role>', PARTY_ROLES.join(' | '))
    .option('--statement-reason <text>', 'end users: why there is no end-user statement')
    .action((s: string, o: { party: string; role: string; statementReason?: string }) =>
      cli.run(
        'applications.addParty',
        { id: id(s), partyId: cli.int(o.party, '--party'), role: oneOf<PartyRole>(o.role, PARTY_ROLES, '--role')!, statementReason: o.statementReason },
        (v) => `Application #${v.application.id} now has ${v.application.parties.length} parties`,
      ),
    );

  apps
    .command('remove-party <id>')
    .description('Take a party entry off a draft')
    .requiredOption('--entry <entryId>', 'the party entry (ENTRY in show)')
    .action((s: string, o: { entry: string }) => cli.run('applications.removeParty', { id: id(s), entryId: cli.int(o.entry, '--entry') }, (v) => `Application #${v.application.id} now has ${v.application.parties.length} parties`));

  apps
    .command('statement-reason <id>')
    .description("State why an end user's statement is missing")
    .requiredOption('--entry <entryId>', 'the end user entry (ENTRY in show)')
    .requiredOption('--reason <text>', 'the reason (empty to clear it)')
    .action((s: string, o: { entry: string; reason: string }) =>
      cli.run('applications.updateParty', { id: id(s), entryId: cli.int(o.entry, '--entry'), statementReason: o.reason }, (v) => `Updated application #${v.application.id}`),
    );

  apps
    .command('add-item <id>')
    .description('Add an item line with its classification in force')
    .requiredOption('--item <itemId>', 'the item record')
    .requiredOption('--quantity <q>', 'quantity, up to 3 decimals')
    .requiredOption('--unit <unit>', 'unit of the quantity (units, kg, licenses)')
    .requiredOption('--unit-price <p>', 'price per unit in the application currency')
    .option('--currency <code>', "the line's currency (must be the application's)")
    .option('--total <t>', 'the total as quoted (default quantity × unit price)')
    .action((s: string, o: { item: string; quantity: string; unit: string; unitPrice: string; currency?: string; total?: string }) =>
      cli.run(
        'applications.addItem',
        { id: id(s), itemId: cli.int(o.item, '--item'), quantity: o.quantity, unit: o.unit, unitPrice: o.unitPrice, currency: o.currency, total: o.total },
        (v) => {
          const l = v.application.lines[v.application.lines.length - 1]!;
          return `Added line ${l.lineNo} (#${l.id}): ${l.quantity} ${l.unit} ${l.itemName}, ${l.classificationLabel ?? 'unclassified'}, ${l.currency} ${l.total}`;
        },
      ),
    );

  apps
    .command('update-item <id>')
    .description('Change an item line of a draft')
    .requiredOption('--line <lineId>', 'the line id (ID in show)')
    .option('--quantity <q>', 'quantity')
    .option('--unit <unit>', 'unit')
    .option('--unit-price <p>', 'price per unit')
    .option('--total <t>', 'the total as quoted')
    .option('--refresh-classification', "take the item's classification in force now")
    .action((s: string, o: { line: string; quantity?: string; unit?: string; unitPrice?: string; total?: string; refreshClassification?: boolean }) =>
      cli.run(
        'applications.updateItem',
        { id: id(s), lineId: cli.int(o.line, '--line'), quantity: o.quantity, unit: o.unit, unitPrice: o.unitPrice, total: o.total, refreshClassification: o.refreshClassification },
        (v) => `Updated application #${v.application.id}: total ${v.application.currency} ${v.application.total}`,
      ),
    );

  apps
    .command('remove-item <id>')
    .description('Remove an item line; later lines are renumbered')
    .requiredOption('--line <lineId>', 'the line id (ID in show)')
    .action((s: string, o: { line: string }) => cli.run('applications.removeItem', { id: id(s), lineId: cli.int(o.line, '--line') }, (v) => `Application #${v.application.id} now has ${v.application.lines.length} lines`));

  apps
    .command('attach <id>')
    .description("Add a supporting document: a party's or item's document, or a new file")
    .option('--document <documentId>', 'an existing document of a party or item on the application')
    .option('--file <path>', 'a new file (PDF, image, DOCX, ODT)')
    .option('--type <docType>', DOCUMENT_TYPES.join(' | '))
    .option('--party <partyId>', 'the party the document concerns (an end-user statement)')
    .option('--note <text>', 'a note')
    .action((s: string, o: { document?: string; file?: string; type?: string; party?: string; note?: string }) => {
      if ((o.document === undefined) === (o.file === undefined)) throw new CliError('give either --document or --file');
      return cli.run(
        'applications.attachDocument',
        {
          id: id(s),
          documentId: cli.optInt(o.document, '--document'),
          source: o.file ? { path: path.resolve(o.file) } : undefined,
          docType: oneOf<DocumentType>(o.type, DOCUMENT_TYPES, '--type'),
          partyId: cli.optInt(o.party, '--party'),
          note: o.note,
        },
        (v) => `Application #${v.application.id} now has ${v.application.documents.length} documents`,
      );
    });

  apps
    .command('set-status <id> <status>')
    .description(`Move an application along: ${APPLICATION_STATUSES.join(', ')}`)
    .option('--number <n>', 'submitted: the application number the authority assigned')
    .option('--date <date>', 'submitted: filing date; a decision: decision date (default today)')
    .option('--conditions <text>', 'approved-with-conditions: the conditions')
    .option('--note <text>', 'a note for the history')
    .action((s: string, status: string, o: { number?: string; date?: string; conditions?: string; note?: string }) =>
      cli.run(
        'applications.setStatus',
        { id: id(s), status: oneOf<ApplicationStatus>(status, APPLICATION_STATUSES, 'the status')!, externalNumber: o.number, date: o.date, conditions: o.conditions, note: o.note },
        (v) => `Application #${v.application.id} ${v.application.reference} is now ${APPLICATION_STATUS_LABELS[v.application.status].toLowerCase()}`,
      ),
    );

  apps
    .command('copy <id>')
    .description('A new draft reusing the parties and items of an application')
    .requiredOption('--reference <ref>', 'the reference of the new draft')
    .action((s: string, o: { reference: string }) => cli.run('applications.copy', { id: id(s), reference: o.reference }, (v) => `Created application #${v.application.id} ${v.application.reference} (draft, copied from #${s})`));

  apps
    .command('amend <id>')
    .description('A new draft version of a filed application')
    .option('--note <text>', 'why it is amended')
    .action((s: string, o: { note?: string }) =>
      cli.run('applications.amend', { id: id(s), note: o.note }, (v) => `Created application #${v.application.id} ${v.application.reference} version ${v.application.version} (draft, amends #${v.application.previousVersionId})`),
    );

  apps
    .command('add-request <id>')
    .description('Record a request for information from the licensing authority')
    .requiredOption('--due <date>', 'the due date, YYYY-MM-DD')
    .requiredOption('--text <text>', 'what is asked')
    .option('--received <date>', 'the date received (default today)')
    .action((s: string, o: { due: string; text: string; received?: string }) =>
      cli.run('applications.addRequest', { id: id(s), dueOn: o.due, text: o.text, receivedOn: o.received }, (v) => `Recorded request #${v.application.requests[v.application.requests.length - 1]!.id}, due ${o.due}`),
    );

  apps
    .command('answer-request <requestId>')
    .description('Record the answer to a request for information')
    .requiredOption('--answer <text>', 'the answer given')
    .option('--date <date>', 'the date answered (default today)')
    .action((s: string, o: { answer: string; date?: string }) =>
      cli.run('applications.answerRequest', { requestId: cli.int(s, 'the request id'), answer: o.answer, answeredOn: o.date }, (v) => `Answered request #${s} of application #${v.application.id}`),
    );

  const licenses = program.command('licenses').description('Licenses issued on approved applications, with their balances');
  licenses
    .command('list')
    .description('Licenses, soonest to expire first, with status computed today')
    .option('--expiring <days>', 'only issued licenses whose last valid day is within this many days (60, 30, 7)')
    .option('--status <status>', LICENSE_STATUSES.join(' | '))
    .action(async (o: { expiring?: string; status?: string }) => {
      const human = (v: import('../../../shared/applications/types').LicenseSummary[]) =>
        v.length
          ? table(
              v.map((l) => [l.id, l.number, l.applicationReference, l.destination, l.validFrom, l.validTo, l.status, l.daysLeft, l.expiresWithin ?? '', `${l.currency} ${l.remainingValue}`]),
              ['ID', 'NUMBER', 'APPLICATION', 'DEST', 'FROM', 'TO', 'STATUS', 'DAYS LEFT', 'WITHIN', 'VALUE LEFT'],
            )
          : o.expiring
            ? `No license expires within ${o.expiring} days.`
            : 'No licenses yet.';
      if (o.expiring !== undefined) return cli.run('licenses.expiring', { withinDays: cli.int(o.expiring, '--expiring') }, human);
      return cli.run('licenses.list', { status: oneOf<LicenseStatus>(o.status, LICENSE_STATUSES, '--status') }, human);
    });
  licenses.command('show <id>').description('One license with the balance of every line').action((s: string) => cli.run('licenses.get', { id: cli.int(s, 'the license id') }, licenseText));
  licenses
    .command('issue <applicationId>')
    .description('Record the license issued on an approved application (every line as applied for)')
    .requiredOption('--number <n>', 'the license number')
    .requiredOption('--from <date>', 'first valid day, YYYY-MM-DD')
    .requiredOption('--to <date>', 'last valid day, YYYY-MM-DD')
    .option('--conditions <text>', 'conditions (default: those of the approval)')
    .action((s: string, o: { number: string; from: string; to: string; conditions?: string }) =>
      cli.run('licenses.issue', { applicationId: cli.int(s, 'the application id'), number: o.number, validFrom: o.from, validTo: o.to, conditions: o.conditions }, (v) => licenseText(v.license)),
    );

  const shipments = program.command('shipments').description('Shipments drawn against a license');
  shipments
    .command('add <license>')
    .description('Record a shipment against a license (its id or number); refused when it overdraws a line or falls outside the validity dates')
    .requiredOption('--item <line>', 'the license line number')
    .requiredOption('--quantity <q>', 'quantity shipped')
    .requiredOption('--value <v>', 'value shipped, in the license currency')
    .requiredOption('--date <date>', 'shipment date, YYYY-MM-DD')
    .option('--currency <code>', "the value's currency (must be the license's)")
    .option('--consignee <partyId>', 'the consignee party')
    .option('--reference <ref>', 'your shipment reference (air waybill, invoice)')
    .action((license: string, o: { item: string; quantity: string; value: string; date: string; currency?: string; consignee?: string; reference?: string }) =>
      cli.run(
        'shipments.add',
        {
          ...(/^\d+$/.test(license) ? { licenseId: Number(license) } : { licenseNumber: license }),
          shippedOn: o.date,
          lines: [{ line: cli.int(o.item, '--item'), quantity: o.quantity, value: o.value }],
          currency: o.currency,
          consigneePartyId: cli.optInt(o.consignee, '--consignee'),
          reference: o.reference,
        },
        (v) => `${shipmentText(v.shipment)}\n${licenseText(v.license)}`,
      ),
    );
  shipments
    .command('list <licenseId>')
    .description('The shipments of a license, oldest first')
    .action((s: string) => cli.run('shipments.list', { licenseId: cli.int(s, 'the license id') }, (v) => (v.length ? v.map(shipmentText).join('\n') : 'No shipments yet.')));
}
