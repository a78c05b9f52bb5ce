#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DEMO_CONFIG,
  DEMO_END,
  UserError,
  configSchema,
  errorMessage,
  isDay,
  keepAliveFetch,
  maskSecrets,
  readConfigFile,
  realSleep,
  runReport,
  systemClock
} from "./chunks/chunk-L6F2RJBA.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/cli/main.ts
import { parseArgs } from "node:util";
import { dirname, join, relative, resolve } from "node:path";

// src/cli/logger.ts
function createConsoleLogger(out = (l) => process.stdout.write(`${l}
`), err = (l) => process.stderr.write(`${l}
`), options = {}) {
  const secrets = [];
  const now = options.now ?? (() => performance.now());
  let depth = 0;
  const indent = () => "  ".repeat(depth);
  return {
    debug: (m) => {
      if (options.verbose) out(`${indent()}${maskSecrets(m, secrets)}`);
    },
    info: (m) => out(`${indent()}${maskSecrets(m, secrets)}`),
    warning: (m) => err(`${indent()}warning: ${maskSecrets(m, secrets)}`),
    error: (m) => err(`${indent()}error: ${maskSecrets(m, secrets)}`),
    async group(name, fn) {
      out(`${indent()}\u25B8 ${maskSecrets(name, secrets)}`);
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
    }
  };
}

// src/cli/main.ts
var VERSION = "0.1.0";
var HELP = {
  main: `aps-usage-report ${VERSION} \u2014 daily APS usage for every app: history, an HTML site, Markdown, alerts.

Usage:
  aps-usage-report demo [--out DIR] [--locale en|ja]
  aps-usage-report run --config FILE [--out DIR] [--from YYYY-MM-DD --to YYYY-MM-DD]
                       [--publish files,pages,issue] [--record DIR] [--dry-run]
  aps-usage-report validate --config FILE
  aps-usage-report <command> --help

Exit codes: 0 success \xB7 1 nothing usable was produced (nothing published) \xB7 2 partial (some apps failed)
Docs: README.md`,
  demo: `aps-usage-report demo [--out DIR] [--locale en|ja]

Runs the whole pipeline on the built-in sample data (five apps, 234 days; no network, no credentials)
and writes the site.

Options:
  --out DIR        output folder (default: site)
  --locale en|ja   report language (default: en)
  --verbose        print timings and debug lines`,
  run: `aps-usage-report run --config FILE [options]

Fetches usage as the config says, merges it into the stored history (OUT/data/usage-*.csv),
and writes the report.

Options:
  --config FILE        config file (YAML); see README "Configuration"
  --out DIR            output folder (default: publish.files.dir from the config, else site)
  --from YYYY-MM-DD    first day (with --to; overrides the configured period)
  --to YYYY-MM-DD      last day
  --publish LIST       comma list of files,pages,issue (default: files)
  --record DIR         save raw API responses (secrets removed) for bug reports and fixtures
  --dry-run            do everything except writing, pushing and GitHub writes
  --verbose            print timings and debug lines

Environment: APS_CLIENT_ID, APS_CLIENT_SECRET, APS_SERVICE_ACCOUNT_ID, APS_SERVICE_ACCOUNT_KEY_ID,
APS_SERVICE_ACCOUNT_PRIVATE_KEY, APS_REFRESH_TOKEN, APS_ACCESS_TOKEN, APS_BASE_URL;
GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL for issues.`,
  validate: `aps-usage-report validate --config FILE

Checks a config file without fetching anything; prints every problem with its field path.
Exit code 1 when there is any problem.`
};
async function main(argv, env, logger) {
  const log = logger ?? createConsoleLogger(void 0, void 0, { verbose: argv.includes("--verbose") });
  const [command, ...rest] = argv;
  try {
    if (!command || command === "--help" || command === "-h" || command === "help") {
      log.info(HELP.main);
      return 0;
    }
    if (command === "--version" || command === "-v") {
      log.info(VERSION);
      return 0;
    }
    if (!(command in HELP) || command === "main") {
      throw new UserError(`unknown command "${command}"; expected demo, run or validate (see --help)`);
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      log.info(HELP[command]);
      return 0;
    }
    const deps = createDeps(log, env);
    switch (command) {
      case "demo":
        return await demo(rest, deps);
      case "run":
        return await run(rest, deps);
      case "validate":
        return await validate(rest, log);
    }
    return 1;
  } catch (error) {
    log.error(errorMessage(error));
    if (!(error instanceof UserError) && env.APS_USAGE_DEBUG) log.error(error.stack ?? "");
    return error instanceof UserError ? error.exitCode : 1;
  }
}
function createDeps(logger, env) {
  return { logger, env, clock: systemClock, sleep: realSleep, fetch: keepAliveFetch, random: Math.random };
}
function parse(command, args, options) {
  try {
    return parseArgs({
      args,
      options: { ...options ?? {}, verbose: { type: "boolean" } },
      allowPositionals: false,
      strict: true
    }).values;
  } catch (error) {
    throw new UserError(`${command}: ${errorMessage(error)} (see aps-usage-report ${command} --help)`);
  }
}
async function demo(args, deps) {
  const v = parse("demo", args, { out: { type: "string" }, locale: { type: "string" } });
  const locale = v.locale ?? "en";
  if (locale !== "en" && locale !== "ja") throw new UserError(`--locale: expected en or ja, got "${locale}"`);
  const config = configSchema.parse({ ...DEMO_CONFIG, report: { ...DEMO_CONFIG.report, locale } });
  const outDir = v.out ?? "site";
  const started = performance.now();
  const result = await runReport(
    { config, configDir: process.cwd(), outDir, today: DEMO_END, publish: /* @__PURE__ */ new Set(["files"]) },
    deps
  );
  reportDone(deps.logger, result.outDir, result.written, result.files.size, performance.now() - started);
  return result.exitCode;
}
async function run(args, deps) {
  const v = parse("run", args, {
    config: { type: "string" },
    out: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    publish: { type: "string" },
    record: { type: "string" },
    "dry-run": { type: "boolean" }
  });
  if (!v.config)
    throw new UserError("run: --config FILE is required (create one with `aps-usage-report init`)");
  const configPath = resolve(v.config);
  const config = await readConfigFile(configPath);
  const range = parseRange(v.from, v.to);
  const publish = parsePublish(v.publish ?? "files");
  const outDir = v.out ?? config.publish.files?.dir ?? "site";
  const started = performance.now();
  const result = await runReport(
    {
      config,
      configDir: dirname(configPath),
      outDir,
      publish,
      ...range ? { range } : {},
      ...v.record ? { recordDir: resolve(v.record) } : {},
      ...v["dry-run"] ? { dryRun: true } : {}
    },
    deps
  );
  reportDone(
    deps.logger,
    result.outDir,
    result.written,
    result.files.size,
    performance.now() - started,
    config
  );
  if (result.failedApps.length > 0) {
    deps.logger.warning(
      `${result.failedApps.length} app(s) failed and are marked in the report: ${result.failedApps.map((a) => a.name).join(", ")}`
    );
  }
  return result.exitCode;
}
async function validate(args, logger) {
  const v = parse("validate", args, { config: { type: "string" } });
  if (!v.config) throw new UserError("validate: --config FILE is required");
  const config = await readConfigFile(resolve(v.config));
  logger.info(
    `${v.config}: valid (source: ${config.source}, ${config.apps.length} app(s) configured)`
  );
  return 0;
}
function parseRange(from, to) {
  if (!from && !to) return void 0;
  if (!from || !to) throw new UserError("--from and --to go together: give both (YYYY-MM-DD)");
  for (const [name, value] of [
    ["--from", from],
    ["--to", to]
  ]) {
    if (!isDay(value)) throw new UserError(`${name}: expected a date as YYYY-MM-DD, got "${value}"`);
  }
  if (from > to) throw new UserError(`--from ${from} is after --to ${to}`);
  return { from, to };
}
var TARGETS = ["files", "pages", "issue"];
function parsePublish(list) {
  const out = /* @__PURE__ */ new Set();
  for (const item of list.split(",").map((s) => s.trim()).filter(Boolean)) {
    if (!TARGETS.includes(item)) {
      throw new UserError(
        `--publish: unknown target "${item}"; expected a comma list of ${TARGETS.join(", ")}`
      );
    }
    out.add(item);
  }
  return out;
}
function reportDone(logger, outDir, written, total, ms, _config) {
  const rel = relative(process.cwd(), join(outDir, "index.html")) || "index.html";
  logger.info(`Report written: ${rel} (${written} of ${total} files changed, ${(ms / 1e3).toFixed(1)} s)`);
  logger.info(`Open it with: xdg-open ${rel}   (or open / start on macOS / Windows)`);
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), process.env);
