import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { exec } from '../support/exec.js';
import { createMemoryLogger } from '../support/memory.js';

const ROOT = join(import.meta.dirname, '..', '..');
const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe('aps-usage-report --version', () => {
  it("prints package.json's version, and --help names it", async () => {
    for (const flag of ['--version', '-v', '--help']) {
      const logger = createMemoryLogger();
      expect(await main([flag], {}, logger)).toBe(0);
      expect(logger.lines[0]).toMatch(
        flag === '--help' ? `aps-usage-report ${version} — ` : `info: ${version}`,
      );
    }
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('is the same in the committed bundle (dist/cli.js)', async () => {
    const result = await exec(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--version'], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });
});
