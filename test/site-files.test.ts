/**
 * The site's file map: a produced file is formatted only when read, and the folder store reads a new file once,
 * when it writes it, so a large site is never all in memory as text.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFolderStore } from '../src/history/folder-store.js';
import { SiteFileMap } from '../src/site-files.js';
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
});
