/**
 * The files of a built site, some of them produced only when read: a month's export and its spreadsheet copy are
 * formatted from the history table when the store writes them, one at a time, so a site of years of history is
 * never held as text all at once. Reads like any `ReadonlyMap` of path → content; each read of a produced file
 * formats it again (a store reads each file once). Pure.
 */
/** A file's content: text (written as UTF-8), or bytes as they are (month CSVs are made as bytes). */
export type FileBody = string | Uint8Array;

/**
 * A file made a chunk at a time, which a store writes as it is made (`data/report.json` of 10,000 apps is about
 * 390 MB: whole, it took seconds of fresh memory). A chunk may be a view of a buffer the maker reuses: it stays
 * valid until the chunk after the next one is taken.
 */
export class ChunkedFile {
  constructor(readonly chunks: () => Iterable<Uint8Array>) {}
}

export type FileContent = FileBody | (() => FileBody);

/**
 * A file written to disk as soon as it was made, ahead of the save (the pages of a large site: see `FileSpool`).
 * A store links it into place, or copies it; reading it reads the file.
 */
export class SpooledFile {
  constructor(
    /** Where it was written. */
    readonly file: string,
    readonly size: number,
    private readonly reader: (file: string) => Uint8Array,
  ) {}

  read(): Uint8Array {
    return this.reader(this.file);
  }
}

/**
 * Where a site's files are written as they are made, before the save: a site of 10,000 apps held its pages until
 * then (≈ 1 GB). The store that opens one links its files into place when it saves.
 */
export interface FileSpool {
  /** Bytes of files held in memory before the next ones are written ahead (0: every file is). */
  readonly holdBytes: number;
  /**
   * Starts writing `bytes` (the file for site path `path`, named in errors); resolves with what stands for them
   * once the write has room to start (a few are in flight at most), not when it ends.
   */
  put(path: string, bytes: Uint8Array): Promise<SpooledFile>;
  /** Resolves when every write started has ended; rejects with the first that failed. */
  flush(): Promise<void>;
  /** A new file's path in the spool, for another thread to write (a month the page helper makes). */
  reserve(): string;
  /** The file at a path `reserve` gave, once written with `size` bytes. */
  adopt(file: string, size: number): SpooledFile;
}

/** What a site's file map holds for a path. */
export type SiteContent = FileContent | ChunkedFile | (() => ChunkedFile) | SpooledFile;

/**
 * Reads as text, as a `ReadonlyMap<string, string>` does; a store writes `body(path)`, which is the bytes of a
 * file made as bytes (the month CSVs: tens of megabytes each, never decoded to be written again).
 */
export class SiteFileMap implements ReadonlyMap<string, string> {
  private readonly entriesByPath = new Map<string, SiteContent>();

  constructor(entries: Iterable<readonly [string, SiteContent]> = []) {
    for (const [path, content] of entries) this.entriesByPath.set(path, content);
  }

  set(path: string, content: SiteContent): this {
    this.entriesByPath.set(path, content);
    return this;
  }

  get size(): number {
    return this.entriesByPath.size;
  }

  has(path: string): boolean {
    return this.entriesByPath.has(path);
  }

  get(path: string): string | undefined {
    const body = this.body(path);
    return body === undefined || typeof body === 'string' ? body : textOf(body);
  }

  /** The content as it was made: text, or bytes (a chunked file's chunks copied into one buffer, a spooled file read). */
  body(path: string): FileBody | undefined {
    const content = this.made(path);
    if (content instanceof SpooledFile) return content.read();
    return content instanceof ChunkedFile ? joinChunks(content.chunks()) : content;
  }

  /** Whether the content is there as it is (text, bytes, a spooled file), not made when it is read. */
  held(path: string): boolean {
    const content = this.entriesByPath.get(path);
    return typeof content !== 'function' && !(content instanceof ChunkedFile);
  }

  /** The content made, a chunked file left to be written a chunk at a time, a spooled file left on disk. */
  made(path: string): MadeContent | undefined {
    const content = this.entriesByPath.get(path);
    return typeof content === 'function' ? content() : content;
  }

  /** Each path with its content as set: a produced file is not produced here. */
  contents(): MapIterator<[string, SiteContent]> {
    return this.entriesByPath.entries();
  }

  keys(): MapIterator<string> {
    return this.entriesByPath.keys();
  }

  *entries(): MapIterator<[string, string]> {
    for (const path of this.entriesByPath.keys()) yield [path, this.get(path)!];
  }

  *values(): MapIterator<string> {
    for (const path of this.entriesByPath.keys()) yield this.get(path)!;
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  forEach(fn: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [path, content] of this.entries()) fn(content, path, this);
  }
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export function textOf(body: FileBody): string {
  return typeof body === 'string' ? body : decoder.decode(body);
}

/** What a store writes for `path`: the bytes of a file made as bytes, else its text. */
export function bodyOf(files: ReadonlyMap<string, FileBody>, path: string): FileBody | undefined {
  return files instanceof SiteFileMap ? files.body(path) : files.get(path);
}

/** Whether the content of `path` is held as it is (text or bytes), not made when it is read. */
export function isHeld(files: ReadonlyMap<string, FileBody>, path: string): boolean {
  return !(files instanceof SiteFileMap) || files.held(path);
}

/** What a store writes for `path`: its content made, a chunked file left in chunks, a spooled file on disk. */
export type MadeContent = FileBody | ChunkedFile | SpooledFile;

/** What a store writes for `path`, a chunked file left in chunks. */
export function madeOf(files: ReadonlyMap<string, FileBody>, path: string): MadeContent | undefined {
  return files instanceof SiteFileMap ? files.made(path) : files.get(path);
}

/** Whether `bytes` (a file as read) hold exactly `body`. */
export function sameBody(bytes: Uint8Array, body: MadeContent): boolean {
  if (body instanceof SpooledFile) return body.size === bytes.length && sameBody(bytes, body.read());
  const stored = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!(body instanceof ChunkedFile))
    return stored.equals(typeof body === 'string' ? Buffer.from(body, 'utf8') : body);
  let at = 0;
  for (const chunk of body.chunks()) {
    if (at + chunk.length > stored.length || !stored.subarray(at, at + chunk.length).equals(chunk))
      return false;
    at += chunk.length;
  }
  return at === stored.length;
}

/** Chunks (of a `ChunkedFile`) in one buffer, each copied as it is taken: the maker may reuse its buffers. */
export function joinChunks(chunks: Iterable<Uint8Array>): Buffer {
  const copies: Buffer[] = [];
  for (const chunk of chunks) copies.push(Buffer.from(chunk));
  return Buffer.concat(copies);
}
