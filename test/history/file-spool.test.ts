/**
 * Pages written ahead: past the spool's first bytes, each page goes to disk as it is rendered instead of being held
 * until the save, and the save links it into place. The site saved must be byte for byte the one built without a
 * spool; a page that cannot be written fails the build and leaves the folder as it was; a stopped run's spool is
 * removed by the next run.
 */
import { readdirSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { openFileSpool } from '../../src/history/file-spool.js';
import { LOCK_FILE, MANIFEST_FILE, openFolderStore } from '../../src/history/folder-store.js';
import { writeSiteTree } from '../../src/history/site-tree.js';
import { readGitHubContext } from '../../src/github-context.js';
import { EXPORT_COLUMNS } from '../../src/model/export-format.js';
import { runReport } from '../../src/pipeline.js';
import { buildSite, type Site } from '../../src/site.js';
import { SiteFileMap, SpooledFile, type FileSpool } from '../../src/site-files.js';
import { testDeps } from '../support/memory.js';
import { demoConfig, syntheticRecords } from '../support/site.js';
import { tempDirs } from '../support/temp-git.js';

const dirs = tempDirs();
afterEach(() => dirs.cleanup());

const RECORDS = syntheticRecords({ apps: 12, days: 5, end: '2026-11-20' });

function build(spool?: FileSpool): Promise<Site> {
  return buildSite({
    config: demoConfig({ apps: [] }),
    fetched: { records: RECORDS, apps: [] },
    range: { from: '2026-11-16', to: '2026-11-20' },
    asOf: '2026-11-20',
    ...(spool ? { spool } : {}),
  });
}

/** Every file below `dir` (control files aside) with its bytes. */
async function tree(dir: string, prefix = ''): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) for (const [p, b] of await tree(dir, rel)) out.set(p, b);
    else if (rel !== LOCK_FILE && rel !== MANIFEST_FILE)
      out.set(rel, (await readFile(join(dir, rel))).toString('base64'));
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

async function save(dir: string, site: Site): Promise<void> {
  const store = await openFolderStore({ dir, data: 'real' }, testDeps());
  try {
    await store.save({ files: site.files, unchanged: site.unchanged });
  } finally {
    await store.close();
  }
}

const pagesOf = (site: Site) => [...site.files.keys()].filter((p) => p.endsWith('.html'));

describe('pages written ahead to a spool', () => {
  it('writes every page past holdBytes as it renders, and the save links it: the same site as without', async () => {
    const root = await dirs.make('aps-spool-');
    const plain = await build();
    const pages = pagesOf(plain);
    // Held: the first two pages (the overview and the first app page); every page after them is written ahead.
    const overview = Buffer.byteLength(plain.files.get('index.html')!);
    const first = Buffer.byteLength(plain.files.get(pages[1]!)!);
    const spool = await openFileSpool(join(root, 'spool'), { holdBytes: overview + first });
    const site = await build(spool);
    const spooled = pages.filter((p) => (site.files as SiteFileMap).made(p) instanceof SpooledFile);
    expect(spooled).toEqual(pages.slice(2));
    // On disk before any save, each with its page's bytes; read back through the map as text.
    expect((await readdir(spool.dir)).length).toBe(pages.length - 2);
    for (const page of spooled) {
      const file = (site.files as SiteFileMap).made(page) as SpooledFile;
      expect(await readFile(file.file, 'utf8')).toBe(plain.files.get(page));
      expect(site.files.get(page)).toBe(plain.files.get(page));
    }
    await save(join(root, 'plain'), plain);
    await save(join(root, 'site'), site);
    expect(await tree(join(root, 'site'))).toEqual(await tree(join(root, 'plain')));
    // Linked, not written again: the saved page is the spooled file itself.
    const last = (site.files as SiteFileMap).made(pages.at(-1)!) as SpooledFile;
    expect((await stat(join(root, 'site', pages.at(-1)!))).ino).toBe((await stat(last.file)).ino);
    await spool.remove();
    await expect(stat(spool.dir)).rejects.toThrow(/ENOENT/);
    expect(await tree(join(root, 'site'))).toEqual(await tree(join(root, 'plain')));
  });

  it('holds every page while they stay within holdBytes', async () => {
    const root = await dirs.make('aps-spool-hold-');
    const spool = await openFileSpool(join(root, 'spool'), { holdBytes: 64 * 1024 * 1024 });
    const site = await build(spool);
    expect(pagesOf(site).some((p) => (site.files as SiteFileMap).made(p) instanceof SpooledFile)).toBe(false);
    expect(await readdir(spool.dir)).toEqual([]);
  });

  it('fails the build when a page cannot be written, naming the page, and the folder keeps its site', async () => {
    const root = await dirs.make('aps-spool-fail-');
    const out = join(root, 'site');
    await save(out, await build());
    const before = await tree(out);
    const spool = await openFileSpool(join(root, 'spool'), { holdBytes: 0 });
    // The spool's folder is gone before the first page is written into it.
    await rm(spool.dir, { recursive: true });
    const failed = build(spool);
    await expect(failed).rejects.toThrow(
      `cannot write index.html ahead of the save into ${spool.dir}: ENOENT; nothing was published`,
    );
    expect(await tree(out)).toEqual(before);
  });

  it('a spooled page replaces the file in a pages clone by a link, never writing through it', async () => {
    const root = await dirs.make('aps-spool-tree-');
    const spool = await openFileSpool(join(root, 'spool'), { holdBytes: 0 });
    const page = await spool.put('apps/a.html', Buffer.from('<p>new</p>'));
    await spool.flush();
    const clone = join(root, 'clone');
    await mkdir(join(clone, 'apps'), { recursive: true });
    await writeFile(join(clone, 'apps/a.html'), '<p>old</p>');
    const { written } = await writeSiteTree(clone, {
      files: new SiteFileMap([['apps/a.html', page]]),
      owned: () => true,
    });
    expect(written).toBe(1);
    expect(await readFile(join(clone, 'apps/a.html'), 'utf8')).toBe('<p>new</p>');
    expect((await stat(join(clone, 'apps/a.html'))).ino).toBe((await stat(page.file)).ino);
  });
});

describe('the folder store: its spool', () => {
  const HEADER = EXPORT_COLUMNS.join(',');

  it('is beside the folder while the run saves, and gone when the run ends', async () => {
    const root = await dirs.make('aps-spool-run-');
    const out = join(root, 'site');
    await writeFile(
      join(root, 'usage.csv'),
      `${HEADER}\n2026-01-01,app-1,App 1,Model Derivative,md-simple,Model Derivative - simple job,job,3,1.5,false\n`,
    );
    const seen: string[][] = [];
    const deps = testDeps({
      writeStage: (stage) => {
        if (stage === 'staged') seen.push(siblings(root, out));
      },
    });
    await runReport(
      {
        config: configSchema.parse({
          source: 'file',
          file: 'usage.csv',
          period: { from: '2026-01-01', to: '2026-01-01' },
        }),
        configDir: root,
        outDir: out,
        today: '2026-01-01',
        publish: new Set(['files']),
        data: 'real',
        github: readGitHubContext({}),
      },
      deps,
    );
    // The new site being staged beside it too (`.site.~aps-<id>.new`), and one spool.
    expect(seen).toHaveLength(1);
    expect(seen[0]!.filter((n) => n.includes('~spool-'))).toEqual([
      expect.stringMatching(/^\.site\.~spool-[0-9a-f-]{36}$/),
    ]);
    expect(siblings(root, out)).toEqual([]);
  });

  it("removes a stopped run's spool when it opens the folder, and says so", async () => {
    const root = await dirs.make('aps-spool-left-');
    const out = join(root, 'site');
    const left = join(root, '.site.~spool-00000000-0000-4000-8000-000000000000');
    await mkdir(left);
    await writeFile(join(left, '1.part'), '<p>a page</p>');
    // Not a spool of this folder: left alone.
    const other = join(root, '.other.~spool-00000000-0000-4000-8000-000000000000');
    await mkdir(other);
    const deps = testDeps();
    const store = await openFolderStore({ dir: out, data: 'real' }, deps);
    const spool = await store.openSpool!();
    const page = await spool.put('index.html', Buffer.from('<p>now</p>'));
    await spool.flush();
    expect(basename(dirname(page.file))).toMatch(/^\.site\.~spool-[0-9a-f-]{36}$/);
    expect(dirname(dirname(page.file))).toBe(root);
    await store.close();
    expect(siblings(root, out)).toEqual([basename(other)]);
    expect(deps.logger.lines).toContain(
      `warning: folder ${out}: removing the pages a stopped run wrote ahead beside it (${basename(left)})`,
    );
  });
});

/** What is beside `out` in `root`, the run's inputs aside. */
function siblings(root: string, out: string): string[] {
  return readdirSync(root)
    .sort()
    .filter((n) => n !== basename(out) && n !== 'usage.csv');
}
