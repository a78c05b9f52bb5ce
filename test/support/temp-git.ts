/**
 * Real git for tests: a temporary bare repository is the remote, clones act as other people or other runs.
 * Every command runs with an isolated config (no user or system settings, no hooks).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Environment for git in tests: nothing from the developer's git config can change the outcome. */
export function testGitEnv(): Record<string, string | undefined> {
  return {
    PATH: process.env.PATH,
    HOME: tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
}

const identity = {
  GIT_AUTHOR_NAME: 'Someone Else',
  GIT_AUTHOR_EMAIL: 'someone@example.test',
  GIT_COMMITTER_NAME: 'Someone Else',
  GIT_COMMITTER_EMAIL: 'someone@example.test',
};

/** Runs git and returns stdout as a Buffer (file contents must be compared byte for byte). */
export function gitRaw(cwd: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      { cwd, env: { ...testGitEnv(), ...identity }, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`git ${args.join(' ')} failed: ${stderr.toString()}`));
        else resolve(stdout);
      },
    );
  });
}

export async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await gitRaw(cwd, args)).toString('utf8').trim();
}

export interface TempDirs {
  /** A fresh empty folder, removed by `cleanup`. */
  make(prefix?: string): Promise<string>;
  cleanup(): Promise<void>;
}

export function tempDirs(): TempDirs {
  const made: string[] = [];
  return {
    async make(prefix = 'aps-test-') {
      const dir = await mkdtemp(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    async cleanup() {
      await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

/** A bare repository: a real remote, addressed by its path. */
export async function createBareRepo(dirs: TempDirs): Promise<string> {
  const dir = await dirs.make('aps-remote-');
  await git(dir, 'init', '-q', '--bare');
  return dir;
}

/**
 * Commits `files` (path → content; null deletes; `{ symlink }` makes a link) on `branch` of `remote` from a separate
 * clone, as a person would.
 */
export async function pushFiles(
  dirs: TempDirs,
  remote: string,
  branch: string,
  files: Record<string, string | null | { symlink: string }>,
  message = 'someone else pushes',
): Promise<string> {
  const clone = await dirs.make('aps-clone-');
  await git(clone, 'init', '-q');
  await git(clone, 'remote', 'add', 'origin', remote);
  await git(clone, 'symbolic-ref', 'HEAD', `refs/heads/${branch}`);
  const exists = (await git(clone, 'ls-remote', '--heads', 'origin', `refs/heads/${branch}`)) !== '';
  if (exists) {
    await git(clone, 'fetch', '-q', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`);
    await git(clone, 'reset', '-q', '--hard', `origin/${branch}`);
  }
  for (const [path, content] of Object.entries(files)) {
    const file = join(clone, path);
    if (content === null) await rm(file, { force: true });
    else if (typeof content === 'object') {
      await mkdir(dirname(file), { recursive: true });
      await symlink(content.symlink, file);
    } else {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    }
  }
  await git(clone, 'add', '-A');
  await git(clone, 'commit', '-q', '-m', message);
  await git(clone, 'push', '-q', 'origin', `HEAD:refs/heads/${branch}`);
  return git(clone, 'rev-parse', 'HEAD');
}

/** The head commit of a branch of a bare repo, or null when the branch does not exist. */
export async function headOf(remote: string, branch: string): Promise<string | null> {
  const out = await git(remote, 'for-each-ref', '--format=%(objectname)', `refs/heads/${branch}`);
  return out || null;
}

/** A file's bytes on a branch, or null when absent. */
export async function readBranchFile(remote: string, branch: string, path: string): Promise<Buffer | null> {
  const listed = await git(remote, 'ls-tree', '--name-only', branch, '--', path);
  if (!listed) return null;
  return gitRaw(remote, ['show', `${branch}:${path}`]);
}

/** Every file path on a branch. */
export async function listBranchFiles(remote: string, branch: string): Promise<string[]> {
  const out = await git(remote, 'ls-tree', '-r', '--name-only', branch);
  return out ? out.split('\n').sort() : [];
}

export async function commitCount(remote: string, branch: string): Promise<number> {
  return Number(await git(remote, 'rev-list', '--count', branch));
}

/**
 * A `git` first on PATH that appends its argv (one line per call) to a log, then runs the real git: for tests that
 * count what the code under test asked git to do.
 */
export async function recordingGit(
  dirs: TempDirs,
): Promise<{ env: Record<string, string | undefined>; calls(): Promise<string[]> }> {
  const bin = await dirs.make('aps-git-bin-');
  const log = join(bin, 'argv.log');
  const real = await new Promise<string>((resolve, reject) =>
    execFile('sh', ['-c', 'command -v git'], (error, stdout) =>
      error ? reject(error) : resolve(stdout.trim()),
    ),
  );
  await writeFile(join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${real}' "$@"\n`, {
    mode: 0o755,
  });
  const env = testGitEnv();
  return {
    env: { ...env, PATH: `${bin}:${env.PATH ?? ''}` },
    calls: async () => (await readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean),
  };
}
