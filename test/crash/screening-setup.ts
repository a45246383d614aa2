import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../electron/core';
import { ABSENT_NOTE, generatedListInput, listedNames, madeUpName, realFile, writeGeneratedList } from './crash-data';

/** The list every screening scenario screens against: the real SDN list, else a generated one. */
export function screeningList(scratch: string): { input: Record<string, unknown>; file: string; note: string } {
  const real = realFile('screening', 'ofac-sdn-2024-05-03.csv');
  if (real) return { input: { source: { path: real } }, file: real, note: 'real OFAC SDN 2024-05-03 (14,965 entries) as the current list' };
  const file = writeGeneratedList(scratch, 1);
  return { input: generatedListInput(file, 1), file, note: ABSENT_NOTE };
}

/** `count` names to screen, one in ten a listed name so the screening writes hits as well. */
export function namesToScreen(listFile: string, count: number): string[] {
  const listed = listedNames(listFile, Math.ceil(count / 10));
  return Array.from({ length: count }, (_, i) => (i % 10 === 0 && listed[i / 10] ? listed[i / 10]! : madeUpName(i)));
}

function csvCell(s: string): string {
  return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function writeCsv(file: string, header: string[], rows: string[][]): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, [header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n');
  return file;
}

export async function callOk(core: Core, method: Parameters<Core['call']>[0], input: unknown): Promise<unknown> {
  const r = await core.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value;
}
