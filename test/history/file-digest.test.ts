import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileDigest } from '../../src/history/file-digest.js';

describe('fileDigest', () => {
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
});
