import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  checkSiteDir,
  isOwnedSitePath,
  openFileSpool,
  readHistoryDir,
  writeSiteTree
} from "./chunk-A4EOTKR5.js";
import "./chunk-VOV37SS5.js";
import "./chunk-FLAOZLUO.js";
import "./chunk-FKZYN2WJ.js";
import "./chunk-7DPKRERB.js";
import "./chunk-I3O4MRPB.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";
import "./chunk-FA6EQWUK.js";

// src/history/pages-setup.ts
import { resolve } from "node:path";

// src/history/pages-store.ts
import { access, mkdtemp as mkdtemp2, readFile, writeFile } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";

// src/history/pages-clone.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, sep } from "node:path";

// src/history/git.ts
import { execFile } from "node:child_process";
var GitError = class extends UserError {
  constructor(message, args, gitExit, stderr, stdout) {
    super(message);
    this.args = args;
    this.gitExit = gitExit;
    this.stderr = stderr;
    this.stdout = stdout;
  }
  args;
  gitExit;
  stderr;
  stdout;
  name = "GitError";
};
var REPO_POINTERS = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_INDEX_FILE",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_COMMON_DIR",
  "GIT_NAMESPACE",
  "GIT_CEILING_DIRECTORIES",
  // Tracing could print request headers; git redacts them, but nothing here needs tracing.
  "GIT_TRACE",
  "GIT_TRACE_CURL",
  "GIT_TRACE_PACKET",
  "GIT_CURL_VERBOSE",
  // A desktop askpass helper would pop up a dialog in a CLI run; we never want interactive credentials.
  "GIT_ASKPASS",
  "SSH_ASKPASS"
];
function createGitRunner(options) {
  const secrets = collectSecrets(options);
  for (const s of secrets) options.logger?.setSecret(s);
  const env = buildGitEnv(options);
  const scrub = (text) => scrubSecrets(text, secrets);
  const gitPath = options.gitPath ?? "git";
  return {
    scrub,
    run(args, runOptions) {
      options.logger?.debug(scrub(`git ${args.join(" ")}`));
      return new Promise((resolve2, reject) => {
        execFile(
          gitPath,
          [...args],
          {
            cwd: runOptions.cwd,
            env: runOptions.env ? { ...env, ...runOptions.env } : env,
            maxBuffer: 256 * 1024 * 1024,
            encoding: "utf8",
            windowsHide: true
          },
          (error, stdout, stderr) => {
            const code = error ? error.code : 0;
            if (!error || typeof code === "number" && runOptions.okCodes?.includes(code)) {
              resolve2({ stdout, stderr, code: typeof code === "number" ? code : 0 });
              return;
            }
            reject(gitFailure(args, code, scrub(stderr ?? ""), scrub(stdout ?? ""), gitPath));
          }
        );
      });
    }
  };
}
function gitFailure(args, code, stderr, stdout, gitPath) {
  if (code === "ENOENT") {
    return new GitError(
      `cannot run ${gitPath}: it is not installed or not on PATH. Install git (2.31 or later) to publish to a branch.`,
      args,
      code,
      stderr,
      stdout
    );
  }
  const detail = lastLines(stderr || stdout, 6) || "no output";
  return new GitError(
    `git ${args[0] ?? ""} failed (exit ${String(code)}): ${detail}`,
    args,
    code,
    stderr,
    stdout
  );
}
function lastLines(text, n) {
  return text.trim().split(/\r?\n/).slice(-n).join(" | ");
}
function collectSecrets(options) {
  const secrets = [];
  if (options.token) {
    secrets.push(options.token, basicCredential(options.token));
    secrets.push(encodeURIComponent(options.token));
  }
  const password = urlPassword(options.remote);
  if (password) secrets.push(password, decodeURIComponentSafe(password));
  return [...new Set(secrets.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
}
function basicCredential(token) {
  return Buffer.from(`x-access-token:${token}`, "utf8").toString("base64");
}
function buildGitEnv(options) {
  const env = {};
  for (const [k, v] of Object.entries(options.env)) if (v !== void 0) env[k] = v;
  for (const k of REPO_POINTERS) delete env[k];
  env.LC_ALL = "C";
  env.LANGUAGE = "C";
  env.GIT_TERMINAL_PROMPT = "0";
  env.GCM_INTERACTIVE = "never";
  env.GIT_TRACE_REDACT = "1";
  const config = [
    // The site's bytes are published as produced, on every OS.
    ["core.autocrlf", "false"],
    ["core.safecrlf", "false"],
    ["core.quotepath", "false"],
    // A user's global hooks must not run in (or block) our temporary clone.
    ["core.hooksPath", "/dev/null"],
    ["advice.detachedHead", "false"],
    // A symlink on the branch is checked out as a small text file, so writing the site can never follow one out
    // of the temporary clone (git still records it as a symlink).
    ["core.symlinks", "false"]
  ];
  const origin = httpOrigin(options.remote);
  if (options.token && origin) {
    config.push([`http.${origin}/.extraheader`, `AUTHORIZATION: basic ${basicCredential(options.token)}`]);
  }
  let count = Number(env.GIT_CONFIG_COUNT ?? "0");
  if (!Number.isInteger(count) || count < 0) count = 0;
  for (const [key, value] of config) {
    env[`GIT_CONFIG_KEY_${count}`] = key;
    env[`GIT_CONFIG_VALUE_${count}`] = value;
    count++;
  }
  env.GIT_CONFIG_COUNT = String(count);
  return env;
}
function httpOrigin(remote) {
  if (!remote || !/^https?:\/\//i.test(remote)) return void 0;
  try {
    return new URL(remote).origin;
  } catch {
    return void 0;
  }
}
function urlPassword(remote) {
  if (!remote || !/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) return void 0;
  try {
    const url = new URL(remote);
    return url.password || (url.username && url.username.length >= 20 ? url.username : void 0);
  } catch {
    return void 0;
  }
}
function decodeURIComponentSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function scrubSecrets(text, secrets) {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join("***");
  return out;
}
function redactRemote(remote) {
  return remote.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1***@");
}

// src/history/pages-clone.ts
async function openClone(location, deps) {
  const siteDir = checkSiteDir(location.dir);
  checkRemote(location.remote);
  const git = createGitRunner({
    env: deps.env,
    remote: location.remote,
    token: location.token,
    logger: deps.logger,
    gitPath: location.gitPath
  });
  const where = `branch ${location.branch} of ${redactRemote(location.remote)}`;
  const work = await mkdtemp(join(location.workRoot ?? tmpdir(), "aps-usage-pages-"));
  const close = () => rm(work, { recursive: true, force: true, maxRetries: 3 });
  try {
    await checkBranchName(git, work, location.branch);
    await git.run(["init", "-q"], { cwd: work });
    await git.run(["remote", "add", "origin", location.remote], { cwd: work });
  } catch (error) {
    await close();
    throw error;
  }
  const siteRoot = siteDir === "." ? work : join(work, siteDir);
  return {
    git,
    work,
    siteRoot,
    where,
    checkout: () => checkoutRemoteBranch(git, work, location.branch).catch((error) => {
      throw fetchFailure(error, where);
    }),
    readHistory: () => readStoredHistory(siteRoot, work, location.branch),
    close
  };
}
function checkRemote(remote) {
  if (!remote || remote.startsWith("-")) {
    throw new UserError(`publish.pages.remote: expected a git URL or a path, got ${JSON.stringify(remote)}`);
  }
}
async function checkBranchName(git, cwd, branch) {
  try {
    await git.run(["check-ref-format", "--branch", branch], { cwd });
  } catch (error) {
    if (error instanceof GitError && typeof error.gitExit === "number") {
      throw new UserError(`publish.pages.branch: ${JSON.stringify(branch)} is not a valid branch name`);
    }
    throw error;
  }
}
async function checkoutRemoteBranch(git, cwd, branch) {
  const ref = `refs/heads/${branch}`;
  const heads = await git.run(["ls-remote", "--heads", "origin", ref], { cwd });
  const exists = heads.stdout.split("\n").some((line) => line.endsWith(`	${ref}`));
  await git.run(["symbolic-ref", "HEAD", ref], { cwd });
  if (!exists) {
    await git.run(["update-ref", "-d", ref], { cwd });
    await git.run(["read-tree", "--empty"], { cwd });
    await git.run(["clean", "-ffdxq"], { cwd });
    return null;
  }
  await git.run(
    ["fetch", "--quiet", "--no-tags", "--depth=1", "origin", `+${ref}:refs/remotes/origin/${branch}`],
    { cwd }
  );
  await git.run(["reset", "--hard", "-q", `refs/remotes/origin/${branch}`], { cwd });
  await git.run(["clean", "-ffdxq"], { cwd });
  return (await git.run(["rev-parse", "HEAD"], { cwd })).stdout.trim();
}
async function readStoredHistory(siteRoot, work, branch) {
  try {
    return await readHistoryDir(siteRoot);
  } catch (error) {
    if (error instanceof Error) error.message = error.message.split(work + sep).join(`${branch}:`);
    throw error;
  }
}
function fetchFailure(error, where) {
  if (!(error instanceof GitError)) return error;
  return new UserError(
    `pages: cannot read ${where}: ${error.message}. Check the remote URL and that the token may read the repository (in the action: the github-token input; from the CLI: publish.pages.remote and your git credentials).`
  );
}

// src/history/pages-store.ts
var DEFAULT_ATTEMPTS = 5;
var BACKOFF_BASE_MS = 1e3;
var BACKOFF_MAX_MS = 3e4;
async function openPagesStore(options, deps) {
  const { logger } = deps;
  if (!options.message.trim()) throw new UserError("pages: the commit message is empty");
  if (!options.author.name.trim() || !options.author.email.trim()) {
    throw new UserError("pages: the commit author needs a name and an email");
  }
  const maxAttempts = options.maxAttempts ?? DEFAULT_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new UserError(`pages: maxAttempts must be a whole number \u2265 1, got ${maxAttempts}`);
  }
  const owned = options.owned ?? isOwnedSitePath;
  const clone = await openClone(options, deps);
  const { git, work, siteRoot, where } = clone;
  let base = null;
  let attempts = 0;
  const spools = [];
  return {
    target: "pages",
    where,
    async read() {
      base = await clone.checkout();
      logger.info(
        base ? `pages: ${where} is at ${base.slice(0, 12)}` : `pages: ${where} does not exist yet; creating it`
      );
      return clone.readHistory();
    },
    async save(site) {
      attempts++;
      const { deleted } = await writeSiteTree(siteRoot, { files: site.files, owned });
      if (deleted.length > 0)
        logger.info(`pages: removing ${deleted.length} file(s) the site no longer has: ${preview(deleted)}`);
      if (options.noJekyll !== false) await ensureNoJekyll(work);
      await git.run(["add", "-A", "--force"], { cwd: work });
      const changedFiles = (await git.run(["diff", "--cached", "--name-only", "-z"], { cwd: work })).stdout.split("\0").filter(Boolean);
      const cname = await readCname(work);
      const about = { deleted, ...cname ? { cname } : {} };
      if (changedFiles.length === 0) {
        logger.info(`pages: nothing changed on ${where}; no commit`);
        return {
          status: "unchanged",
          changedFiles: 0,
          pushed: false,
          ...base ? { commit: base } : {},
          ...about
        };
      }
      await git.run(["commit", "-q", "--no-verify", "-m", options.message], {
        cwd: work,
        env: commitIdentity(options.author, deps.clock.now())
      });
      const commit = (await git.run(["rev-parse", "HEAD"], { cwd: work })).stdout.trim();
      const what = `${changedFiles.length} file(s) changed: ${preview(changedFiles)}`;
      const saved = { status: "saved", changedFiles: changedFiles.length, commit, ...about };
      if (options.dryRun) {
        logger.info(`pages: dry run \u2014 would push commit ${commit.slice(0, 12)} to ${where} (${what})`);
        return { ...saved, pushed: false };
      }
      const push = await git.run(
        ["push", "--porcelain", "--no-verify", "origin", `HEAD:refs/heads/${options.branch}`],
        { cwd: work, okCodes: [1, 128] }
      );
      if (push.code === 0) {
        logger.info(`pages: pushed ${commit.slice(0, 12)} to ${where} (${what})`);
        return { ...saved, pushed: true };
      }
      if (!isRejectedPush(push)) throw pushFailure(git, push, where);
      if (attempts >= maxAttempts) {
        throw new UserError(
          `pages: the push to ${where} was rejected ${attempts} times because other runs kept pushing first. Nothing was lost (the stored history is untouched); run again, or avoid overlapping scheduled runs.`
        );
      }
      const wait = backoff(attempts, deps.random);
      logger.warning(
        `pages: the push to ${where} was rejected (another run pushed first); fetching it, merging again and retrying in ${wait} ms (attempt ${attempts + 1} of ${maxAttempts})`
      );
      await deps.sleep(wait);
      return { status: "rejected", changedFiles: 0, deleted: [], pushed: false };
    },
    async openSpool() {
      const spool = await openFileSpool(
        await mkdtemp2(join2(options.workRoot ?? tmpdir2(), "aps-usage-spool-"))
      );
      spools.push(spool);
      return spool;
    },
    async close() {
      for (const spool of spools) await spool.remove();
      await clone.close();
    }
  };
}
function workflowRemote(github) {
  if (!github.repository) {
    throw new UserError(
      `publish: pages needs the repository to push to: ${github.repositoryProblem ?? "none"}; or set publish.pages.remote`
    );
  }
  return `${github.serverUrl}/${github.repository.owner}/${github.repository.repo}.git`;
}
function guessPagesUrl(options) {
  const sub = checkSiteDir(options.dir);
  const tail = sub === "." ? "" : `${sub.split("/").map(encodeURIComponent).join("/")}/`;
  if (options.cname) return `https://${options.cname}/${tail}`;
  const server = (options.serverUrl || "https://github.com").replace(/\/+$/, "");
  if (server !== "https://github.com") return void 0;
  const host = `${options.owner.toLowerCase()}.github.io`;
  const path = options.repo.toLowerCase() === host ? "" : `${encodeURIComponent(options.repo)}/`;
  return `https://${host}/${path}${tail}`;
}
async function readCname(work) {
  try {
    const text = (await readFile(join2(work, "CNAME"), "utf8")).trim().split(/\s+/)[0] ?? "";
    return /^[A-Za-z0-9.-]+$/.test(text) ? text.toLowerCase() : void 0;
  } catch {
    return void 0;
  }
}
async function ensureNoJekyll(work) {
  const file = join2(work, ".nojekyll");
  try {
    await access(file);
  } catch {
    await writeFile(file, "");
  }
}
function commitIdentity(author, now) {
  const date = now.toISOString();
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: author.name,
    GIT_COMMITTER_EMAIL: author.email,
    GIT_COMMITTER_DATE: date
  };
}
function isRejectedPush(push) {
  const text = `${push.stdout}
${push.stderr}`;
  return /\[rejected\]/.test(text) || /\[remote rejected\][^\n]*(failed to update ref|cannot lock ref|incorrect old value|reference already exists)/.test(
    text
  );
}
function pushFailure(git, push, where) {
  const lines = git.scrub(`${push.stderr}
${push.stdout}`).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const remote = lines.filter((l) => /^remote:/.test(l)).map((l) => l.replace(/^remote:\s*/, "")).filter(Boolean);
  const verdict = lines.filter(
    (l) => /^(fatal|error):/.test(l) && !/^error: failed to push some refs/.test(l)
  );
  const refused = lines.filter((l) => l.startsWith("!")).map((l) => l.replace(/^!\s*/, "").replace(/\t/g, " "));
  const cause = [...remote, ...verdict, ...refused];
  const detail = (cause.length ? cause : lines.slice(-3)).slice(0, 12).join(" | ") || "no output from git";
  return new UserError(`pages: the push to ${where} failed: ${detail}${pushHint(cause.join("\n"))}`);
}
function pushHint(cause) {
  if (/\b403\b|permission|denied|not allowed|authentication failed|could not read username|write access/i.test(
    cause
  ))
    return ". Check that the token may write to the repository (the workflow needs `permissions: contents: write`).";
  if (/protected branch|GH006|GH013|rule|hook declined/i.test(cause))
    return ". The branch is protected or a rule refuses the push: let this workflow push to it, or set another publish.pages.branch.";
  if (/not found|does not appear to be a git repository|no such/i.test(cause))
    return ". Check publish.pages.remote (or GITHUB_REPOSITORY): the repository was not found.";
  return "";
}
function backoff(attempt, random) {
  const exp = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return Math.round(exp * (0.5 + random() / 2));
}
function preview(paths, max = 5) {
  return paths.length <= max ? paths.join(", ") : `${paths.slice(0, max).join(", ")} and ${paths.length - max} more`;
}

// src/history/pages-setup.ts
async function openConfiguredPagesStore(options, range, deps) {
  const settings = options.config.publish.pages ?? { branch: "gh-pages", dir: "." };
  const { github } = options;
  const remote = settings.remote ? isLocalPath(settings.remote) ? resolve(options.configDir, settings.remote) : settings.remote : workflowRemote(github);
  return openPagesStore(
    {
      remote,
      branch: settings.branch,
      dir: settings.dir,
      dryRun: options.dryRun ?? false,
      message: `APS usage report: ${range.from} to ${range.to}`,
      author: github.actions ? { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" } : { name: "aps-usage-report", email: "aps-usage-report@users.noreply.github.com" },
      ...github.token ? { token: github.token } : {},
      ...github.tempDir ? { workRoot: github.tempDir } : {}
    },
    deps
  );
}
function guessSiteUrl(options) {
  const { repository, serverUrl } = options.github;
  if (!repository || options.config.publish.pages?.remote) return void 0;
  return guessPagesUrl({ ...repository, dir: options.config.publish.pages?.dir ?? ".", serverUrl });
}
function isLocalPath(remote) {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) && !/^[^/\\@]+@[^:/]+:/.test(remote);
}
export {
  guessSiteUrl,
  openConfiguredPagesStore
};
