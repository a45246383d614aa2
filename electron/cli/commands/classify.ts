import type { Command } from 'commander';
import type { ResolvedCandidate } from '../../../shared/classification/evaluation';
import { QUESTIONNAIRE_IDS, questionnaireById, type QuestionnaireId } from '../../../shared/classification/questionnaires';
import { nextQuestion } from '../../../shared/classification/questionnaire';
import { SUPP8_ITEM_TYPES, type Supp8ItemType } from '../../../shared/classification/supp8-item-types';
import { JURISDICTION_LABELS, JURISDICTIONS, type Jurisdiction } from '../../../shared/classification/types';
import { CliError, type CliContext } from '../context';

interface ClassifyOptions {
  questionnaire: string;
  answer: string[];
  jurisdiction?: string;
  status: string;
  rationale?: string;
  reportItemType?: string;
  replaceCurrent?: boolean;
}

function answersOf(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const at = p.indexOf('=');
    if (at <= 0) throw new CliError(`--answer takes question=value, not "${p}"`);
    out[p.slice(0, at).trim()] = p.slice(at + 1).trim();
  }
  return out;
}

/**
 * `items classify`: a guided questionnaire answered on the command line, its candidates saved as the
 * classifications of the item. A classification in force is replaced only with --replace-current,
 * checked for every jurisdiction before the first save so none is saved while another is refused.
 */
export function registerClassifyCommand(items: Command, cli: CliContext): void {
  items
    .command('classify <id>')
    .description('Classify an item with a guided questionnaire; prints the next question until every question asked is answered')
    .requiredOption('--questionnaire <id>', QUESTIONNAIRE_IDS.join(' | '))
    .option('--answer <question=value>', 'an answer, repeatable (e.g. --answer form=software)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--jurisdiction <j>', `save only this jurisdiction's candidate: ${JURISDICTIONS.join(' | ')} (default: both)`)
    .option('--status <status>', 'draft | final', 'draft')
    .option('--rationale <text>', "the rationale saved (default: the candidate's reason)")
    .option('--report-item-type <type>', 'item type of the self-classification report (Supp. No. 8 to Part 742, (a)(6)), for ENC and MMKT candidates')
    .option('--replace-current', 'confirm replacing a classification in force (it stays in the history, superseded)')
    .action(async (id: string, o: ClassifyOptions) => {
      const itemId = cli.int(id, 'the item id');
      const q = questionnaireById(o.questionnaire);
      if (!q) throw new CliError(`--questionnaire must be one of ${QUESTIONNAIRE_IDS.join(', ')}, not "${o.questionnaire}"`);
      if (o.status !== 'draft' && o.status !== 'final') throw new CliError(`--status must be draft or final, not "${o.status}"`);
      if (o.jurisdiction !== undefined && !(JURISDICTIONS as readonly string[]).includes(o.jurisdiction)) throw new CliError(`--jurisdiction must be one of ${JURISDICTIONS.join(', ')}`);
      if (o.reportItemType !== undefined && !(SUPP8_ITEM_TYPES as readonly string[]).includes(o.reportItemType)) throw new CliError(`--report-item-type is not an item type of Supp. No. 8 to Part 742, (a)(6): "${o.reportItemType}"`);
      const answers = answersOf(o.answer);
      const questionnaireId = q.id as QuestionnaireId;
      const evaluation = await cli.call('classifications.evaluate', { questionnaireId, answers });
      if (!evaluation.complete) {
        const next = nextQuestion(q, answers)!;
        const options = next.options.map((x) => `  --answer ${next.id}=${x.value}   ${x.label}`).join('\n');
        cli.print(`Next question (${next.citation}):\n${next.text}\n${options}`, evaluation);
        return;
      }
      const chosen = evaluation.candidates.filter((c) => o.jurisdiction === undefined || c.jurisdiction === o.jurisdiction);
      for (const c of chosen) {
        if (c.problem) throw new CliError(`${JURISDICTION_LABELS[c.jurisdiction]} ${c.label}: ${c.problem}`);
        if (c.authorization && !o.reportItemType) throw new CliError(`${JURISDICTION_LABELS[c.jurisdiction]} ${c.label} (${c.authorization}): give --report-item-type (Supp. No. 8 to Part 742, (a)(6))`);
      }
      const item = await cli.call('items.get', { id: itemId });
      const inForce = (j: Jurisdiction) => (j === 'us-ear' ? item.us : item.eu);
      const refused = chosen.flatMap((c) => {
        const current = inForce(c.jurisdiction);
        return current && !o.replaceCurrent ? [`${current.label} for ${JURISDICTION_LABELS[c.jurisdiction]} (${current.status})`] : [];
      });
      if (refused.length) throw new CliError(`Item ${item.name} is already classified ${refused.join(' and ')}: nothing was saved; add --replace-current to replace it`);
      const saved: string[] = [];
      for (const c of chosen) {
        const current = inForce(c.jurisdiction);
        const r = await cli.call('classifications.save', saveInput(itemId, c, questionnaireId, answers, o, current?.classificationId ?? null));
        saved.push(`${JURISDICTION_LABELS[c.jurisdiction]}: ${r.classification.label}${r.classification.authorization ? ` (${r.classification.authorization})` : ''}, ${r.classification.status}${current ? `, replacing ${current.label}` : ''}`);
      }
      cli.print(`Classified ${item.name}\n${saved.join('\n')}`, { saved: saved.length, candidates: chosen });
    });
}

function saveInput(itemId: number, c: ResolvedCandidate, questionnaireId: QuestionnaireId, answers: Record<string, string>, o: ClassifyOptions, currentId: number | null) {
  if (c.kind === 'not-subject') throw new CliError(`${JURISDICTION_LABELS[c.jurisdiction]}: ${c.reason}`);
  return {
    itemId,
    jurisdiction: c.jurisdiction,
    kind: c.kind,
    ...(c.kind === 'entry' ? { entryCode: c.entryCode!, ...(c.paragraphCode ? { paragraphCode: c.paragraphCode } : {}), snapshotId: c.snapshotId! } : {}),
    rationale: o.rationale ?? c.reason,
    questionnaireId,
    answers,
    ...(c.authorization ? { authorization: c.authorization, reportItemType: o.reportItemType as Supp8ItemType } : {}),
    status: o.status as 'draft' | 'final',
    expectedCurrentId: currentId,
    ...(currentId !== null && o.replaceCurrent ? { replaceCurrent: true } : {}),
  };
}
