/**
 * The files of a built site, some of them produced only when read: a month's export and its spreadsheet copy are
 * formatted from the history table when the store writes them, one at a time, so a site of years of history is
 * never held as text all at once. Reads like any `ReadonlyMap` of path → content; each read of a produced file
 * formats it again (a store reads each file once). Pure.
 */
/** A file's content: text (written as UTF-8), or bytes as they are (month CSVs are made as bytes). */
export type FileBody = string | Uint8Array;

export type FileContent = FileBody | (() => FileBody);

/**
 * Reads as text, as a `ReadonlyMap<string, string>` does; a store writes `body(path)`, which is the bytes of a
 * file made as bytes (the month CSVs: tens of megabytes each, never decoded to be written again).
 */
export class SiteFileMap implements ReadonlyMap<string, string> {
  private readonly entriesByPath = new Map<string, FileContent>();

  constructor(entries: Iterable<readonly [string, FileContent]> = []) {
    for (const [path, content] of entries) this.entriesByPath.set(path, content);
  }

  set(path: string, content: FileContent): this {
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

  /** The content as it was made: text, or bytes. */
  body(path: string): FileBody | undefined {
    const content = this.entriesByPath.get(path);
    return typeof content === 'function' ? content() : content;
  }

  /** Each path with its content as set: a produced file is not produced here. */
  contents(): MapIterator<[string, FileContent]> {
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

/** Whether `bytes` (a file as read) hold exactly `body`. */
export function sameBody(bytes: Uint8Array, body: FileBody): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(
    typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
  );
}
