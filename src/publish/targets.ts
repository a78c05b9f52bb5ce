/** The publish targets, typed once: the CLI's `--publish`, the action's `publish` input and the pipeline use these. */
export const PUBLISH_TARGETS = ['files', 'pages', 'issue', 'summary'] as const;
export type PublishTarget = (typeof PUBLISH_TARGETS)[number];

/** Targets that are history stores (they hold the site and its history). */
export const STORE_TARGETS = ['files', 'pages'] as const satisfies readonly PublishTarget[];
export type StoreTarget = (typeof STORE_TARGETS)[number];

/** Targets that publish the built site somewhere else (GitHub issues, the job summary). */
export const PUBLISHER_TARGETS = ['issue', 'summary'] as const satisfies readonly PublishTarget[];
export type PublisherTarget = (typeof PUBLISHER_TARGETS)[number];

export function isPublishTarget(value: string): value is PublishTarget {
  return (PUBLISH_TARGETS as readonly string[]).includes(value);
}
