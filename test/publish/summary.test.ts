import { describe, expect, it } from 'vitest';
import { JOB_SUMMARY_LIMIT, writeJobSummary, type JobSummaryWriter } from '../../src/publish/summary.js';

/** Behaves like core.summary: a buffer that write() appends to the step's summary file. */
function fakeSummary(): JobSummaryWriter & { buffer: string; written: string[] } {
  const fake = {
    buffer: '',
    written: [] as string[],
    addRaw(text: string, addEOL = false) {
      fake.buffer += text + (addEOL ? '\n' : '');
      return fake;
    },
    async write() {
      fake.written.push(fake.buffer);
      fake.buffer = '';
      return fake;
    },
  };
  return fake;
}

describe('writeJobSummary', () => {
  it('writes the Markdown once', async () => {
    const summary = fakeSummary();
    const result = await writeJobSummary('## APS usage\n\n| a | b |\n', summary);
    expect(summary.written).toEqual(['## APS usage\n\n| a | b |\n\n']);
    expect(result.bytes).toBe(Buffer.byteLength('## APS usage\n\n| a | b |\n'));
  });

  it('counts bytes, not characters, against the 1 MiB limit and writes nothing when over', async () => {
    const summary = fakeSummary();
    // 400k three-byte characters: under a million characters, over a MiB.
    await expect(writeJobSummary('あ'.repeat(400_000), summary)).rejects.toThrow(
      /over GitHub's limit of 1048576 bytes/,
    );
    expect(summary.written).toEqual([]);
    await expect(writeJobSummary('x'.repeat(JOB_SUMMARY_LIMIT), summary)).resolves.toEqual({
      bytes: JOB_SUMMARY_LIMIT,
    });
  });
});
