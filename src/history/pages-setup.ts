/**
 * The pages store as the config and the GitHub context describe it: the remote (the workflow's repository unless
 * `publish.pages.remote`; a local path resolves against the config file), the token, the commit author, and the
 * site's address as GitHub Pages serves it.
 */
import { resolve } from 'node:path';
import type { Deps } from '../deps.js';
import type { DateRange } from '../model/dates.js';
import type { RunOptions } from '../pipeline.js';
import { guessPagesUrl, openPagesStore, workflowRemote } from './pages-store.js';
import type { HistoryStore } from './store.js';

export async function openConfiguredPagesStore(
  options: RunOptions,
  range: DateRange,
  deps: Deps,
): Promise<HistoryStore> {
  const settings = options.config.publish.pages ?? { branch: 'gh-pages', dir: '.' };
  const { github } = options;
  // A local path in the config is relative to the config file, like every other path in it.
  const remote = settings.remote
    ? isLocalPath(settings.remote)
      ? resolve(options.configDir, settings.remote)
      : settings.remote
    : workflowRemote(github);
  return openPagesStore(
    {
      remote,
      branch: settings.branch,
      dir: settings.dir,
      dryRun: options.dryRun ?? false,
      message: `APS usage report: ${range.from} to ${range.to}`,
      author: github.actions
        ? { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' }
        : { name: 'aps-usage-report', email: 'aps-usage-report@users.noreply.github.com' },
      ...(github.token ? { token: github.token } : {}),
      ...(github.tempDir ? { workRoot: github.tempDir } : {}),
    },
    deps,
  );
}

/** The Pages address of the workflow's repository; undefined for a configured remote or an unknown repository. */
export function guessSiteUrl(options: RunOptions): string | undefined {
  const { repository, serverUrl } = options.github;
  if (!repository || options.config.publish.pages?.remote) return undefined;
  return guessPagesUrl({ ...repository, dir: options.config.publish.pages?.dir ?? '.', serverUrl });
}

/** Not a URL (`https://…`, `file://…`) and not scp-like (`git@host:path`). */
function isLocalPath(remote: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) && !/^[^/\\@]+@[^:/]+:/.test(remote);
}
