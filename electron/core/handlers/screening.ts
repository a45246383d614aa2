import type { HandlerMap } from '../registry';
import { batchResults, commitBatch, prepareBatch, type PreparedBatch } from '../screening/batch';
import { decideHit, decideHits } from '../screening/decide';
import { effectiveThreshold, matchSubject, type SubjectMatch } from '../screening/match';
import { partySubject } from '../screening/party-subject';
import { getScreening, partyHistory, reviewQueue } from '../screening/record-queries';
import { writeScreening } from '../screening/record-writer';
import { commitRescreen, prepareRescreen, type PreparedRescreen } from '../screening/rescreen';

type Methods =
  | 'screening.preview'
  | 'screening.name'
  | 'screening.party'
  | 'screening.batch'
  | 'screening.rescreenAll'
  | 'screening.decide'
  | 'screening.decideMany'
  | 'screening.queue'
  | 'screening.get'
  | 'screening.history';

export const screeningHandlers: HandlerMap<Methods> = {
  'screening.preview': {
    run(ctx, input) {
      const m = matchSubject(ctx.db, { names: [input.name], country: input.country, type: input.type }, effectiveThreshold(ctx.db, input.threshold), input.limit ?? 25);
      return {
        normalizedQuery: m.normalizedQuery,
        truncated: m.truncated,
        weakOnly: m.weakOnly,
        threshold: m.threshold,
        lists: m.loaded.lists,
        hits: m.hits.map((h) => ({
          listId: h.entry.listId,
          listName: h.entry.listName,
          listVersion: h.entry.listVersion,
          snapshotId: h.entry.snapshotId,
          entryId: h.entry.rowId,
          externalId: h.entry.externalId,
          entryName: h.entry.name,
          entryType: h.entry.type,
          entryCountries: h.entry.countries,
          entryPrograms: h.entry.programs,
          entrySourceList: h.entry.sourceList,
          matchedName: h.hit.matchedName,
          matchedIndex: h.hit.matchedIndex,
          queryName: h.queryName,
          score: h.hit.score,
          nameScore: h.hit.nameScore,
          explanation: h.hit.explanation,
          adjustments: h.hit.adjustments,
        })),
      };
    },
  },
  'screening.name': {
    prepare: (ctx, input) => matchSubject(ctx.db, { names: [input.name], country: input.country, type: input.type }, effectiveThreshold(ctx.db, input.threshold)),
    commit(tx, input, match: SubjectMatch) {
      return getScreening(tx.db, writeScreening(tx, { kind: 'name', country: input.country, type: input.type }, match));
    },
  },
  'screening.party': {
    prepare(ctx, input) {
      const subject = partySubject(ctx.db, input.partyId);
      return { subject, match: matchSubject(ctx.db, subject, effectiveThreshold(ctx.db, input.threshold)) };
    },
    commit(tx, input, p: { subject: ReturnType<typeof partySubject>; match: SubjectMatch }) {
      const id = writeScreening(tx, { kind: 'party', partyId: input.partyId, country: p.subject.country, type: p.subject.type }, p.match);
      return getScreening(tx.db, id);
    },
  },
  'screening.batch': {
    prepare: (ctx, input) => prepareBatch(ctx, input.source, effectiveThreshold(ctx.db, input.threshold)),
    commit: (tx, _input, prepared: PreparedBatch) => ({ ...commitBatch(tx, prepared), rows: [] }),
    // Read back outside the write lock, which the commit holds only for its inserts.
    afterCommit: async (ctx, _input, committed) => batchResults(ctx.db, committed.batchId),
  },
  'screening.rescreenAll': {
    prepare: (ctx, input) => prepareRescreen(ctx, effectiveThreshold(ctx.db, input?.threshold)),
    commit: (tx, _input, prepared: PreparedRescreen) => commitRescreen(tx, prepared),
  },
  'screening.decide': { commit: (tx, input) => decideHit(tx, input.hitId, input.decision, input.reason) },
  'screening.decideMany': { commit: (tx, input) => decideHits(tx, input.hitIds, input.decision, input.reason) },
  'screening.queue': { run: (ctx, input) => reviewQueue(ctx.db, input?.status ?? 'undecided', input?.limit ?? 100, input?.offset ?? 0) },
  'screening.get': { run: (ctx, input) => getScreening(ctx.db, input.screeningId) },
  'screening.history': { run: (ctx, input) => partyHistory(ctx.db, input.partyId, input.limit) },
};
