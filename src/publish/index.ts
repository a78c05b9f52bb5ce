/**
 * Publisher name → implementation, loaded on demand (octokit costs start-up time a `files` run need not pay), as
 * sources are. Every publisher checks its prerequisites before anything is fetched — so that exit 1 keeps meaning
 * nothing was published — and asks the site for the size-limited Markdown it needs.
 */
import type { Config } from '../config/schema.js';
import type { Deps } from '../deps.js';
import type { GitHubContext } from '../github-context.js';
import type { Site } from '../site.js';
import type { IssueStageResult } from './issue-publisher.js';
import { PUBLISHER_TARGETS, type PublisherTarget } from './targets.js';

export interface PublishContext {
  config: Config;
  github: GitHubContext;
  /** Where the site is published, for links. */
  siteUrl?: string;
  /** Apps whose fetch failed this run: their open alerts are left alone. */
  failedAppIds: readonly string[];
  dryRun: boolean;
}

/** What a publisher knows before the run fetched anything: enough to check its prerequisites. */
export type PublishSettings = Omit<PublishContext, 'failedAppIds'>;

export interface PublisherResults {
  issue: IssueStageResult;
  summary: { bytes: number };
}

export interface Publisher<T extends PublisherTarget> {
  readonly target: T;
  /** Throws a UserError when the run could not publish here (no token, no repository…). Runs before fetching. */
  check(context: PublishSettings): void;
  publish(site: Site, context: PublishContext, deps: Deps): Promise<PublisherResults[T]>;
}

const PUBLISHERS: { [T in PublisherTarget]: () => Promise<Publisher<T>> } = {
  issue: async () => (await import('./issue-publisher.js')).issuePublisher,
  summary: async () => (await import('./summary.js')).summaryPublisher,
};

export type AnyPublisher = { [T in PublisherTarget]: Publisher<T> }[PublisherTarget];

export async function loadPublisher<T extends PublisherTarget>(target: T): Promise<Publisher<T>> {
  return PUBLISHERS[target]();
}

/** The publishers of the run's targets, in registry order, each with its prerequisites checked. */
export async function loadPublishers(
  targets: ReadonlySet<string>,
  settings: PublishSettings,
): Promise<AnyPublisher[]> {
  const publishers: AnyPublisher[] = [];
  for (const target of PUBLISHER_TARGETS) {
    if (!targets.has(target)) continue;
    const publisher = (await loadPublisher(target)) as AnyPublisher;
    publisher.check(settings);
    publishers.push(publisher);
  }
  return publishers;
}

/** Runs each publisher in turn, each in its own log group. */
export async function publishAll(
  publishers: readonly AnyPublisher[],
  site: Site,
  context: PublishContext,
  deps: Deps,
): Promise<Partial<PublisherResults>> {
  const results: Partial<Record<PublisherTarget, unknown>> = {};
  for (const publisher of publishers) {
    const publish = (): Promise<unknown> => publisher.publish(site, context, deps);
    results[publisher.target] = await deps.logger.group(GROUP[publisher.target], publish);
  }
  return results as Partial<PublisherResults>;
}

const GROUP: Record<PublisherTarget, string> = {
  issue: 'Publish issues',
  summary: 'Write the job summary',
};
