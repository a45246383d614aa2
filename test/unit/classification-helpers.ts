import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../electron/core';
import type { Input } from '../../shared/contract';
import type { Item } from '../../shared/items/types';
import { REPO_ROOT, importFile, ok, openTempWorkspace, type TempWorkspace } from './helpers';

/** Fixtures for items and classifications: trimmed CCL and Annex I editions (see their $comment). */
export const CLASSIFICATION_FIXTURES = path.join(REPO_ROOT, 'test/fixtures/classification');
export const CCL_V1 = path.join(CLASSIFICATION_FIXTURES, 'ccl-crypto-2026-01-15.json');
export const CCL_V2 = path.join(CLASSIFICATION_FIXTURES, 'ccl-crypto-2026-04-01.json');
export const EU_V1 = path.join(CLASSIFICATION_FIXTURES, 'eu-crypto-2025-11-15.json');

export function classificationFixture(name: string): string {
  const p = path.join(CLASSIFICATION_FIXTURES, name);
  if (!fs.existsSync(p)) throw new Error(`Test fixture ${p} is missing`);
  return p;
}

/** A workspace with the first CCL edition and the EU list loaded. */
export async function classificationWorkspace(opts: Parameters<typeof openTempWorkspace>[0] = {}): Promise<TempWorkspace & { ccl: number; eu: number }> {
  const ws = openTempWorkspace(opts);
  const ccl = (await importFile(ws.core, CCL_V1)).id;
  const eu = (await importFile(ws.core, EU_V1)).id;
  return { ...ws, ccl, eu };
}

export async function createItem(core: Core, fields: Partial<Input<'items.create'>> = {}): Promise<Item> {
  return ok(await core.call('items.create', { name: 'SecureLink VPN Gateway', modelNumber: 'SL-200', manufacturer: 'Nordlicht Networks', itemType: 'commodity', ...fields })).item;
}

/** Answers to the encryption questionnaire for a mass-market networking commodity. */
export const MASS_MARKET_ROUTER = {
  form: 'commodity',
  cryptanalysis: 'no',
  extraction: 'no',
  'other-commodity': 'none',
  crypto: 'yes',
  confidentiality: 'yes',
  algorithm: 'yes',
  activation: 'yes',
  function: 'comms',
  decontrol: 'none',
  'mass-market': 'yes',
  'mm-enc-paragraph': 'b1',
} as const;

/**
 * Saves a final US classification of 5A992.c with MMKT, as the questionnaire would, confirming the
 * replacement of any classification in force (tests of the refusal call classifications.save directly).
 */
export async function classifyMassMarket(core: Core, itemId: number, extra: Partial<Input<'classifications.save'>> = {}) {
  return ok(
    await core.call('classifications.save', {
      itemId,
      jurisdiction: 'us-ear',
      kind: 'entry',
      entryCode: '5A992',
      paragraphCode: '5A992.c',
      rationale: 'Mass market under Note 3',
      questionnaireId: 'encryption',
      answers: { ...MASS_MARKET_ROUTER },
      authorization: 'MMKT',
      reportItemType: 'router',
      status: 'final',
      replaceCurrent: true,
      ...extra,
    }),
  ).classification;
}
