/**
 * Just enough of the Unicode Bidirectional Algorithm (UAX #9) to print one line of a left-to-right
 * document that holds right-to-left names: an Arabic or Hebrew party name, an address with house
 * numbers, a Latin label before it. The text layout engine (fontkit, inside pdfkit) shapes a run and
 * reverses it when its script is right-to-left, but lays a mixed line out as one direction; so a line
 * is cut into runs of one direction here and the runs are put in visual order.
 *
 * Implemented: rules W1–W7, N1–N2, I1 and L2 for a paragraph of level 0, with no explicit embeddings
 * (names and addresses carry none). Not implemented: explicit formatting characters, mirroring.
 */

type BidiType = 'L' | 'R' | 'AL' | 'EN' | 'AN' | 'ES' | 'ET' | 'CS' | 'NSM' | 'N';

export interface VisualRun {
  /** The run's characters in logical order: the layout engine reverses a right-to-left run itself. */
  text: string;
  rtl: boolean;
}

const inRange = (c: number, lo: number, hi: number) => c >= lo && c <= hi;

function hebrewMark(c: number): boolean {
  return inRange(c, 0x0591, 0x05bd) || c === 0x05bf || inRange(c, 0x05c1, 0x05c2) || inRange(c, 0x05c4, 0x05c5) || c === 0x05c7;
}

function arabicMark(c: number): boolean {
  return (
    inRange(c, 0x0610, 0x061a) ||
    inRange(c, 0x064b, 0x065f) ||
    c === 0x0670 ||
    inRange(c, 0x06d6, 0x06dc) ||
    inRange(c, 0x06df, 0x06e4) ||
    inRange(c, 0x06e7, 0x06e8) ||
    inRange(c, 0x06ea, 0x06ed) ||
    inRange(c, 0x08d3, 0x08ff)
  );
}

function bidiType(ch: string): BidiType {
  const c = ch.codePointAt(0)!;
  if (inRange(c, 0x30, 0x39) || inRange(c, 0x06f0, 0x06f9)) return 'EN';
  if (inRange(c, 0x0660, 0x0669) || inRange(c, 0x066b, 0x066c)) return 'AN';
  if (hebrewMark(c) || arabicMark(c) || inRange(c, 0x0300, 0x036f)) return 'NSM';
  if (inRange(c, 0x0590, 0x05ff) || inRange(c, 0xfb1d, 0xfb4f)) return 'R';
  if (c === 0x060c) return 'CS';
  if (inRange(c, 0x0600, 0x08ff) || inRange(c, 0xfb50, 0xfdff) || inRange(c, 0xfe70, 0xfefe)) return 'AL';
  if (ch === '+' || ch === '-') return 'ES';
  if (ch === '#' || ch === '$' || ch === '%' || ch === '°' || /\p{Sc}/u.test(ch)) return 'ET';
  if (ch === ',' || ch === '.' || ch === '/' || ch === ':' || ch === '\u00a0') return 'CS';
  if (/[\p{L}\p{Nd}\p{Mc}]/u.test(ch)) return 'L';
  if (/\p{Mn}/u.test(ch)) return 'NSM';
  return 'N';
}

/** Whether the text holds any right-to-left character (most lines do not, and skip the work). */
export function hasRtl(text: string): boolean {
  return /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]/.test(text);
}

const strongDirection = (t: BidiType): 'L' | 'R' | null => (t === 'L' ? 'L' : t === 'R' || t === 'AL' ? 'R' : null);

/** The embedding level of each character (0 left-to-right, 1 right-to-left, 2 numbers inside it). */
function levels(chars: string[]): number[] {
  const t = chars.map(bidiType);
  // W1: a combining mark takes the type of what it combines with.
  for (let i = 0; i < t.length; i++) if (t[i] === 'NSM') t[i] = i === 0 ? 'N' : t[i - 1]!;
  // W2: European digits after Arabic letters are Arabic numbers.
  let lastStrong: BidiType = 'L';
  for (let i = 0; i < t.length; i++) {
    if (t[i] === 'L' || t[i] === 'R' || t[i] === 'AL') lastStrong = t[i]!;
    else if (t[i] === 'EN' && lastStrong === 'AL') t[i] = 'AN';
  }
  // W3
  for (let i = 0; i < t.length; i++) if (t[i] === 'AL') t[i] = 'R';
  // W4: one separator between two numbers of one kind joins them (1,000 and 10.5).
  for (let i = 1; i < t.length - 1; i++) {
    const [a, b] = [t[i - 1], t[i + 1]];
    if (t[i] === 'ES' && a === 'EN' && b === 'EN') t[i] = 'EN';
    else if (t[i] === 'CS' && a === b && (a === 'EN' || a === 'AN')) t[i] = a!;
  }
  // W5: currency and percent signs next to European digits belong to the number.
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== 'ET') continue;
    let j = i;
    while (j < t.length && t[j] === 'ET') j++;
    if ((i > 0 && t[i - 1] === 'EN') || (j < t.length && t[j] === 'EN')) for (let k = i; k < j; k++) t[k] = 'EN';
    i = j - 1;
  }
  // W6
  for (let i = 0; i < t.length; i++) if (t[i] === 'ES' || t[i] === 'ET' || t[i] === 'CS') t[i] = 'N';
  // W7: European digits in left-to-right text are left-to-right.
  lastStrong = 'L';
  for (let i = 0; i < t.length; i++) {
    if (t[i] === 'L' || t[i] === 'R') lastStrong = t[i]!;
    else if (t[i] === 'EN' && lastStrong === 'L') t[i] = 'L';
  }
  // N1, N2: neutrals between two runs of one direction take it; otherwise the paragraph's (L).
  const dirAt = (i: number): 'L' | 'R' => {
    if (i < 0 || i >= t.length) return 'L';
    const s = strongDirection(t[i]!);
    return s ?? 'R'; // EN and AN count as R here
  };
  for (let i = 0; i < t.length; i++) {
    if (t[i] !== 'N') continue;
    let j = i;
    while (j < t.length && t[j] === 'N') j++;
    const before = dirAt(i - 1);
    const after = dirAt(j);
    for (let k = i; k < j; k++) t[k] = before === after ? before : 'L';
    i = j - 1;
  }
  // I1 for a paragraph of level 0.
  return t.map((x) => (x === 'L' ? 0 : x === 'R' ? 1 : 2));
}

/**
 * The line as runs of one direction, left to right as printed. Lines without right-to-left
 * characters come back as one run.
 */
export function visualRuns(line: string): VisualRun[] {
  if (!hasRtl(line)) return [{ text: line, rtl: false }];
  const chars = [...line];
  const lv = levels(chars);
  const runs: { text: string; level: number }[] = [];
  chars.forEach((ch, i) => {
    const last = runs[runs.length - 1];
    if (last && last.level === lv[i]) last.text += ch;
    else runs.push({ text: ch, level: lv[i]! });
  });
  // L2: from the highest level down to 1, reverse every sequence of runs at that level or above.
  const max = Math.max(...runs.map((r) => r.level));
  for (let level = max; level >= 1; level--) {
    for (let i = 0; i < runs.length; i++) {
      if (runs[i]!.level < level) continue;
      let j = i;
      while (j < runs.length && runs[j]!.level >= level) j++;
      runs.splice(i, j - i, ...runs.slice(i, j).reverse());
      i = j - 1;
    }
  }
  return runs.map((r) => ({ text: r.text, rtl: r.level % 2 === 1 }));
}
