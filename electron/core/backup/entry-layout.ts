import { AppError } from '../../../shared/errors';

/**
 * The entries as files in one folder: refuses, before anything is written, a set of paths that
 * cannot all be files there (one inside another's name, one under the name of a folder others are
 * in, two differing only in case), so checking a backup and restoring it cannot disagree.
 */
export class EntryLayout {
  /** Lower-cased file path → the path as the backup spells it. */
  private readonly files = new Map<string, string>();
  /** Lower-cased folder path → the first entry in it. */
  private readonly folders = new Map<string, string>();

  constructor(private readonly file: string) {}

  add(p: string): void {
    const refuse = (why: string) => new AppError('BAD_FILE', `The backup ${this.file} holds ${why}: no ExportDesk backup does.`, { file: this.file });
    const lower = p.toLowerCase();
    const same = this.files.get(lower);
    if (same !== undefined) {
      throw new AppError('BAD_FILE', `The backup ${this.file} holds ${p} and ${same}, whose names differ only in case: no ExportDesk backup does, and they cannot both be restored on macOS or Windows.`, {
        file: this.file,
      });
    }
    const folderOf = this.folders.get(lower);
    if (folderOf !== undefined) throw refuse(`${p}, a file under the name of the folder ${folderOf} is in`);
    const segments = p.split('/');
    for (let i = 1; i < segments.length; i++) {
      const folder = segments.slice(0, i).join('/');
      const asFile = this.files.get(folder.toLowerCase());
      if (asFile !== undefined) throw refuse(`${p} inside ${asFile}, which is a file in the backup`);
    }
    for (let i = 1; i < segments.length; i++) {
      const folder = segments.slice(0, i).join('/').toLowerCase();
      if (!this.folders.has(folder)) this.folders.set(folder, p);
    }
    this.files.set(lower, p);
  }
}
