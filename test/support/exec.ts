/**
 * Runs a real program (node, npm, npx) as a child process and collects its exit code and output. npm gets a clean
 * environment: none of the `npm_*` variables of an enclosing `npm test`, a private cache, no update check — and
 * callers pass --offline, so nothing reaches a registry.
 */
import { execFile } from 'node:child_process';

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  cwd?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export function exec(file: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^npm_/i.test(k)) env[k] = v;
  }
  Object.assign(env, { NO_COLOR: '1', npm_config_update_notifier: 'false' }, options.env);
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env, timeout: options.timeoutMs ?? 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          reject(new Error(`${file} ${args.join(' ')} did not run: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}
