import { describe, expect, it } from 'vitest';
import { asSentence } from '../../renderer/src/components/error-box';

// The core writes field refusals in the CLI's lower-case form; a screen shows them as sentences.
const CASES: { why: string; core: string; shown: string }[] = [
  { why: 'a field refusal starts with its article, raised', core: 'the legal name cannot be empty', shown: 'The legal name cannot be empty.' },
  { why: 'an indefinite article too', core: 'a party with this name exists already', shown: 'A party with this name exists already.' },
  { why: 'a message that starts with a file name keeps its case', core: 'noise.bin is not a file ExportDesk can import (it is not a text file)', shown: 'noise.bin is not a file ExportDesk can import (it is not a text file)' },
  { why: 'a sentence already ended is not ended twice', core: 'The workspace is busy with another ExportDesk window or command; try again in a moment.', shown: 'The workspace is busy with another ExportDesk window or command; try again in a moment.' },
  { why: 'a word that merely starts with "a" is not an article', core: 'attachments over 50 MB are refused', shown: 'attachments over 50 MB are refused.' },
];

describe('an error shown on screen reads as a sentence', () => {
  it.each(CASES)('$why', ({ core, shown }) => {
    expect(asSentence(core)).toBe(shown);
  });
});
