import type { ItemParameter } from './types';

/**
 * Technical parameters in one spreadsheet cell: `name=value [unit]`, separated by ";". The unit
 * sits in square brackets because units themselves contain spaces and slashes ("Gbit/s", "dBm").
 */
export function formatParameterCell(params: readonly ItemParameter[]): string {
  return params.map((p) => `${p.name}=${p.value}${p.unit ? ` [${p.unit}]` : ''}`).join('; ');
}

export type ParameterCellResult = { ok: true; parameters: ItemParameter[] } | { ok: false; message: string };

const PART = /^([^=]+)=(.*?)(?:\s*\[([^\]]*)\])?$/s;

export function parseParameterCell(cell: string): ParameterCellResult {
  const parts = cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
  const parameters: ItemParameter[] = [];
  for (const part of parts) {
    const m = PART.exec(part);
    if (!m) return { ok: false, message: `"${part}" is not a parameter written name=value [unit] (e.g. "Key length=256 [bit]")` };
    const name = m[1]!.trim();
    const value = m[2]!.trim();
    if (!name) return { ok: false, message: `"${part}" has no parameter name before "="` };
    if (!value) return { ok: false, message: `the parameter "${name}" has no value after "="` };
    parameters.push({ name, value, unit: m[3]?.trim() || null });
  }
  return { ok: true, parameters };
}
