import fs from 'node:fs';

/** The names in a folder, or none when it does not exist (yet) or cannot be read. */
export function namesIn(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
