import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileDigest, readHead, readTransient } from '../../src/history/file-bytes.js';

describe('reading stored files through reused buffers', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aps-digest-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // Sizes around the 1 MiB read chunk: the digest must not depend on where the chunks fall.
  it.each([0, 1, 1024 * 1024 - 1, 1024 * 1024, 1024 * 1024 + 1, 2.5 * 1024 * 1024])(
    'is the SHA-256 and size of the whole file (%i bytes)',
    async (size) => {
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 31 + (i >> 11)) & 0xff;
      const file = join(dir, `f${size}`);
      await writeFile(file, bytes);
      const expected = createHash('sha256').update(bytes).digest('hex');
      expect(fileDigest(file)).toEqual({ size, key: expected });
    },
  );

  it('gives different digests to files that differ in one byte past the first chunk', async () => {
    const a = Buffer.alloc(1024 * 1024 + 10, 0x61);
    const b = Buffer.from(a);
    b[1024 * 1024 + 5] = 0x62;
    await writeFile(join(dir, 'a'), a);
    await writeFile(join(dir, 'b'), b);
    expect(fileDigest(join(dir, 'a'))!.key).not.toBe(fileDigest(join(dir, 'b'))!.key);
  });

  it('is undefined for a missing file and throws for a folder', async () => {
    expect(fileDigest(join(dir, 'missing'))).toBeUndefined();
    expect(() => fileDigest(dir)).toThrow(/EISDIR/);
  });

  it('reads a whole file into a buffer the next read reuses, a larger one growing it', async () => {
    const small = Buffer.from('first file\n');
    const large = Buffer.alloc(3 * 1024 * 1024 + 7, 0x7a);
    await writeFile(join(dir, 'small'), small);
    await writeFile(join(dir, 'large'), large);
    await writeFile(join(dir, 'empty'), '');
    expect(readTransient(join(dir, 'small'))!.equals(small)).toBe(true);
    // Compared with Buffer.equals: a deep comparison of megabytes takes vitest many seconds.
    expect(readTransient(join(dir, 'large'))!.equals(large)).toBe(true);
    const again = readTransient(join(dir, 'small'))!;
    expect(again.equals(small)).toBe(true);
    expect(readTransient(join(dir, 'empty'))).toEqual(Buffer.alloc(0));
    // The same memory: what a caller keeps must be copied out before the next read.
    expect(readTransient(join(dir, 'large'))!.buffer).toBe(again.buffer);
    expect(readTransient(join(dir, 'missing'))).toBeUndefined();
  });

  it('reads the head of a file with its size', async () => {
    await writeFile(join(dir, 'head'), 'abcdefghij');
    expect(readHead(join(dir, 'head'), 4)).toEqual({ head: Buffer.from('abcd'), size: 10 });
    expect(readHead(join(dir, 'head'), 64)).toEqual({ head: Buffer.from('abcdefghij'), size: 10 });
    expect(readHead(join(dir, 'missing'), 4)).toBeUndefined();
  });
});
