/**
 * The line reordering packages use to print right-to-left names (UAX #9, rules W1–W7, N1–N2, I1,
 * L2 for a left-to-right line): each case is a line as a party record holds it and the runs, left
 * to right as printed, that the layout engine then shapes (reversing the right-to-left ones).
 */
import { describe, expect, it } from 'vitest';
import { visualRuns } from '../../electron/core/packages/bidi';

const L = (text: string) => ({ text, rtl: false });
const R = (text: string) => ({ text, rtl: true });

const CASES: { line: string; runs: { text: string; rtl: boolean }[]; why: string }[] = [
  { line: 'Nordlicht Photonics GmbH', runs: [L('Nordlicht Photonics GmbH')], why: 'no right-to-left text: one run, untouched' },
  { line: 'Софтуерна Компания ЕООД', runs: [L('Софтуерна Компания ЕООД')], why: 'Cyrillic is left to right' },
  { line: 'شركة النور للتجارة', runs: [R('شركة النور للتجارة')], why: 'an Arabic name is one run, spaces included, so its words keep their order' },
  { line: 'Name: شركة النور', runs: [L('Name: '), R('شركة النور')], why: 'a Latin label before an Arabic value' },
  {
    line: 'شارع الملك فهد 12, Dubai',
    runs: [L('12'), R('شارع الملك فهد '), L(', Dubai')],
    why: 'a number after Arabic letters is an Arabic number (W2) and sits to the left of the street name',
  },
  { line: 'Party A (شركة) ltd', runs: [L('Party A ('), R('شركة'), L(') ltd')], why: 'brackets between Latin and Arabic take the line direction (N2)' },
  { line: 'مبلغ 1,000 دولار', runs: [R(' دولار'), L('1,000'), R('مبلغ ')], why: 'a grouped number inside Arabic text stays one left-to-right run (W4) between the reversed words' },
  { line: 'חברה בע"מ', runs: [R('חברה בע"מ')], why: 'Hebrew is right to left too' },
  { line: 'شارع ١٢', runs: [L('١٢'), R('شارع ')], why: 'Arabic-Indic digits are a number: left to right, to the left of the street (the composer places them one by one)' },
  { line: 'Key length 256 bit', runs: [L('Key length 256 bit')], why: 'digits in Latin text stay where they are (W7)' },
];

describe('visual runs of a line holding right-to-left text', () => {
  for (const c of CASES) {
    it(c.why, () => {
      expect(visualRuns(c.line)).toEqual(c.runs);
      // Nothing is lost or added: the runs hold exactly the line's characters.
      expect(visualRuns(c.line).map((r) => r.text).join('').split('').sort().join('')).toBe(c.line.split('').sort().join(''));
    });
  }
});
