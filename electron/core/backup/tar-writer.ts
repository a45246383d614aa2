import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import { Header, Pax } from 'tar';

const BLOCK = 512;
const CHUNK = 1024 * 1024;

export interface WrittenEntry {
  size: number;
  sha256: string;
}

/**
 * Writes a tar file sequentially: a header, the content streamed in 1 MB chunks, padding. The
 * SHA-256 of each entry's content and of the whole file are computed on the way, so nothing is
 * read twice and no file is held in memory. Headers are encoded by the `tar` package.
 */
export class TarWriter {
  private readonly fileHash = createHash('sha256');
  private bytes = 0;
  private readonly buffer = Buffer.allocUnsafe(CHUNK);

  private constructor(
    private readonly fh: fs.promises.FileHandle,
    readonly path: string,
  ) {}

  /** Creates the file; refuses one that already exists (a leftover of the same process and name). */
  static async create(file: string): Promise<TarWriter> {
    return new TarWriter(await fs.promises.open(file, 'wx'), file);
  }

  private async write(buf: Buffer): Promise<void> {
    let off = 0;
    while (off < buf.length) {
      const { bytesWritten } = await this.fh.write(buf, off, buf.length - off);
      off += bytesWritten;
    }
    this.fileHash.update(buf);
    this.bytes += buf.length;
  }

  private async header(name: string, size: number, mtime: Date): Promise<void> {
    const data = { path: name, mode: 0o644, uid: 0, gid: 0, size, mtime, type: 'File' as const, uname: '', gname: '' };
    const h = new Header(data);
    h.encode();
    // Long or non-ASCII names go in a PAX extended header before the entry.
    if (h.needPax) await this.write(new Pax({ path: name, mtime }).encode());
    await this.write(h.block!);
  }

  private async pad(size: number): Promise<void> {
    const rest = size % BLOCK;
    if (rest) await this.write(Buffer.alloc(BLOCK - rest));
  }

  async addBuffer(name: string, data: Buffer, mtime: Date): Promise<WrittenEntry> {
    await this.header(name, data.length, mtime);
    await this.write(data);
    await this.pad(data.length);
    return { size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  }

  /**
   * Streams a file into the archive. Its size is taken when it is opened; a file that grows or
   * shrinks while it is copied is refused rather than stored half old, half new.
   */
  async addFile(name: string, source: string, onChunk?: (bytes: number) => void): Promise<WrittenEntry> {
    const src = await fs.promises.open(source, 'r');
    try {
      const { size, mtime } = await src.stat();
      await this.header(name, size, mtime);
      const hash: Hash = createHash('sha256');
      let done = 0;
      while (done < size) {
        const { bytesRead } = await src.read(this.buffer, 0, Math.min(CHUNK, size - done), done);
        if (bytesRead === 0) throw new Error(`${source} became shorter while it was being backed up`);
        const chunk = this.buffer.subarray(0, bytesRead);
        hash.update(chunk);
        await this.write(chunk);
        done += bytesRead;
        onChunk?.(bytesRead);
      }
      if ((await src.stat()).size !== size) throw new Error(`${source} changed size while it was being backed up`);
      await this.pad(size);
      return { size, sha256: hash.digest('hex') };
    } finally {
      await src.close();
    }
  }

  /** The end-of-archive marker (two zero blocks), then flushed to disk and closed. */
  async finish(): Promise<WrittenEntry> {
    await this.write(Buffer.alloc(BLOCK * 2));
    await this.fh.sync();
    await this.fh.close();
    return { size: this.bytes, sha256: this.fileHash.digest('hex') };
  }

  /** Closes and removes the unfinished file. */
  async discard(): Promise<void> {
    await this.fh.close().catch(() => undefined);
    await fs.promises.rm(this.path, { force: true });
  }
}
