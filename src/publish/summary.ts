/**
 * The summary publisher: the step's job summary (the `GITHUB_STEP_SUMMARY` file the runner shows on the run page),
 * the richest summary within its 1 MiB.
 */
import { appendFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import { JOB_SUMMARY_LIMIT } from '../limits.js';
import type { Publisher } from './index.js';

export { JOB_SUMMARY_LIMIT };

/** Where the Markdown goes: `core.summary` has this shape, and so does `fileSummaryWriter`. */
export interface JobSummaryWriter {
  addRaw(text: string, addEOL?: boolean): JobSummaryWriter;
  write(options?: { overwrite?: boolean }): Promise<unknown>;
}

export const summaryPublisher: Publisher<'summary'> = {
  target: 'summary',
  check(context) {
    if (!context.github.stepSummary) {
      throw new UserError(
        'publish: summary needs GITHUB_STEP_SUMMARY, the job summary file a GitHub Actions runner sets; outside a ' +
          'workflow, use summary.md in the output folder',
      );
    }
  },
  async publish(site, context, deps) {
    const markdown = site.summaryWithin(JOB_SUMMARY_LIMIT, utf8Length);
    if (context.dryRun) {
      deps.logger.info(`dry run: would write the job summary (${utf8Length(markdown)} bytes)`);
      return { bytes: 0 };
    }
    return writeJobSummary(markdown, fileSummaryWriter(context.github.stepSummary!));
  },
};

export async function writeJobSummary(
  markdown: string,
  summary: JobSummaryWriter,
): Promise<{ bytes: number }> {
  const bytes = utf8Length(markdown);
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

/** Appends to the summary file, as `core.summary.write()` does. */
export function fileSummaryWriter(file: string): JobSummaryWriter {
  let buffer = '';
  const writer: JobSummaryWriter = {
    addRaw(text, addEOL = false) {
      buffer += text + (addEOL ? '\n' : '');
      return writer;
    },
    async write() {
      const text = buffer;
      buffer = '';
      await appendFile(file, text, 'utf8');
    },
  };
  return writer;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
