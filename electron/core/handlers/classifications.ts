import type { ParsedInput } from '../../../shared/contract';
import { definitionOf } from '../../../shared/classification/questionnaire';
import { QUESTIONNAIRES, questionnaireById } from '../../../shared/classification/questionnaires';
import { AUTHORIZATION_ECCNS, JURISDICTION_LABELS, JURISDICTION_LIST_ID, classificationLabel, type Classification, type DecisionPath } from '../../../shared/classification/types';
import { entryCodeOf, normalizeCode } from '../../../shared/control-lists/codes';
import { AppError } from '../../../shared/errors';
import { classificationHistory, getClassification, inForceId, insertClassification } from '../classification/classification-store';
import { assertAnswers, currentSnapshotFor, decisionPathOf, evaluateQuestionnaire } from '../classification/evaluate';
import { quoteCitation, supportingQuote } from '../classification/quote';
import { encryptionReportCsv, encryptionReportFileName, encryptionReportSelection, reportRange, reportSubmitter } from '../classification/report-rows';
import { reReviewQueue } from '../classification/review-queue';
import { getSnapshot } from '../control-lists/queries';
import { getItem, getItemRow } from '../items/item-store';
import type { HandlerMap, Tx } from '../registry';
import { sha256Hex } from '../store/hash';

type ClassificationMethods =
  | 'classifications.questionnaires'
  | 'classifications.evaluate'
  | 'classifications.save'
  | 'classifications.history'
  | 'classifications.reReviewQueue'
  | 'reports.encryption';

type SaveInput = ParsedInput<'classifications.save'>;

/** The entry and paragraph a save names: "5A992.c" given as the entry code means entry 5A992, paragraph 5A992.c. */
function citation(input: SaveInput): { entryCode: string; paragraphCode: string | null } {
  const named = normalizeCode(input.entryCode ?? input.paragraphCode!);
  const entryCode = entryCodeOf(named);
  const paragraph = input.paragraphCode ? normalizeCode(input.paragraphCode) : named !== entryCode ? named : null;
  if (paragraph && entryCodeOf(paragraph) !== entryCode) {
    throw new AppError('INVALID_INPUT', `The paragraph ${paragraph} is not a paragraph of ${entryCode}.`, { field: 'paragraphCode' });
  }
  return { entryCode, paragraphCode: paragraph };
}

/** The cited text and its list version, read from the workspace: a classification never stores text the client sent. */
function citedText(tx: Tx, input: SaveInput) {
  const listId = JURISDICTION_LIST_ID[input.jurisdiction];
  const snapshot = input.snapshotId !== undefined ? getSnapshot(tx.db, input.snapshotId) : currentSnapshotFor(tx.db, input.jurisdiction);
  if (!snapshot) {
    throw new AppError('CONFLICT', `No version of the ${input.jurisdiction === 'us-ear' ? 'US Commerce Control List' : 'EU dual-use list (Annex I)'} is loaded: import it under Control lists before classifying against it.`, {
      field: 'snapshotId',
    });
  }
  if (snapshot.listId !== listId) {
    throw new AppError('INVALID_INPUT', `Snapshot #${snapshot.id} is a version of ${snapshot.listName}; a ${JURISDICTION_LABELS[input.jurisdiction]} classification cites the ${listId} list.`, {
      field: 'snapshotId',
    });
  }
  const { entryCode, paragraphCode } = citation(input);
  const quote = quoteCitation(tx.db, snapshot, entryCode, paragraphCode);
  if (!quote) {
    throw new AppError('NOT_FOUND', `${paragraphCode ?? entryCode} is not in ${snapshot.listName} ${snapshot.versionLabel} (snapshot #${snapshot.id}).`, { field: paragraphCode ? 'paragraphCode' : 'entryCode' });
  }
  return { listId, snapshot, entryCode, paragraphCode, quote };
}

/**
 * A classification in force is replaced only on purpose: the refusal names it (label, status, date
 * and the list version it cites) so the user can decide, and the client repeats the save with
 * replaceCurrent.
 */
function replaceRefused(itemName: string, c: Classification): AppError {
  const version = c.snapshot ? `, against ${c.snapshot.listName} ${c.snapshot.versionLabel}` : '';
  return new AppError(
    'CONFLICT',
    `Item ${itemName} is already classified ${c.label} for ${JURISDICTION_LABELS[c.jurisdiction]} (${c.status}, ${c.createdAt.slice(0, 10)}${version}): confirm to replace it. The classification in force is kept in the history, marked superseded.`,
    { field: 'replaceCurrent' },
  );
}

export const classificationHandlers: HandlerMap<ClassificationMethods> = {
  'classifications.questionnaires': { run: () => QUESTIONNAIRES.map(definitionOf) },

  'classifications.evaluate': {
    run(ctx, input) {
      return evaluateQuestionnaire(ctx.db, questionnaireById(input.questionnaireId)!, input.answers);
    },
  },

  'classifications.save': {
    commit(tx, input) {
      const itemRow = getItemRow(tx.db, input.itemId);
      const current = inForceId(tx.db, input.itemId, input.jurisdiction);
      if (input.expectedCurrentId !== undefined && input.expectedCurrentId !== current) {
        throw new AppError('CONFLICT', `Another classification of this item for ${JURISDICTION_LABELS[input.jurisdiction]} was saved in the meantime (#${current ?? 'none'}). Reload the item and check it before saving.`, {
          field: 'expectedCurrentId',
        });
      }
      let decisionPath: DecisionPath | null = null;
      if (input.questionnaireId && input.answers) {
        const q = questionnaireById(input.questionnaireId)!;
        assertAnswers(q, input.answers, true);
        decisionPath = decisionPathOf(q, input.answers);
      }
      const cited = input.kind === 'entry' ? citedText(tx, input) : null;
      if (input.authorization && !AUTHORIZATION_ECCNS[input.authorization].includes(cited?.entryCode ?? '')) {
        throw new AppError(
          'INVALID_INPUT',
          `Authorization type ${input.authorization} goes with ECCN ${AUTHORIZATION_ECCNS[input.authorization].join(', ')} (Supp. No. 8 to Part 742), not ${cited ? (cited.paragraphCode ?? cited.entryCode) : classificationLabel(input.kind, null, null)}.`,
          { field: 'authorization' },
        );
      }
      // The notes the questionnaire relied on (the Cryptography Note behind "not listed", an exclusion
      // note), quoted from the version the classification cites, else the list's current one.
      const noteSource = cited?.snapshot ?? currentSnapshotFor(tx.db, input.jurisdiction);
      const supporting =
        decisionPath && noteSource
          ? questionnaireById(decisionPath.questionnaireId)!
              .evaluate(input.answers!)
              .filter((c) => c.jurisdiction === input.jurisdiction && c.kind === input.kind && c.entryCode === (cited?.entryCode ?? null))
              .flatMap((c) => c.supporting.flatMap((ref) => supportingQuote(tx.db, noteSource, ref) ?? []))
          : [];
      // Checked after the input is known to be valid, so a confirmed save does not fail on something else.
      if (current !== null && input.replaceCurrent !== true) throw replaceRefused(itemRow.name, getClassification(tx.db, current));
      const { id, supersededId } = insertClassification(
        tx.db,
        {
          itemId: input.itemId,
          jurisdiction: input.jurisdiction,
          kind: input.kind,
          listId: cited?.listId ?? null,
          snapshotId: cited?.snapshot.id ?? null,
          entryCode: cited?.entryCode ?? null,
          paragraphCode: cited?.paragraphCode ?? null,
          quote: cited?.quote ?? null,
          supporting,
          rationale: input.rationale,
          decisionPath,
          authorization: input.authorization ?? null,
          reportItemType: input.reportItemType ?? null,
          status: input.status,
        },
        tx.at,
        tx.actor,
      );
      const saved = getClassification(tx.db, id);
      tx.audit({
        action: 'classifications.save',
        recordType: 'item',
        recordId: input.itemId,
        before: supersededId === null ? null : { classificationId: supersededId, label: getClassification(tx.db, supersededId).label },
        after: {
          classificationId: id,
          jurisdiction: saved.jurisdiction,
          label: saved.label,
          status: saved.status,
          snapshotId: saved.snapshot?.id ?? null,
          versionLabel: saved.snapshot?.versionLabel ?? null,
          authorization: saved.authorization,
          reportItemType: saved.reportItemType,
          quotedTextSha256: saved.quotedText ? sha256Hex(saved.quotedText) : null,
          rationale: saved.rationale,
          questionnaire: decisionPath?.questionnaireId ?? null,
        },
      });
      return { classification: saved, item: getItem(tx.db, input.itemId) };
    },
  },

  'classifications.history': {
    run(ctx, input) {
      getItemRow(ctx.db, input.itemId);
      return classificationHistory(ctx.db, input.itemId, input.jurisdiction);
    },
  },

  'classifications.reReviewQueue': { run: (ctx, input) => reReviewQueue(ctx.db, input?.offset, input?.limit) },

  'reports.encryption': {
    commit(tx, input) {
      const range = reportRange(input);
      const submitter = reportSubmitter(tx.db);
      const { rows, excluded } = encryptionReportSelection(tx.db, range.startAt, range.endAt);
      const content = encryptionReportCsv(rows, submitter);
      const sha256 = sha256Hex(content);
      const fileName = encryptionReportFileName('year' in input ? { year: input.year } : range);
      // What was reported to BIS, and when, is part of the record (15 CFR 762.6).
      tx.audit({ action: 'reports.encryption', recordType: 'encryption_report', recordId: fileName, after: { fileName, from: range.from, to: range.to, rowCount: rows.length, excludedCount: excluded.length, sha256 } });
      return { fileName, content, sha256, rowCount: rows.length, from: range.from, to: range.to, rows, excluded };
    },
  },
};
