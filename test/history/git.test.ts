import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../support/memory.js';
import { createGitRunner, GitError, redactRemote } from '../../src/history/git.js';
import { tempDirs, testGitEnv } from '../support/temp-git.js';

const TOKEN = 'ghs_unitTestToken0123456789ABCDEFGH';

describe('createGitRunner', () => {
  it('passes the token only through GIT_CONFIG_* for the remote origin, and ignores repo pointers', async () => {
    const dirs = tempDirs();
    try {
      const cwd = await dirs.make();
      const git = createGitRunner({
        env: {
          ...testGitEnv(),
          GIT_DIR: '/somewhere/else/.git',
          GIT_CONFIG_COUNT: '1',
          GIT_CONFIG_KEY_0: 'x.y',
          GIT_CONFIG_VALUE_0: 'z',
        },
        remote: 'https://github.com/o/r.git',
        token: TOKEN,
      });
      await git.run(['init', '-q'], { cwd });
      const config = (await git.run(['config', '--list', '--show-scope'], { cwd })).stdout;
      const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
      expect(config).toContain(`command\thttp.https://github.com/.extraheader=AUTHORIZATION: basic ${basic}`);
      expect(config).toContain('command\tx.y=z');
      expect(config).toContain('command\tcore.autocrlf=false');
      // GIT_DIR was dropped: the repository is the one in cwd.
      expect((await git.run(['rev-parse', '--git-dir'], { cwd })).stdout.trim()).toBe('.git');
    } finally {
      await dirs.cleanup();
    }
  });

  it('sends no header to non-http remotes', async () => {
    const dirs = tempDirs();
    try {
      const cwd = await dirs.make();
      const git = createGitRunner({ env: testGitEnv(), remote: '/srv/repo.git', token: TOKEN });
      await git.run(['init', '-q'], { cwd });
      expect((await git.run(['config', '--list'], { cwd })).stdout).not.toContain('extraheader');
    } finally {
      await dirs.cleanup();
    }
  });

  it('scrubs the token and its header from errors, and registers both as secrets', async () => {
    const logger = createMemoryLogger();
    const git = createGitRunner({
      env: testGitEnv(),
      remote: 'https://github.com/o/r.git',
      token: TOKEN,
      logger,
    });
    const basic = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    // git echoes the bad key in its error message.
    const error = await git.run(['config', '--get', TOKEN], { cwd: '/' }).then(
      () => new GitError('expected a failure', [], 0, '', ''),
      (e: unknown) => e as GitError,
    );
    expect(error).toBeInstanceOf(GitError);
    expect(error.message).toMatch(/key does not contain a section: \*\*\*/);
    expect(`${error.message} ${error.stderr}`).not.toContain(TOKEN);
    expect(git.scrub(`a ${TOKEN} b ${basic}`)).toBe('a *** b ***');
    logger.info(`leak ${TOKEN}`);
    expect(logger.lines.join('\n')).not.toContain(TOKEN);
  });

  it('explains a missing git binary', async () => {
    const git = createGitRunner({ env: testGitEnv(), gitPath: '/nonexistent/git' });
    await expect(git.run(['--version'], { cwd: '/' })).rejects.toThrow(/not installed or not on PATH/);
  });
});

describe('redactRemote', () => {
  it('hides credentials in a URL', () => {
    expect(redactRemote('https://x-access-token:abc@github.com/o/r.git')).toBe(
      'https://***@github.com/o/r.git',
    );
    expect(redactRemote('git@github.com:o/r.git')).toBe('git@github.com:o/r.git');
  });
});
