/**
 * A name folded for sorting and for spotting the same name typed twice: accents and case gone,
 * punctuation and runs of spaces as one space ("Müller-Werke  GmbH" -> "muller werke gmbh").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
