/** The CLI's logger: progress to stdout, warnings and errors to stderr, secrets masked. */
import { maskSecrets, type Logger } from '../deps.js';

export function createConsoleLogger(
  out: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
  err: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  options: { verbose?: boolean; now?: () => number } = {},
): Logger {
  const secrets: string[] = [];
  const now = options.now ?? (() => performance.now());
  let depth = 0;
  const indent = (): string => '  '.repeat(depth);
  return {
    debug: (m) => {
      if (options.verbose) out(`${indent()}${maskSecrets(m, secrets)}`);
    },
    info: (m) => out(`${indent()}${maskSecrets(m, secrets)}`),
    warning: (m) => err(`${indent()}warning: ${maskSecrets(m, secrets)}`),
    error: (m) => err(`${indent()}error: ${maskSecrets(m, secrets)}`),
    async group(name, fn) {
      out(`${indent()}▸ ${maskSecrets(name, secrets)}`);
      const start = now();
      depth++;
      try {
        return await fn();
      } finally {
        depth--;
        if (options.verbose) out(`${indent()}  (${Math.round(now() - start)} ms)`);
      }
    },
    setSecret: (v) => {
      if (v) secrets.push(v);
    },
  };
}
