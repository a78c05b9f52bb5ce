#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  SecretRegistry
} from "./chunks/chunk-R2IMC3GU.js";
import {
  DEMO_CONFIG,
  DEMO_END
} from "./chunks/chunk-XYSLWUIJ.js";
import {
  createHttpFetch,
  helpersOf,
  maskSecrets,
  realSleep,
  systemClock
} from "./chunks/chunk-53SKAL4O.js";
import {
  chooseAuthMode,
  credentialsFromEnv,
  readCredentials
} from "./chunks/chunk-EXBC7TRY.js";
import {
  PUBLISH_TARGETS,
  VERSION,
  isPublishTarget
} from "./chunks/chunk-BWRCAK22.js";
import {
  MAX_PERIOD_DAYS,
  periodDays
} from "./chunks/chunk-IF6ESKBO.js";
import "./chunks/chunk-7DPKRERB.js";
import {
  readGitHubContext
} from "./chunks/chunk-45PHANVF.js";
import {
  isDay
} from "./chunks/chunk-I3O4MRPB.js";
import {
  UserError,
  errorMessage
} from "./chunks/chunk-NSGCSQYJ.js";
import "./chunks/chunk-FA6EQWUK.js";

// src/cli/main.ts
import { constants } from "node:fs";
import { access as access2, chmod, writeFile as writeFile2 } from "node:fs/promises";
import { parseArgs } from "node:util";
import { dirname as dirname2, join as join2, relative as relative2, resolve } from "node:path";

// src/cli/init.ts
import { access, mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

// src/cli/init-templates.ts
var ACTION_REPOSITORY = "aps-usage-report/aps-usage-report";
var ACTION_MAJOR = "v1";
var CONFIG_FILE = ".github/aps-usage.yml";
var WORKFLOW_FILE = ".github/workflows/aps-usage.yml";
var SCHEMA_URL = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/${ACTION_MAJOR}/schema/config.schema.json`;
var STARTER_CONFIG = `# yaml-language-server: $schema=${SCHEMA_URL}
#
# aps-usage-report: which APS apps to report, over which days, and how the report is published.
# Check this file with:  npx aps-usage-report validate --config ${CONFIG_FILE}
# Secrets never go here: the workflow passes them from the repository's secrets.

# Where usage comes from: aps (the APS API), file (CSV/JSON exports) or demo (sample data, no credentials).
source: aps

# The apps to report, by client id (APS portal: your app, "Client ID"). name and monthlyBudget are optional.
# The service account must be able to read each app's usage (see the README, "Authentication").
apps:
  - id: YOUR_APS_CLIENT_ID
    name: My APS app
    # monthlyBudget: 500 # tokens per month; alerts at the budget thresholds below

# Or report every app of a developer hub instead of listing them:
# aps:
#   hubId: YOUR_HUB_ID

# last-N-days, month-to-date, previous-month or { from: 2026-01-01, to: 2026-03-31 }.
# History outside this window is kept: the site grows a day at a time.
period: last-30-days

# Tokens per unit, to estimate tokens where APS reports units only (feature id: { tokensPerUnit: N }).
# rates:
#   automation-revit: { tokensPerUnit: 6 }

# Free-tier monthly caps per API: an alert comes before APS suspends the API.
# caps:
#   Automation API: { unitsPerMonth: 100 }

budget:
  # monthly: 2000 # tokens per month for all apps together
  thresholds: [80, 100] # percent of a budget that raises an alert

report:
  # title: APS usage # default: "APS usage", or "APS \u4F7F\u7528\u72B6\u6CC1" with locale ja
  locale: en # en or ja
  timezone: UTC

# Options of the targets chosen by the workflow's \`publish\` input.
publish:
  pages: { branch: gh-pages } # the site and its history
  issue: { labels: [aps-usage] } # one usage issue per month, updated in place, and alert issues
`;
var STARTER_WORKFLOW = `# Daily APS usage report: fetches the usage of every app in ${CONFIG_FILE}, keeps the history and the site
# on the gh-pages branch, updates this month's usage issue, opens alert issues and writes the job summary.
#
# Repository secrets (Settings > Secrets and variables > Actions) for a Secure Service Account:
#   APS_CLIENT_ID, APS_CLIENT_SECRET              the app that owns the service account
#   APS_SERVICE_ACCOUNT_ID, APS_SERVICE_ACCOUNT_KEY_ID, APS_SERVICE_ACCOUNT_PRIVATE_KEY
# To show the site: Settings > Pages > Deploy from a branch > gh-pages.
name: APS usage report

on:
  schedule:
    # Daily at 06:17 UTC: yesterday is complete by then, and off the hour, when scheduled runs pile up.
    - cron: '17 6 * * *'
  workflow_dispatch:

# Only what publishing needs. Drop a line together with its target in \`publish\` below.
permissions:
  contents: write # pages: commit the site and its history to the gh-pages branch
  issues: write # issue: the monthly usage issue and alert issues

# Runs wait for each other instead of overlapping, so two runs never push the history at the same time.
concurrency:
  group: aps-usage-report
  cancel-in-progress: false

jobs:
  report:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    steps:
      - uses: actions/checkout@v5

      - id: report
        uses: ${ACTION_REPOSITORY}@${ACTION_MAJOR}
        with:
          config: ${CONFIG_FILE}
          publish: pages,issue,summary
          aps-client-id: \${{ secrets.APS_CLIENT_ID }}
          aps-client-secret: \${{ secrets.APS_CLIENT_SECRET }}
          aps-service-account-id: \${{ secrets.APS_SERVICE_ACCOUNT_ID }}
          aps-service-account-key-id: \${{ secrets.APS_SERVICE_ACCOUNT_KEY_ID }}
          aps-service-account-private-key: \${{ secrets.APS_SERVICE_ACCOUNT_PRIVATE_KEY }}
`;

// src/cli/init.ts
var INIT_HELP = `aps-usage-report init [--dir DIR] [--force]

Writes a commented starter config (${CONFIG_FILE}) and a daily scheduled workflow
(${WORKFLOW_FILE}) into a repository. Edit the config's apps, add the secrets named at the
top of the workflow, and check the config with: aps-usage-report validate --config ${CONFIG_FILE}

Options:
  --dir DIR   the repository's root folder (default: the current folder)
  --force     overwrite the two files when they exist (otherwise: exit 1 and write nothing)`;
async function initProject(options, logger) {
  const files = [
    [CONFIG_FILE, STARTER_CONFIG],
    [WORKFLOW_FILE, STARTER_WORKFLOW]
  ];
  const shown = (rel) => relative(process.cwd(), join(options.dir, rel)) || rel;
  for (const [rel] of files) {
    const parts = rel.split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const folder = parts.slice(0, i).join("/");
      if (await isNonFolder(join(options.dir, folder))) {
        throw new UserError(
          `init: ${shown(folder)} is a file; expected a folder to hold ${shown(rel)}. Move or rename it; nothing was written`
        );
      }
    }
  }
  if (!options.force) {
    const existing = [];
    for (const [rel] of files) if (await exists(join(options.dir, rel))) existing.push(shown(rel));
    if (existing.length > 0) {
      throw new UserError(
        `init: ${existing.join(" and ")} already exist${existing.length === 1 ? "s" : ""}; nothing was written (use --force to overwrite)`
      );
    }
  }
  const written = [];
  for (const [rel, text] of files) {
    const path = join(options.dir, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    written.push(path);
    logger.info(`wrote ${shown(rel)}`);
  }
  logger.info(
    [
      "Next steps:",
      `  1. Put your apps' client ids in ${CONFIG_FILE} and check it: aps-usage-report validate --config ${CONFIG_FILE}`,
      "  2. Add the repository secrets named at the top of the workflow (Settings > Secrets and variables > Actions).",
      "  3. Commit both files; run the workflow once by hand (Actions > APS usage report > Run workflow)."
    ].join("\n")
  );
  return written;
}
async function isNonFolder(path) {
  try {
    return !(await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
async function exists(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

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
var runReport = async (...args) => (await import("./chunks/pipeline-3TSRGYS6.js")).runReport(...args);
var readConfigFile = async (...args) => (await import("./chunks/load-MTOHHS4B.js")).readConfigFile(...args);
var parseConfigObject = async (input) => (await import("./chunks/schema-AVDG6G3O.js")).configSchema.parse(input);
var HELP = {
  main: `aps-usage-report ${VERSION} \u2014 daily APS usage for every app: history, an HTML site, Markdown, alerts.

Usage:
  aps-usage-report demo [--out DIR] [--locale en|ja] [--live] [--force]
  aps-usage-report run --config FILE [--out DIR] [--from YYYY-MM-DD --to YYYY-MM-DD]
                       [--publish files,pages,issue,summary] [--record DIR] [--dry-run]
  aps-usage-report validate --config FILE
  aps-usage-report init [--dir DIR] [--force]
  aps-usage-report <command> --help
  aps-usage-report --version

Exit codes: 0 success \xB7 1 nothing usable was produced (nothing published) \xB7 2 partial (some apps failed)
Docs: README.md`,
  demo: `aps-usage-report demo [--out DIR] [--locale en|ja] [--live]

Runs the whole pipeline on the built-in sample data (five apps, 234 days; no network, no credentials)
and writes the site.

Options:
  --out DIR        output folder (default: site)
  --locale en|ja   report language (default: en)
  --live           fetch the demo data through the real APS client from a loopback APS server
                   (service-account auth, the usage endpoints) \u2014 still no network, no credentials
  --force          write into a folder holding files this tool did not write
  --verbose        print timings and debug lines`,
  run: `aps-usage-report run --config FILE [options]

Fetches usage as the config says, merges it into the stored history (OUT/data/usage-*.csv),
and writes the report.

Options:
  --config FILE        config file (YAML); see README "Configuration"
  --out DIR            output folder (default: publish.files.dir from the config, else site)
  --from YYYY-MM-DD    first day (with --to; overrides the configured period)
  --to YYYY-MM-DD      last day
  --publish LIST       comma list of files,pages,issue,summary (default: files; summary needs the
                       GITHUB_STEP_SUMMARY file of a workflow step)
  --record DIR         save raw API responses (secrets removed) for bug reports and fixtures
  --refresh-token-file FILE
                       where to save a rotated APS refresh token (default: .aps-refresh-token)
  --dry-run            do everything except writing, pushing and GitHub writes
  --force              write into a folder holding files this tool did not write (never mixes demo and
                       real data)
  --verbose            print timings and debug lines

Environment: APS_CLIENT_ID, APS_CLIENT_SECRET, APS_SERVICE_ACCOUNT_ID, APS_SERVICE_ACCOUNT_KEY_ID,
APS_SERVICE_ACCOUNT_PRIVATE_KEY, APS_REFRESH_TOKEN, APS_ACCESS_TOKEN, APS_BASE_URL, APS_ASSERTION_AUDIENCE;
GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL for issues.`,
  validate: `aps-usage-report validate --config FILE

Checks a config file without fetching anything (with source: file, that its files exist); prints every
problem with its field path.
Exit code 1 when there is any problem.`,
  init: INIT_HELP
};
async function main(argv, env, logger, helperScript) {
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
      throw new UserError(`unknown command "${command}"; expected demo, run, validate or init (see --help)`);
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      log.info(HELP[command]);
      return 0;
    }
    const deps = { ...createDeps(log, env), ...helpersOf(helperScript) };
    switch (command) {
      case "demo":
        return await demo(rest, deps);
      case "run":
        return await run(rest, deps);
      case "validate":
        return await validate(rest, log);
      case "init": {
        const v = parse("init", rest, { dir: { type: "string" }, force: { type: "boolean" } });
        await initProject(
          { dir: resolve(v.dir ?? "."), force: v.force === true },
          log
        );
        return 0;
      }
    }
    return 1;
  } catch (error) {
    log.error(errorMessage(error));
    if (!(error instanceof UserError) && env.APS_USAGE_DEBUG) log.error(error.stack ?? "");
    return error instanceof UserError ? error.exitCode : 1;
  }
}
function createDeps(logger, env) {
  return {
    logger,
    env,
    credentials: credentialsFromEnv(env),
    // Replaced by `run`, which knows where to save it; no other command signs in with a refresh token.
    saveRefreshToken: () => Promise.reject(new UserError("APS rotated a refresh token, but this command has nowhere to save it")),
    clock: systemClock,
    sleep: realSleep,
    fetch: createHttpFetch(env),
    random: Math.random
  };
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
  const v = parse("demo", args, {
    out: { type: "string" },
    locale: { type: "string" },
    live: { type: "boolean" },
    force: { type: "boolean" }
  });
  const locale = v.locale ?? "en";
  if (locale !== "en" && locale !== "ja") throw new UserError(`--locale: expected en or ja, got "${locale}"`);
  const outDir = v.out ?? "site";
  const started = performance.now();
  const force = v.force === true;
  if (v.live) return demoLive(outDir, locale, force, deps, started);
  const config = await parseConfigObject({ ...DEMO_CONFIG, report: { ...DEMO_CONFIG.report, locale } });
  const result = await runReport(demoRunOptions(config, outDir, force, deps), deps);
  reportDone(deps.logger, result.outDir, result.written, result.files.size, performance.now() - started);
  return result.exitCode;
}
function demoRunOptions(config, outDir, force, deps) {
  return {
    config,
    configDir: process.cwd(),
    outDir,
    today: DEMO_END,
    publish: /* @__PURE__ */ new Set(["files"]),
    github: readGitHubContext(deps.env),
    data: "demo",
    force
  };
}
async function demoLive(outDir, locale, force, deps, started) {
  const { startLiveDemo } = await import("./chunks/live-EDYBNFNW.js");
  const live = await startLiveDemo();
  try {
    deps.logger.info(`Loopback APS listening on ${live.baseUrl} (serving the demo dataset)`);
    for (const secret of [live.env.APS_CLIENT_SECRET, live.env.APS_SERVICE_ACCOUNT_PRIVATE_KEY])
      deps.logger.setSecret(secret ?? "");
    const config = await parseConfigObject({ ...live.config, report: { ...live.config.report, locale } });
    const result = await runReport(demoRunOptions(config, outDir, force, deps), {
      ...deps,
      credentials: credentialsFromEnv(live.env),
      clock: { now: live.now }
    });
    deps.logger.info(`${live.requests()} requests to the loopback APS`);
    reportDone(deps.logger, result.outDir, result.written, result.files.size, performance.now() - started);
    return result.exitCode;
  } finally {
    await live.close();
  }
}
async function run(args, deps) {
  const v = parse("run", args, {
    config: { type: "string" },
    out: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    publish: { type: "string" },
    record: { type: "string" },
    "refresh-token-file": { type: "string" },
    "dry-run": { type: "boolean" },
    force: { type: "boolean" }
  });
  for (const flag of ["config", "out", "record", "refresh-token-file"]) {
    if (v[flag] === "") throw new UserError(`--${flag}: expected a path, got "" (an unset variable?)`);
  }
  if (!v.config)
    throw new UserError("run: --config FILE is required (create one with `aps-usage-report init`)");
  const tokenFile = v["refresh-token-file"] ?? ".aps-refresh-token";
  const configPath = resolve(v.config);
  const config = await readConfigFile(configPath);
  if (usesRefreshToken(config, deps)) await checkTokenFolder(tokenFile);
  const range = parseRange(v.from, v.to);
  const publish = parsePublish(v.publish ?? "files");
  const outDir = v.out ? resolve(v.out) : config.publish.files?.dir ? resolve(dirname2(configPath), config.publish.files.dir) : resolve("site");
  const started = performance.now();
  const result = await runReport(
    {
      config,
      configDir: dirname2(configPath),
      outDir,
      publish,
      ...range ? { range } : {},
      ...v.record ? { recordDir: resolve(v.record) } : {},
      ...v["dry-run"] ? { dryRun: true } : {},
      ...v.force ? { force: true } : {},
      github: readGitHubContext(deps.env)
    },
    { ...deps, saveRefreshToken: (token) => saveRefreshToken(token, tokenFile, deps.logger) }
  );
  if (publish.has("files")) {
    reportDone(
      deps.logger,
      result.outDir,
      result.written,
      result.files.size,
      performance.now() - started,
      Boolean(v["dry-run"])
    );
  }
  if (result.pages) {
    const where = result.pages.url ? ` (${result.pages.url})` : "";
    deps.logger.info(
      result.pages.pushed ? `Published to the Pages branch: commit ${result.pages.commit?.slice(0, 12) ?? ""}${where}` : `Pages branch unchanged${v["dry-run"] ? " (dry run)" : ""}${where}`
    );
  }
  if (result.issues) {
    const { issue, alerts } = result.issues;
    const touched = alerts.map((a) => `${a.kind} ${a.action}`).join(", ") || "none";
    deps.logger.info(
      `Monthly issue ${issue.action}${issue.url ? `: ${issue.url}` : ""}; alert issues: ${touched}`
    );
  }
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
  const configPath = resolve(v.config);
  const config = await readConfigFile(configPath);
  if (config.source === "file") {
    const { findUsageFiles } = await import("./chunks/file-RSV6JDGD.js");
    await findUsageFiles(config.file, dirname2(configPath));
  }
  logger.info(
    `${v.config}: valid (source: ${config.source}, ${config.apps.length} app(s) configured)`
  );
  config.apps.forEach((app, i) => {
    if (/^YOUR_/.test(app.id)) {
      logger.warning(
        `apps[${i}].id: "${app.id}" is the placeholder from init; put the app's client id there (APS portal: your app, "Client ID")`
      );
    }
  });
  return 0;
}
async function saveRefreshToken(token, file, logger) {
  await writeFile2(file, `${token}
`, { mode: 384 });
  await chmod(file, 384);
  logger.warning(
    `APS rotated the refresh token; the old one no longer works. The new one is in ${file} (readable only by you). Next run: export APS_REFRESH_TOKEN="$(cat ${shellQuote(file)})". Keep the file out of git.`
  );
}
async function checkTokenFolder(file) {
  const folder = dirname2(resolve(file));
  try {
    await access2(folder, constants.W_OK);
  } catch (error) {
    throw new UserError(
      `--refresh-token-file ${file}: cannot write to the folder ${folder} (${error.code ?? errorMessage(error)}); a rotated refresh token could not be saved`
    );
  }
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
  const days = periodDays(from, to);
  if (days > MAX_PERIOD_DAYS)
    throw new UserError(
      `--from ${from} --to ${to} is ${days} days; expected at most ${MAX_PERIOD_DAYS} days (ten years)`
    );
  return { from, to };
}
function parsePublish(list) {
  const out = /* @__PURE__ */ new Set();
  for (const item of list.split(",").map((s) => s.trim()).filter(Boolean)) {
    if (!isPublishTarget(item)) {
      throw new UserError(
        `--publish: unknown target "${item}"; expected a comma list of ${PUBLISH_TARGETS.join(", ")}`
      );
    }
    out.add(item);
  }
  if (out.size === 0)
    throw new UserError(
      `--publish: expected a comma list of ${PUBLISH_TARGETS.join(", ")}, got ${JSON.stringify(list)} (nothing would be published)`
    );
  return out;
}
function reportDone(logger, outDir, written, total, ms, dryRun = false) {
  const rel = relative2(process.cwd(), join2(outDir, "index.html")) || "index.html";
  if (dryRun) {
    logger.info(
      `Dry run: ${written} of ${total} files would change in ${relative2(process.cwd(), outDir) || "."}; nothing was written (${(ms / 1e3).toFixed(1)} s)`
    );
    return;
  }
  logger.info(`Report written: ${rel} (${written} of ${total} files changed, ${(ms / 1e3).toFixed(1)} s)`);
  logger.info(`Open it with: xdg-open ${shellQuote(rel)}   (or open / start on macOS / Windows)`);
}
function shellQuote(path) {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
function usesRefreshToken(config, deps) {
  if (config.source !== "aps") return false;
  if (config.aps.auth !== "auto") return config.aps.auth === "refresh-token";
  try {
    const secrets = new SecretRegistry((value) => deps.logger.setSecret(value));
    return chooseAuthMode(readCredentials(deps.credentials, secrets), "auto") === "refresh-token";
  } catch {
    return false;
  }
}

// src/cli.ts
process.exitCode = await main(
  process.argv.slice(2),
  process.env,
  void 0,
  new URL("./page-helper.js", import.meta.url)
);
