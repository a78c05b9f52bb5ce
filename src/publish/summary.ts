/**
 * The job summary. `summary` is `core.summary` in the action (injected, so this module imports no @actions/*).
 */
import { UserError } from '../errors.js';
import { JOB_SUMMARY_LIMIT } from '../limits.js';

export { JOB_SUMMARY_LIMIT };

/** The part of `core.summary` used here. */
export interface JobSummaryWriter {
  addRaw(text: string, addEOL?: boolean): JobSummaryWriter;
  write(options?: { overwrite?: boolean }): Promise<unknown>;
}

export async function writeJobSummary(
  markdown: string,
  summary: JobSummaryWriter,
): Promise<{ bytes: number }> {
  const bytes = Buffer.byteLength(markdown, 'utf8');
  if (bytes > JOB_SUMMARY_LIMIT) {
    // GitHub would drop the whole summary with only a warning in the log; fail where the cause is visible.
    throw new UserError(
      `job summary: the Markdown is ${bytes} bytes, over GitHub's limit of ${JOB_SUMMARY_LIMIT} bytes per step; ` +
        'the renderer must step down detail before publishing (this is a bug — please report it).',
    );
  }
  await summary.addRaw(markdown, true).write();
  return { bytes };
}
