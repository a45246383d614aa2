/**
 * Money and quantities as integers: prices in the currency's minor units (cents), quantities in
 * thousandths of their unit. Sums and balances of a license are then exact; a float would drift.
 */
import { AppError } from '../errors';

/** Quantities are kept in thousandths: 2.5 kg is 2500. */
export const QUANTITY_SCALE = 3;

/** No amount or quantity beyond this, so products stay exact (Number.MAX_SAFE_INTEGER is ~9e15). */
const MAX_SCALED = 1e15;

function supportedCurrencies(): Set<string> | null {
  const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
  try {
    return intl.supportedValuesOf ? new Set(intl.supportedValuesOf('currency')) : null;
  } catch {
    return null;
  }
}
const CURRENCIES = supportedCurrencies();

/** An ISO 4217 currency code (USD, EUR, JPY). */
export function isCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  return CURRENCIES ? CURRENCIES.has(code) : true;
}

/** How many decimals the currency's minor unit has: 2 for USD and EUR, 0 for JPY, 3 for KWD. */
export function currencyDigits(code: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * Reads a decimal typed by a person ("1250", "1250.50", 12.5) as an integer scaled by 10^scale.
 * Refuses negative, non-numeric and over-precise values with a sentence naming the field.
 */
export function parseScaled(raw: string | number, scale: number, what: string, field: string): number {
  const text = typeof raw === 'number' ? (Number.isFinite(raw) ? String(raw) : 'NaN') : raw.trim();
  if (text === '') throw new AppError('INVALID_INPUT', `${what} is empty: give a number`, { field });
  if (/^-/.test(text) && /^-\d*\.?\d+$/.test(text)) throw new AppError('INVALID_INPUT', `${what} cannot be negative (${text})`, { field });
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new AppError('INVALID_INPUT', `${what} must be a number such as 12 or 12.50, not "${text}"`, { field });
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > scale) {
    throw new AppError('INVALID_INPUT', `${what} has more decimals than allowed (${scale === 0 ? 'whole numbers only' : `at most ${scale}`}): ${text}`, { field });
  }
  const scaled = Number(m[1]!) * 10 ** scale + Number(frac.padEnd(scale, '0') || '0');
  if (!Number.isSafeInteger(scaled) || scaled > MAX_SCALED) throw new AppError('INVALID_INPUT', `${what} is too large: ${text}`, { field });
  return scaled;
}

/** A quantity in thousandths; zero is refused (a line or shipment of nothing says nothing). */
export function parseQuantity(raw: string | number, field = 'quantity'): number {
  const q = parseScaled(raw, QUANTITY_SCALE, 'The quantity', field);
  if (q === 0) throw new AppError('INVALID_INPUT', 'The quantity must be more than zero', { field });
  return q;
}

/** An amount in the currency's minor units. */
export function parseMoney(raw: string | number, currency: string, what: string, field: string): number {
  return parseScaled(raw, currencyDigits(currency), what, field);
}

export function formatScaled(n: number, scale: number): string {
  const neg = n < 0;
  const abs = Math.abs(n);
  if (scale === 0) return `${neg ? '-' : ''}${abs}`;
  const s = String(abs).padStart(scale + 1, '0');
  return `${neg ? '-' : ''}${s.slice(0, -scale)}.${s.slice(-scale)}`;
}

/** "2.5", "3": thousandths shown without trailing zeros. */
export function formatQuantity(milli: number): string {
  return formatScaled(milli, QUANTITY_SCALE).replace(/\.?0+$/, '');
}

export function formatMoney(minor: number, currency: string): string {
  return formatScaled(minor, currencyDigits(currency));
}

/** quantity × unit price, rounded half up to the minor unit; exact for any safe inputs. */
export function lineTotalMinor(quantityMilli: number, unitPriceMinor: number): number {
  const scale = 10n ** BigInt(QUANTITY_SCALE);
  const product = BigInt(quantityMilli) * BigInt(unitPriceMinor);
  return Number((product + scale / 2n) / scale);
}

export function sumMinor(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
