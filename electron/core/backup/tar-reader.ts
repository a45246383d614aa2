import fs from 'node:fs';
import { Header, Pax } from 'tar';

const BLOCK = 512;
const CHUNK = 1024 * 1024;

export interface TarEntry {
  path: string;
  size: number;
  /** Byte offset of the entry's header in the file. */
  offset: number;
}

/**
 * Why a tar file could not be read on: it stops in the middle of an entry or a header, or a
 * header fails its checksum. The backup reader turns these into sentences naming the entry.
 */
export type TarFault =
  | { kind: 'ends-in-header'; offset: number }
  | { kind: 'ends-in-entry'; entry: string; got: number; expected: number }
  | { kind: 'bad-header'; offset: number }
  | { kind: 'unsupported'; entry: string; type: string };

export class TarFaultError extends Error {
  constructor(readonly fault: TarFault) {
    super(fault.kind);
  }
}

/**
 * Reads a tar file entry by entry, sequentially, never holding more than 1 MB. Reads regular
 * files and the PAX headers TarWriter writes for long names; any other kind of entry (a directory,
 * a link) is a fault. `next()` answers
 * 'end' at the end-of-archive marker and 'eof' when the file just stops between entries.
 */
export class TarReader {
  private pos = 0;
  private pending: TarEntry | null = null;
  private readonly buffer = Buffer.allocUnsafe(CHUNK);
  private readonly block = Buffer.alloc(BLOCK);

  private constructor(private readonly fh: fs.promises.FileHandle) {}

  static async open(file: string): Promise<TarReader> {
    return new TarReader(await fs.promises.open(file, 'r'));
  }

  get position(): number {
    return this.pos;
  }

  private async readFully(buf: Buffer, length: number): Promise<number> {
    let got = 0;
    while (got < length) {
      const { bytesRead } = await this.fh.read(buf, got, length - got, this.pos + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return got;
  }

  private static padded(size: number): number {
    return Math.ceil(size / BLOCK) * BLOCK;
  }

  async next(): Promise<TarEntry | 'end' | 'eof'> {
    if (this.pending) await this.skip(this.pending);
    let extended: Pax | undefined;
    for (;;) {
      const offset = this.pos;
      const got = await this.readFully(this.block, BLOCK);
      if (got === 0) return 'eof';
      if (got < BLOCK) throw new TarFaultError({ kind: 'ends-in-header', offset });
      if (this.block.every((b) => b === 0)) {
        this.pos += BLOCK;
        return 'end';
      }
      const header = new Header(this.block, 0, extended);
      if (!header.cksumValid) throw new TarFaultError({ kind: 'bad-header', offset });
      this.pos += BLOCK;
      const size = header.size ?? 0;
      const type = header.type;
      if (type === 'ExtendedHeader') {
        if (size > 1024 * 1024) throw new TarFaultError({ kind: 'bad-header', offset });
        const body = Buffer.alloc(size);
        const n = await this.readFully(body, size);
        if (n < size) throw new TarFaultError({ kind: 'ends-in-header', offset });
        this.pos += TarReader.padded(size);
        extended = Pax.parse(body.toString('utf8'));
        continue;
      }
      const entry: TarEntry = { path: header.path ?? '', size, offset };
      // Directories too: no backup holds one, and one skipped unseen (../) would let a restore and a
      // check of the same file disagree on what it holds.
      if (type !== 'File' && type !== 'OldFile') throw new TarFaultError({ kind: 'unsupported', entry: entry.path, type });
      this.pending = entry;
      return entry;
    }
  }

  /**
   * The entry's content in chunks. Each chunk is only valid until the next one is asked for (the
   * buffer is reused): hash it and write it before moving on.
   */
  async *content(entry: TarEntry): AsyncGenerator<Buffer> {
    if (this.pending !== entry) throw new Error('tar entries must be read in order');
    this.pending = null;
    let done = 0;
    while (done < entry.size) {
      const want = Math.min(CHUNK, entry.size - done);
      const got = await this.readFully(this.buffer, want);
      this.pos += got;
      done += got;
      if (got < want) throw new TarFaultError({ kind: 'ends-in-entry', entry: entry.path, got: done, expected: entry.size });
      yield this.buffer.subarray(0, got);
    }
    const pad = TarReader.padded(entry.size) - entry.size;
    if (pad) {
      const got = await this.readFully(this.block, pad);
      if (got < pad) throw new TarFaultError({ kind: 'ends-in-header', offset: this.pos + got });
      this.pos += pad;
    }
  }

  private async skip(entry: TarEntry): Promise<void> {
    for await (const chunk of this.content(entry)) void chunk;
  }

  async close(): Promise<void> {
    await this.fh.close();
  }
}
