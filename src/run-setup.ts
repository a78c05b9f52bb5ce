/**
 * Everything a run needs before it fetches: the history store (and the output folder as a copy when the history is
 * on the pages branch), the publishers with their prerequisites checked, the template overrides read, the site's
 * URL. Whatever fails here fails before anything is fetched or published, so exit 1 keeps meaning that nothing was
 * published.
 */
import { resolve } from 'node:path';
import type { Deps } from './deps.js';
import { openFolderStore } from './history/folder-store.js';
import type { HistoryStore } from './history/store.js';
import type { DateRange } from './model/dates.js';
import type { RunOptions } from './pipeline.js';
import { loadPublishers, type AnyPublisher, type PublishSettings } from './publish/index.js';
import { loadTemplateOverrides } from './config/template-overrides.js';
import type { BuildSiteInput } from './site.js';

export interface OpenRun {
  outDir: string;
  /** Where the history is read from and the site saved to: the pages branch when publishing there, else the folder. */
  history: HistoryStore;
  /** The output folder, written with the same site, when the history is on the pages branch. */
  copy?: HistoryStore;
  siteUrl?: string;
  siteInput: Pick<BuildSiteInput, 'config' | 'siteUrl' | 'overrides'>;
  publishContext: PublishSettings;
  /** The other publishers (issue, summary), prerequisites checked. */
  publishers: AnyPublisher[];
  /** Releases the stores (lock, temporary clone). */
  close(): Promise<void>;
}

export async function openRun(options: RunOptions, range: DateRange, deps: Deps): Promise<OpenRun> {
  const { config, publish } = options;
  const dryRun = options.dryRun ?? false;
  const outDir = resolve(options.outDir);
  const pages = publish.has('pages') ? await import('./history/pages-setup.js') : undefined;
  const siteUrl = config.report.siteUrl ?? pages?.guessSiteUrl(options);
  const publishContext: PublishSettings = {
    config,
    github: options.github,
    dryRun,
    ...(siteUrl ? { siteUrl } : {}),
  };
  const publishers = await loadPublishers(publish, publishContext);
  // A missing or unreadable template folder fails before anything is fetched.
  const overrides = config.report.templates
    ? await loadTemplateOverrides(resolve(options.configDir, config.report.templates))
    : undefined;

  const folder = await openFolderStore(
    {
      dir: outDir,
      data: options.data ?? (config.source === 'demo' ? 'demo' : 'real'),
      dryRun,
      readOnly: !publish.has('files'),
      ...(options.force ? { force: true } : {}),
    },
    deps,
  );
  const branch = pages ? await pages.openConfiguredPagesStore(options, range, deps) : undefined;
  return {
    outDir,
    history: branch ?? folder,
    ...(branch && publish.has('files') ? { copy: folder } : {}),
    ...(siteUrl ? { siteUrl } : {}),
    siteInput: { config, ...(siteUrl ? { siteUrl } : {}), ...(overrides ? { overrides } : {}) },
    publishContext,
    publishers,
    async close() {
      await branch?.close();
      await folder.close();
    },
  };
}
