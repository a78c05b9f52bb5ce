/**
 * The site's file map: a produced file is formatted only when read, and the folder store reads a new file once,
 * when it writes it, so a large site is never all in memory as text.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFolderStore } from '../src/history/folder-store.js';
import { ChunkedFile, SiteFileMap } from '../src/site-files.js';
import { testDeps } from './support/memory.js';
import { tempDirs } from './support/temp-git.js';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

function counted(text: string): { produce: () => string; calls: () => number } {
  let calls = 0;
  return {
    produce: () => {
      calls++;
      return text;
    },
    calls: () => calls,
  };
}

describe('SiteFileMap', () => {
  it('hands its contents on as they were set, without producing them (one map copied into another)', () => {
    const report = counted('{}\n');
    const files = new SiteFileMap([
      ['index.html', '<p>hi</p>'],
      ['data/report.json', report.produce],
    ]);
    const copy = new SiteFileMap(files.contents());
    expect(report.calls()).toBe(0);
    expect(copy.get('data/report.json')).toBe('{}\n');
    expect(copy.get('index.html')).toBe('<p>hi</p>');
    expect(report.calls()).toBe(1);
  });

  it('reads like a map of path → text, producing a file only when it is read', () => {
    const month = counted('date,app_id\n');
    const files = new SiteFileMap([
      ['index.html', '<p>hi</p>'],
      ['data/usage-2026-01.csv', month.produce],
    ]);
    expect(month.calls()).toBe(0);
    expect(files.size).toBe(2);
    expect([...files.keys()]).toEqual(['index.html', 'data/usage-2026-01.csv']);
    expect(files.has('data/usage-2026-01.csv')).toBe(true);
    expect(month.calls()).toBe(0);
    expect(files.get('data/usage-2026-01.csv')).toBe('date,app_id\n');
    expect(new Map(files)).toEqual(
      new Map([
        ['index.html', '<p>hi</p>'],
        ['data/usage-2026-01.csv', 'date,app_id\n'],
      ]),
    );
    expect(month.calls()).toBe(2);
    expect(files.get('missing')).toBeUndefined();
  });

  it('is written by the folder store producing each new file once, and an existing one once to compare', async () => {
    const out = join(await dirs.make('aps-produced-'), 'site');
    const deps = testDeps();
    const first = counted('one\n');
    let store = await openFolderStore({ dir: out, data: 'real' }, deps);
    await store.save({ files: new SiteFileMap([['data/usage-2026-01.csv', first.produce]]) });
    await store.close();
    expect(first.calls()).toBe(1);
    expect(await readFile(join(out, 'data/usage-2026-01.csv'), 'utf8')).toBe('one\n');

    const same = counted('one\n');
    const next = counted('two\n');
    store = await openFolderStore({ dir: out, data: 'real' }, deps);
    const saved = await store.save({
      files: new SiteFileMap([
        ['data/usage-2026-01.csv', same.produce],
        ['data/usage-2026-02.csv', next.produce],
      ]),
    });
    await store.close();
    expect(saved.changedFiles).toBe(1);
    expect([same.calls(), next.calls()]).toEqual([1, 1]);
    expect(await readFile(join(out, 'data/usage-2026-02.csv'), 'utf8')).toBe('two\n');
  });
  it('writes a chunked file as its chunks, one buffer reused, and compares it to the stored bytes chunk by chunk', async () => {
    // Each chunk is written into the same two buffers in turn, as a maker that reuses its buffers does.
    const chunked = (texts: string[]) => {
      let made = 0;
      const file = new ChunkedFile(function* () {
        made++;
        const buffers = [Buffer.alloc(64), Buffer.alloc(64)];
        for (const [i, text] of texts.entries()) {
          const buffer = buffers[i % 2]!;
          yield buffer.subarray(0, buffer.write(text));
        }
      });
      return { file, made: () => made };
    };
    const out = join(await dirs.make('aps-chunked-'), 'site');
    const deps = testDeps();
    const first = chunked(['{\n', ' "a": 1,\n', ' "b": "日本"\n', '}\n']);
    let store = await openFolderStore({ dir: out, data: 'real' }, deps);
    const files = new SiteFileMap([['data/report.json', first.file]]);
    expect(await store.save({ files })).toMatchObject({ status: 'saved', changedFiles: 1 });
    await store.close();
    expect(await readFile(join(out, 'data/report.json'), 'utf8')).toBe('{\n "a": 1,\n "b": "日本"\n}\n');
    expect(files.get('data/report.json')).toBe('{\n "a": 1,\n "b": "日本"\n}\n');

    // The same bytes in other chunks: unchanged. One byte more, or one less: written again.
    for (const [texts, status] of [
      [['{\n "a"', ': 1,\n "b": "日本"\n}', '\n'], 'unchanged'],
      [['{\n "a": 1,\n "b": "日本"\n}\n', ' '], 'saved'],
      [['{\n "a": 1,\n "b": "日本"\n}'], 'saved'],
    ] as const) {
      store = await openFolderStore({ dir: out, data: 'real' }, deps);
      const next = chunked([...texts]);
      expect((await store.save({ files: new SiteFileMap([['data/report.json', next.file]]) })).status).toBe(
        status,
      );
      await store.close();
      expect(await readFile(join(out, 'data/report.json'), 'utf8')).toBe(texts.join(''));
    }
  });
});
