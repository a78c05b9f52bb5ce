import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  EMPTY_HISTORY,
  FILES_RECORD,
  WriteFailure,
  formatFilesRecord,
  heldBytes,
  historyFileContents,
  isOwnedSitePath,
  linkOrCopy,
  listFiles,
  openFileSpool,
  readHistoryDir,
  writeBody,
  writeQueue
} from "./chunk-A4EOTKR5.js";
import {
  count
} from "./chunk-S6OZDB3L.js";
import {
  applyTableRetention,
  mergeIntoTable
} from "./chunk-H3IQSARL.js";
import {
  startProgress
} from "./chunk-5CHR7IJI.js";
import {
  buildModel,
  monthCounter,
  publicExportFiles,
  renderSite,
  spreadsheetCopy,
  spreadsheetPathOf,
  takeMonthsLeft,
  worthAHelper,
  worthHelperMonths
} from "./chunk-XTNSMOJ7.js";
import {
  ChunkedFile,
  SiteFileMap,
  csvKey,
  isHeld,
  madeOf,
  sameBody,
  sha256Hex
} from "./chunk-VOV37SS5.js";
import {
  HistoryTable,
  flagsOf
} from "./chunk-FKZYN2WJ.js";
import {
  BUILD,
  PUBLISHER_TARGETS,
  VERSION
} from "./chunk-BWRCAK22.js";
import {
  addDays,
  resolvePeriod,
  toDay,
  todayIn
} from "./chunk-I3O4MRPB.js";
import {
  UserError,
  errorMessage
} from "./chunk-NSGCSQYJ.js";

// src/pipeline.ts
import { resolve as resolve2 } from "node:path";

// src/model/as-of.ts
function lastCompleteDay(now, timezone) {
  const local = addDays(todayIn(timezone, now), -1);
  const utc = addDays(toDay(now), -1);
  return local < utc ? local : utc;
}
function decideAsOf(lastComplete, sourceThrough) {
  return sourceThrough !== void 0 && sourceThrough < lastComplete ? sourceThrough : lastComplete;
}

// src/model/negative-usage.ts
function describeNegativeUsage(rows) {
  let first;
  let count2 = 0;
  if (rows instanceof HistoryTable) {
    for (let i = 0; i < rows.length; i++) {
      if (rows.quantity[i] < 0 || rows.tokens[i] < 0) {
        first ??= rows.record(i);
        count2++;
      }
    }
  } else {
    for (const r of rows) {
      if (r.quantity < 0 || r.tokens !== null && r.tokens < 0) {
        first ??= r;
        count2++;
      }
    }
  }
  if (!first) return void 0;
  const more = count2 - 1;
  return `APS reported negative usage, kept as reported (it may be a correction): ${first.appName} (${first.appId}) on ${first.date}, ${first.featureId}: quantity ${first.quantity}, tokens ${first.tokens ?? "none"}` + (more > 0 ? `; and ${more} more row${more > 1 ? "s" : ""}` : "");
}

// src/publish/index.ts
var PUBLISHERS = {
  issue: async () => (await import("./issue-publisher-GXHJCM4L.js")).issuePublisher,
  summary: async () => (await import("./summary-ON6VD56L.js")).summaryPublisher
};
async function loadPublisher(target) {
  return PUBLISHERS[target]();
}
async function loadPublishers(targets, settings) {
  const publishers = [];
  for (const target of PUBLISHER_TARGETS) {
    if (!targets.has(target)) continue;
    const publisher = await loadPublisher(target);
    publisher.check(settings);
    publishers.push(publisher);
  }
  return publishers;
}
async function publishAll(publishers, site, context, deps) {
  const results = {};
  for (const publisher of publishers) {
    const publish = () => publisher.publish(site, context, deps);
    results[publisher.target] = await deps.logger.group(GROUP[publisher.target], publish);
  }
  return results;
}
var GROUP = {
  issue: "Publish issues",
  summary: "Write the job summary"
};

// src/run-setup.ts
import { resolve } from "node:path";

// src/history/folder-store.ts
import { randomUUID } from "node:crypto";
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  rmdir,
  stat,
  writeFile
} from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
var LOCK_FILE = ".aps-usage-report.lock";
var MANIFEST_FILE = ".aps-usage-report.json";
var JOURNAL_FILE = ".aps-usage-report.journal";
var CONTROL_FILES = /* @__PURE__ */ new Set([LOCK_FILE, MANIFEST_FILE, JOURNAL_FILE]);
var TEMP = /\.~aps-[A-Za-z0-9-]+\.tmp$/;
var LOCK_STEP_MS = 1e3;
var DEFAULT_LOCK_WAIT_MS = 10 * 60 * 1e3;
async function openFolderStore(options, deps) {
  const { dir } = options;
  const where = `folder ${dir}`;
  await checkOutDir(dir);
  await restoreSwapped(dir, deps);
  if (options.readOnly) {
    return {
      target: "files",
      where,
      read: () => readHistoryDir(dir),
      save: async () => ({ status: "unchanged", changedFiles: 0, deleted: [] }),
      close: async () => {
      }
    };
  }
  await checkOwnership(options);
  if (options.dryRun) {
    const owned2 = await ownedFiles(options);
    return {
      target: "files",
      where,
      read: () => readHistoryDir(dir),
      save: async (site) => {
        const plan = await planWrite(options, owned2, site.files, site.unchanged);
        return {
          status: plan.changed.length ? "saved" : "unchanged",
          changedFiles: plan.changed.length,
          deleted: plan.deletes
        };
      },
      close: async () => {
      }
    };
  }
  const created = !await exists(dir);
  await mkdir(dir, { recursive: true });
  const lock = await acquireLock(dir, options.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS, deps);
  try {
    await recover(dir, deps);
    await checkOwnership(options);
  } catch (error) {
    await lock.release();
    throw error;
  }
  let owned = await ownedFiles(options);
  let closed = false;
  const spools = [];
  return {
    target: "files",
    where,
    read: () => readHistoryDir(dir),
    async openSpool() {
      const spool = await openSpoolFor(dir);
      spools.push(spool);
      return spool;
    },
    async save(site) {
      const plan = await planWrite(options, owned, site.files, site.unchanged);
      if (plan.changed.length === 0 && plan.deletes.length === 0 && plan.manifestCurrent)
        return { status: "unchanged", changedFiles: 0, deleted: [] };
      const problem = await swapProblem(dir, owned, site.files);
      const swapped = !problem && await commitSwap(dir, plan, site.files, deps);
      if (!swapped) {
        deps.logger.debug(
          `${where}: writing the site in place, file by file (${problem ?? "the folder cannot be swapped"})`
        );
        await commitWrite(dir, plan, site.files, deps);
      }
      owned = new Set(plan.manifest.files);
      if (plan.deletes.length > 0)
        deps.logger.info(`${where}: removed ${plan.deletes.length} file(s) the site no longer has`);
      return { status: "saved", changedFiles: plan.changed.length, deleted: plan.deletes };
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const spool of spools) await spool.remove();
      await lock.release();
      if (created) await rmdir(dir).catch(() => void 0);
    }
  };
}
async function planWrite(options, owned, files, unchanged = /* @__PURE__ */ new Set()) {
  const { dir } = options;
  const changed = [];
  const present = new Set(await listFiles(dir));
  for (const rel of files.keys()) {
    if (unchanged.has(rel) && owned.has(rel)) continue;
    const path = join(dir, rel);
    const old = present.has(rel) ? await readFile(path).catch(() => void 0) : void 0;
    if (old !== void 0 && !owned.has(rel) && !options.force) throw foreignFile(dir, rel);
    if (old === void 0 || !sameBody(old, madeOf(files, rel))) changed.push(rel);
  }
  const deletes = [];
  for (const rel of owned) if (!files.has(rel) && await exists(join(dir, rel))) deletes.push(rel);
  const manifest = {
    tool: "aps-usage-report",
    data: options.data,
    files: [...files.keys()].sort()
  };
  const current = await readManifest(dir);
  const manifestCurrent = current !== void 0 && current.data === manifest.data && current.files.join("\n") === manifest.files.join("\n");
  return { changed, deletes: deletes.sort(), manifest, manifestCurrent };
}
async function swapProblem(dir, owned, files) {
  const fromCwd = relative(dir, process.cwd());
  if (fromCwd === "" || !fromCwd.startsWith("..") && !isAbsolute(fromCwd))
    return "it is or holds the current folder";
  const parent = dirname(dir);
  if (parent === dir) return "it is the root of the file system";
  const [self, up] = await Promise.all([lstat(dir), stat(parent)]);
  if (self.isSymbolicLink()) return "it is a symbolic link";
  if (self.dev !== up.dev) return "it is a mount point";
  const foreign = (await listFiles(dir)).find(
    (f) => !owned.has(f) && !files.has(f) && !CONTROL_FILES.has(f) && !TEMP.test(f)
  );
  return foreign === void 0 ? void 0 : `it holds ${foreign}, which this tool does not own`;
}
function swapPaths(dir, id) {
  const stem = join(dirname(dir), `.${basename(dir)}.~aps-${id}`);
  return { next: `${stem}.new`, old: `${stem}.old` };
}
var SWAP_ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(new|old)$/;
var SPOOL_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
async function openSpoolFor(dir) {
  const beside = join(dirname(dir), `.${basename(dir)}.~spool-${randomUUID()}`);
  try {
    await mkdir(beside);
  } catch {
    return openFileSpool(await mkdtemp(join(tmpdir(), "aps-usage-spool-")));
  }
  return openFileSpool(beside);
}
async function removeSpoolLeftovers(dir, deps) {
  const prefix = `.${basename(dir)}.~spool-`;
  const names = await readdir(dirname(dir)).catch(() => []);
  for (const name of names) {
    if (!name.startsWith(prefix) || !SPOOL_ID.test(name.slice(prefix.length))) continue;
    deps.logger.warning(`folder ${dir}: removing the pages a stopped run wrote ahead beside it (${name})`);
    await rm(join(dirname(dir), name), { recursive: true, force: true });
  }
}
async function swapLeftovers(dir) {
  const prefix = `.${basename(dir)}.~aps-`;
  const names = await readdir(dirname(dir)).catch(() => []);
  const found = /* @__PURE__ */ new Map();
  for (const name of names) {
    const match = name.startsWith(prefix) ? SWAP_ID.exec(name.slice(prefix.length)) : null;
    if (!match) continue;
    const left = found.get(match[1]) ?? { id: match[1], next: false, old: false };
    left[match[2] === "new" ? "next" : "old"] = true;
    found.set(left.id, left);
  }
  return [...found.values()];
}
async function commitSwap(dir, plan, files, deps) {
  const { next, old } = swapPaths(dir, randomUUID());
  try {
    await mkdir(next);
  } catch {
    return false;
  }
  const changed = new Set(plan.changed);
  const progress = saveProgress(plan.changed.length, deps);
  let current = ".";
  const making = writeQueue({ files: 4, bytes: Infinity });
  const holding = writeQueue({ bytes: Infinity });
  try {
    await chmod(next, (await stat(dir)).mode & 4095);
    const folders = /* @__PURE__ */ new Set();
    for (const rel of files.keys()) if (dirname(rel) !== ".") folders.add(dirname(rel));
    for (const folder of folders) {
      current = folder;
      await mkdir(join(next, folder), { recursive: true });
    }
    current = ".";
    const lanes = { making: [], holding: [] };
    for (const rel of files.keys())
      lanes[changed.has(rel) && !isHeld(files, rel) ? "making" : "holding"].push(rel);
    const write = async (queue, paths) => {
      for (const rel of paths)
        await writeOne(queue, rel).catch((error) => {
          throw error instanceof WriteFailure ? error : new WriteFailure(rel, error);
        });
      await queue.drain();
    };
    const writeOne = async (queue, rel) => {
      if (changed.has(rel)) {
        const body = madeOf(files, rel);
        await queue.add(rel, heldBytes(body), async () => {
          const existing = await stat(join(dir, rel)).catch(() => void 0);
          if (existing && !existing.isFile())
            throw Object.assign(new Error("not a file"), { code: "EISDIR" });
          await writeBody(join(next, rel), body);
          progress.advance();
        });
      } else {
        await queue.add(rel, 0, async () => {
          if (!await linkOrCopy(join(dir, rel), join(next, rel)))
            await writeBody(join(next, rel), madeOf(files, rel));
        });
      }
    };
    const results = await Promise.allSettled([write(making, lanes.making), write(holding, lanes.holding)]);
    for (const result of results) if (result.status === "rejected") throw result.reason;
    current = LOCK_FILE;
    await linkOrCopy(join(dir, LOCK_FILE), join(next, LOCK_FILE));
    current = MANIFEST_FILE;
    await writeFile(join(next, MANIFEST_FILE), manifestText(plan.manifest));
  } catch (caught) {
    progress.finish();
    await Promise.allSettled([making.drain(), holding.drain()]);
    await rm(next, { recursive: true, force: true });
    throw notWritten(dir, caught, current);
  }
  progress.finish();
  deps.writeStage?.("staged");
  try {
    await rename(dir, old);
  } catch {
    await rm(next, { recursive: true, force: true });
    return false;
  }
  deps.writeStage?.("swapping");
  try {
    await rename(next, dir);
  } catch (error) {
    const placed = await readManifest(dir).catch(() => void 0);
    if (placed?.files.join("\n") !== plan.manifest.files.join("\n")) {
      throw new UserError(
        `cannot put the new site in place at ${dir} (${error.code ?? errorMessage(error)}): it is in ${next}, the previous one in ${old}; the next run puts the new one in place`
      );
    }
  }
  deps.writeStage?.("swapped");
  await rm(old, { recursive: true, force: true });
  deps.writeStage?.("saved");
  return true;
}
async function restoreSwapped(dir, deps) {
  if (await exists(dir)) return;
  for (const left of await swapLeftovers(dir)) {
    if (!left.old) continue;
    const { next, old } = swapPaths(dir, left.id);
    const from = left.next ? next : old;
    try {
      await rename(from, dir);
      deps.logger.warning(
        `folder ${dir}: a previous run was stopped while replacing the site; put ${left.next ? "its new" : "the previous"} site back in place`
      );
    } catch (error) {
      if (!await exists(dir)) throw error;
    }
    return;
  }
}
async function removeSwapLeftovers(dir, deps) {
  for (const left of await swapLeftovers(dir)) {
    const { next, old } = swapPaths(dir, left.id);
    if (left.next && left.old && (await listFiles(dir)).every((f) => CONTROL_FILES.has(f))) {
      for (const name of await readdir(next))
        if (name !== LOCK_FILE) await rename(join(next, name), join(dir, name));
    }
    deps.logger.warning(
      `folder ${dir}: removing what a stopped run left beside it (${basename(left.next ? next : old)})`
    );
    await rm(next, { recursive: true, force: true });
    await rm(old, { recursive: true, force: true });
  }
}
async function commitWrite(dir, plan, files, deps) {
  const tag = `.~aps-${randomUUID()}.tmp`;
  const renames = plan.changed.map((rel) => [rel + tag, rel]);
  const progress = saveProgress(plan.changed.length, deps);
  const queue = writeQueue();
  let current = ".";
  try {
    const made = /* @__PURE__ */ new Set();
    for (const rel of plan.changed) {
      current = rel;
      const path = join(dir, rel);
      if (!made.has(dirname(path))) {
        await mkdir(dirname(path), { recursive: true });
        made.add(dirname(path));
      }
      const body = madeOf(files, rel);
      await queue.add(rel, heldBytes(body), async () => {
        const existing = await stat(path).catch(() => void 0);
        if (existing && !existing.isFile())
          throw Object.assign(new Error("not a file"), { code: "EISDIR", path });
        await writeBody(path + tag, body);
        progress.advance();
      });
    }
    current = ".";
    await queue.drain();
  } catch (caught) {
    progress.finish();
    await queue.drain().catch(() => void 0);
    await Promise.all(renames.map(([temp]) => rm(join(dir, temp), { force: true })));
    throw notWritten(dir, caught, current);
  }
  progress.finish();
  deps.writeStage?.("staged");
  const journal = { renames, deletes: plan.deletes, manifest: plan.manifest };
  await writeAtomically(join(dir, JOURNAL_FILE), JSON.stringify(journal));
  deps.writeStage?.("journalled");
  await applyJournal(dir, journal, deps);
}
async function applyJournal(dir, journal, deps) {
  for (const [temp, target] of journal.renames) {
    await rename(join(dir, temp), join(dir, target)).catch((error) => {
      if (error.code !== "ENOENT") throw error;
    });
    deps.writeStage?.("renaming");
  }
  deps.writeStage?.("renamed");
  for (const rel of journal.deletes) await rm(join(dir, rel), { force: true });
  await writeAtomically(join(dir, MANIFEST_FILE), manifestText(journal.manifest));
  await rm(join(dir, JOURNAL_FILE), { force: true });
  deps.writeStage?.("saved");
}
function notWritten(dir, caught, current) {
  const failed = caught instanceof WriteFailure ? caught : new WriteFailure(current, caught);
  const error = failed.error;
  return new UserError(
    `cannot write the site to ${dir}: ${join(dir, failed.path)}: ${error.code ?? errorMessage(error)}; nothing was replaced, the site there is as it was`
  );
}
function manifestText(manifest) {
  return `${JSON.stringify(manifest, null, 1)}
`;
}
async function recover(dir, deps) {
  await removeSwapLeftovers(dir, deps);
  await removeSpoolLeftovers(dir, deps);
  const text = await readFile(join(dir, JOURNAL_FILE), "utf8").catch(() => void 0);
  if (text !== void 0) {
    let journal;
    try {
      journal = JSON.parse(text);
    } catch {
      journal = void 0;
    }
    if (journal && Array.isArray(journal.renames)) {
      deps.logger.warning(
        `folder ${dir}: a previous run was stopped while replacing the site; completing its write first`
      );
      await applyJournal(dir, journal, {});
    } else {
      await rm(join(dir, JOURNAL_FILE), { force: true });
    }
  }
  const litter = (await listFiles(dir)).filter((f) => TEMP.test(f));
  if (litter.length > 0) {
    deps.logger.warning(`folder ${dir}: removing ${litter.length} temporary file(s) a stopped run left`);
    await Promise.all(litter.map((f) => rm(join(dir, f), { force: true })));
  }
}
async function ownedFiles(options) {
  const manifest = await readManifest(options.dir);
  if (manifest) return new Set(manifest.files);
  return new Set((await listFiles(options.dir)).filter((f) => !CONTROL_FILES.has(f) && isOwnedSitePath(f)));
}
async function checkOwnership(options) {
  const { dir } = options;
  const manifest = await readManifest(dir);
  if (manifest) {
    if (manifest.data !== options.data) throw mixedData(dir, manifest.data, options.data);
    return;
  }
  const files = (await listFiles(dir)).filter((f) => !CONTROL_FILES.has(f) && !TEMP.test(f));
  if (files.length === 0 || options.force) return;
  const legacy = files.includes("data/report.json") && files.every((f) => isOwnedSitePath(f));
  if (!legacy) throw foreignFile(dir, files.find((f) => isOwnedSitePath(f)) ?? files[0]);
}
function foreignFile(dir, rel) {
  return new UserError(
    `output folder ${dir}: ${rel} was not written by aps-usage-report; nothing was written. Use an empty folder or one this tool wrote, or pass --force to write the site over such files.`
  );
}
function mixedData(dir, held, _brought) {
  return new UserError(
    held === "demo" ? `output folder ${dir} holds the demo's made-up data; real usage is never mixed into it. Use another --out (or delete the folder), then run again; nothing was written.` : `output folder ${dir} holds real usage history; the demo never writes its made-up data into it. Use another --out for the demo (for example --out demo-site); nothing was written.`
  );
}
async function readManifest(dir) {
  const text = await readFile(join(dir, MANIFEST_FILE), "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  try {
    const parsed = JSON.parse(text);
    if (parsed.tool === "aps-usage-report" && (parsed.data === "demo" || parsed.data === "real") && Array.isArray(parsed.files) && parsed.files.every((f) => typeof f === "string"))
      return parsed;
  } catch {
  }
  throw new UserError(
    `output folder ${dir}: ${MANIFEST_FILE} is not a manifest this tool wrote; nothing was written. Delete it if the folder holds a site of this tool, or use another folder.`
  );
}
async function acquireLock(dir, waitMs, deps) {
  const file = join(dir, LOCK_FILE);
  const me = {
    pid: process.pid,
    host: hostname(),
    token: randomUUID(),
    since: deps.clock.now().toISOString()
  };
  let waited = 0;
  let missing = 0;
  for (; ; ) {
    try {
      await writeFile(file, JSON.stringify(me), { flag: "wx" });
      return {
        async release() {
          const copies = (await swapLeftovers(dir)).flatMap((left) => {
            const { next, old } = swapPaths(dir, left.id);
            return [join(next, LOCK_FILE), join(old, LOCK_FILE)];
          });
          for (const lock of [file, ...copies])
            if ((await readLock(lock))?.token === me.token) await rm(lock, { force: true });
        }
      };
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" && missing++ < 3) {
        await restoreSwapped(dir, deps);
        await mkdir(dir, { recursive: true });
        continue;
      }
      if (code !== "EEXIST") {
        throw new UserError(
          `output folder ${dir}: cannot create the lock file ${LOCK_FILE} (${error.code ?? errorMessage(error)})`
        );
      }
    }
    const holder = await readLock(file);
    if (holder && holder.host === me.host && !isRunning(holder.pid)) {
      deps.logger.warning(
        `output folder ${dir}: taking over the lock of process ${holder.pid}, which is no longer running (locked since ${holder.since})`
      );
      if ((await readLock(file))?.token === holder.token) await rm(file, { force: true });
      continue;
    }
    const who = holder ? `process ${holder.pid} on ${holder.host} (since ${holder.since})` : "another run";
    if (waited >= waitMs) {
      throw new UserError(
        `output folder ${dir} is locked by ${who}; gave up after ${Math.round(waited / 1e3)} s, nothing was written. If no other run is going on, delete ${join(dir, LOCK_FILE)}.`
      );
    }
    if (waited === 0) deps.logger.info(`output folder ${dir} is locked by ${who}; waiting for it to finish`);
    await deps.sleep(LOCK_STEP_MS);
    waited += LOCK_STEP_MS;
  }
}
async function readLock(file) {
  try {
    const parsed = JSON.parse(await readFile(file, "utf8"));
    return typeof parsed.pid === "number" && typeof parsed.token === "string" ? { pid: parsed.pid, host: String(parsed.host), token: parsed.token, since: String(parsed.since) } : void 0;
  } catch {
    return void 0;
  }
}
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function writeAtomically(file, content) {
  const temp = `${file}.~aps-${randomUUID()}.tmp`;
  await writeFile(temp, content);
  await rename(temp, file);
}
async function exists(path) {
  return await stat(path).catch(() => void 0) !== void 0;
}
async function checkOutDir(outDir) {
  const found = await stat(outDir).catch(() => void 0);
  if (found && !found.isDirectory())
    throw new UserError(
      `output folder ${outDir}: is a file; expected a folder (or a path that does not exist yet)`
    );
}
function saveProgress(total, deps) {
  return startProgress({
    label: "save",
    total,
    unit: "files written",
    log: (line) => deps.logger.info(line),
    now: () => deps.clock.now().getTime()
  });
}

// src/config/template-overrides.ts
import { readdir as readdir2, readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
async function loadTemplateOverrides(dir) {
  const templates = {};
  const partials = {};
  let names;
  try {
    names = await readdir2(dir);
  } catch (error) {
    throw new UserError(
      `report.templates: cannot read the folder ${dir}: ${error.code}`
    );
  }
  for (const name of names.filter((n) => n.endsWith(".hbs"))) {
    templates[name.slice(0, -".hbs".length)] = await readFile2(join2(dir, name), "utf8");
  }
  const partialNames = await readdir2(join2(dir, "partials")).catch(() => []);
  for (const name of partialNames.filter((n) => n.endsWith(".hbs"))) {
    partials[name.replace(/(\.html)?\.hbs$/, "")] = await readFile2(join2(dir, "partials", name), "utf8");
  }
  return { templates, partials };
}

// src/run-setup.ts
async function openRun(options, range, deps) {
  const { config, publish } = options;
  const dryRun = options.dryRun ?? false;
  const outDir = resolve(options.outDir);
  const pages = publish.has("pages") ? await import("./pages-setup-BJOCCUIS.js") : void 0;
  const siteUrl = config.report.siteUrl ?? pages?.guessSiteUrl(options);
  const publishContext2 = {
    config,
    github: options.github,
    dryRun,
    ...siteUrl ? { siteUrl } : {}
  };
  const publishers = await loadPublishers(publish, publishContext2);
  const overrides = config.report.templates ? await loadTemplateOverrides(resolve(options.configDir, config.report.templates)) : void 0;
  const folder = await openFolderStore(
    {
      dir: outDir,
      data: options.data ?? (config.source === "demo" ? "demo" : "real"),
      dryRun,
      readOnly: !publish.has("files"),
      ...options.force ? { force: true } : {}
    },
    deps
  );
  const branch = pages ? await pages.openConfiguredPagesStore(options, range, deps) : void 0;
  return {
    outDir,
    history: branch ?? folder,
    ...branch && publish.has("files") ? { copy: folder } : {},
    ...siteUrl ? { siteUrl } : {},
    siteInput: { config, ...siteUrl ? { siteUrl } : {}, ...overrides ? { overrides } : {} },
    publishContext: publishContext2,
    publishers,
    async close() {
      await branch?.close();
      await folder.close();
    }
  };
}

// src/model/public-ids.ts
import { createHash } from "node:crypto";
var HASH_DIGITS = 10;
function publicAppId(appId) {
  return `app-${createHash("sha256").update(appId, "utf8").digest("hex").slice(0, HASH_DIGITS)}`;
}
function publicIds(appIds) {
  const ids = /* @__PURE__ */ new Map();
  const owner = /* @__PURE__ */ new Map();
  for (const id of appIds) {
    if (ids.has(id)) continue;
    const hash = publicAppId(id);
    const other = owner.get(hash);
    if (other !== void 0)
      throw new UserError(`report.showIds: two client ids share the hash ${hash}; set report.showIds: true`);
    owner.set(hash, id);
    ids.set(id, hash);
  }
  return ids;
}
function hideTableIds(input) {
  const { table } = input;
  const seen = new Uint8Array(table.apps.length);
  const ids = [];
  for (let i = 0; i < table.length; i++) {
    const a = table.app[i];
    if (seen[a]) continue;
    seen[a] = 1;
    ids.push(table.apps[a].id);
  }
  const hider = idHider(input, ids);
  return {
    table: table.withAppTexts((a) => ({ id: hider.hide(a.id), name: hider.name(a.name, a.id) })),
    ...hider.others
  };
}
function idHider(input, recordIds) {
  const ids = publicIds([...input.statuses.map((s) => s.id), ...input.apps.map((a) => a.id), ...recordIds]);
  const hide = (id) => ids.get(id);
  const byLength = [...ids].sort(([a], [b]) => b.length - a.length);
  const scrub = (text) => byLength.reduce((t, [id, hash]) => t.split(id).join(hash), text);
  const names = /* @__PURE__ */ new Map();
  const name = (appName, id) => {
    if (appName === "" || appName === id) return hide(id);
    let hidden = names.get(appName);
    if (hidden === void 0) names.set(appName, hidden = scrub(appName));
    return hidden;
  };
  return {
    hide,
    name,
    others: {
      statuses: input.statuses.map((s) => {
        const hidden = { ...s, id: hide(s.id), name: name(s.name, s.id) };
        if (s.error !== void 0) hidden.error = scrub(s.error);
        return hidden;
      }),
      apps: input.apps.map((a) => ({ ...a, id: hide(a.id) }))
    }
  };
}

// src/model/rates.ts
function roundTokens(n) {
  return Math.round(n * 1e6) / 1e6;
}
function applyTableRates(table, rates) {
  const out = table.withTokens(table.tokens.slice(0, table.length), table.flags.slice(0, table.length));
  const changed = /* @__PURE__ */ new Set();
  const rateOf = table.features.map((f) => Object.hasOwn(rates, f.id) ? rates[f.id] : void 0);
  for (let i = 0; i < out.length; i++) {
    const estimated = out.estimated(i);
    if (!estimated && !Number.isNaN(out.tokens[i])) continue;
    const rate = rateOf[out.feature[i]];
    if (!rate) {
      if (!estimated) continue;
      out.tokens[i] = NaN;
      out.flags[i] = flagsOf(false, out.charged(i));
    } else {
      const tokens = roundTokens(out.quantity[i] * rate.tokensPerUnit);
      if (estimated && out.tokens[i] === tokens) continue;
      out.tokens[i] = tokens;
      out.flags[i] = flagsOf(true, out.charged(i));
    }
    changed.add(out.date(i).slice(0, 7));
  }
  return { table: out, changed };
}

// src/site-cache.ts
var TOOL = `${VERSION} ${BUILD}`;
async function keptBytes(stored, path, key) {
  const recorded = recordedWith(stored, path, key);
  const bytes = recorded && await stored.read(path);
  return bytes && sha256Hex(bytes) === recorded.bytes ? bytes : void 0;
}
function keptFile(stored, path, key) {
  const recorded = recordedWith(stored, path, key);
  return recorded !== void 0 && stored.digest(path) === recorded.bytes;
}
function recordedWith(stored, path, key) {
  const recorded = stored?.records.get(path);
  return recorded?.key === key ? recorded : void 0;
}
function pageCache(stored) {
  return { tool: TOOL, keep: (path, key) => keptBytes(stored, path, key) };
}
function spreadsheetKey(exportKey) {
  return sha256Hex(`spreadsheet copy
${TOOL}
${exportKey}`);
}

// src/site.ts
async function buildSite(input) {
  const { config } = input;
  const stored = input.stored ?? EMPTY_HISTORY;
  const merged = mergeIntoTable(stored.records, input.fetched.records);
  const rated = applyTableRates(merged.table, config.rates);
  let history = rated.table;
  if (config.history.keepDays) history = applyTableRetention(history, config.history.keepDays, input.asOf);
  const idFree = !config.report.showIds;
  const hidden = idFree ? hideTableIds({ table: history, statuses: input.fetched.apps, apps: config.apps }) : null;
  const siteConfig = hidden ? { ...config, apps: [...hidden.apps] } : config;
  const data = historyFileContents(
    history,
    stored,
    (month) => !merged.touched.has(month) && !rated.changed.has(month)
  );
  const publicCopies = hidden ? publicExportFiles(hidden.table) : null;
  const downloads = publicCopies ? publicCopies.files : data.files;
  const downloadRanges = publicCopies ? publicCopies.ranges : data.ranges;
  const siteUrl = config.report.siteUrl ?? input.siteUrl;
  const modelInput = {
    records: hidden ? hidden.table : history,
    range: input.range,
    asOf: input.asOf,
    statuses: hidden ? hidden.statuses : input.fetched.apps,
    config: siteConfig
  };
  const notes = configNotes(siteConfig);
  const cache = pageCache(stored.files);
  const overrides = input.overrides ? { templates: input.overrides.templates, partials: input.overrides.partials } : {};
  const apps = Math.max(modelInput.records.appIds.length, modelInput.statuses.length);
  const pages = !input.drawChart && worthAHelper(apps, modelInput.records.length);
  const months = input.startHelper && input.spool && !idFree ? monthsToMake(data.ranges, input.spool) : void 0;
  const helper = input.startHelper && (pages || months) ? await input.startHelper({
    history: modelInput.records.columns(),
    ...pages ? {
      pages: {
        model: withoutRecords(modelInput),
        render: { notes, tool: cache.tool, ...overrides },
        recorded: recordedKeys(stored.files)
      }
    } : {},
    ...months ? { months } : {}
  }) : void 0;
  let model;
  let rendered;
  let helped;
  try {
    model = buildModel(modelInput);
    rendered = await renderSite(model, {
      dataFiles: [...downloads.keys()],
      ...idFree ? { idFreeDownloads: true } : {},
      notes,
      ...input.onPage ? { onPage: input.onPage } : {},
      ...input.drawChart ? { drawChart: input.drawChart } : {},
      cache,
      ...helper && pages ? { helper } : {},
      ...input.spool ? { spool: input.spool } : {},
      ...overrides,
      ...siteUrl ? { siteUrl } : {}
    });
    if (helper && months) {
      const taken = takeMonthsLeft(months);
      helped = spooledMonths(months.list.slice(0, taken), await helper.months(), input.spool);
    }
  } finally {
    await helper?.close();
  }
  const sheets = /* @__PURE__ */ new Map();
  for (const path of downloads.keys()) {
    const content = downloads.get(path);
    const exportKey = data.kept.has(path) ? stored.months.get(monthOfExport(path))?.key : typeof content === "string" ? csvKey(content) : void 0;
    const sheet = spreadsheetPathOf(path);
    const key = exportKey && spreadsheetKey(exportKey);
    if (key && keptFile(stored.files, sheet, key)) sheets.set(sheet, stored.files.records.get(sheet));
  }
  const files = siteFiles(
    data.files,
    data.snapshots,
    { files: downloads, ranges: downloadRanges },
    rendered.files,
    sheets,
    helped ?? /* @__PURE__ */ new Map()
  );
  files.set(FILES_RECORD, () => formatFilesRecord(new Map([...rendered.pages, ...files.sheetRecords()])));
  return {
    model,
    files,
    summary: rendered.summary,
    summaryWithin: rendered.summaryWithin,
    // Kept pages and copies are the bytes just read from the store: it need not compare or write them either.
    unchanged: /* @__PURE__ */ new Set([...data.kept, ...rendered.kept, ...sheets.keys()]),
    keptPages: rendered.kept,
    history,
    merge: {
      added: merged.added,
      changed: merged.changed,
      unchanged: merged.unchanged,
      records: history.length
    }
  };
}
function monthsToMake(ranges, spool) {
  const months = [...ranges].map(([path, range]) => {
    const { from, to } = range();
    return {
      path,
      month: monthOfExport(path),
      from,
      to,
      files: { export: spool.reserve(), snapshot: spool.reserve(), sheet: spool.reserve() }
    };
  });
  const rows = months.reduce((sum, m) => sum + (m.to - m.from), 0);
  return worthHelperMonths(rows) ? { list: months, next: monthCounter() } : void 0;
}
function withoutRecords(input) {
  const { records: _records, ...rest } = input;
  return rest;
}
function monthOfExport(path) {
  return path.slice(-11, -4);
}
function spooledMonths(asked, made, spool) {
  const byPath = new Map(made.map((m) => [m.path, m]));
  const out = /* @__PURE__ */ new Map();
  for (const m of asked) {
    const done = byPath.get(m.path);
    if (!done) throw new Error(`page helper: ${m.path} was not made`);
    out.set(m.path, {
      export: spool.adopt(m.files.export, done.sizes.export),
      snapshot: spool.adopt(m.files.snapshot, done.sizes.snapshot),
      sheet: spool.adopt(m.files.sheet, done.sizes.sheet),
      sheetRecord: { key: spreadsheetKey(done.key), bytes: done.sheetDigest }
    });
  }
  return out;
}
function recordedKeys(stored) {
  return new Map([...stored?.records ?? []].map(([path, record]) => [path, record.key]));
}
function siteFiles(data, snapshots, downloads, pages, keptSheets, helped) {
  const files = new SiteFileMap();
  const made = /* @__PURE__ */ new Map();
  const exports = /* @__PURE__ */ new Map();
  let last;
  const exportBody = (path, content) => {
    if (typeof content !== "function") return content;
    if (last?.path !== path) last = { path, body: content() };
    return last.body;
  };
  const exportKey = (path, content) => {
    const body = exportBody(path, content);
    if (last?.path !== path || last.body !== body) return { body, key: csvKey(body) };
    return { body, key: last.key ??= csvKey(body) };
  };
  const lazy = (path, content) => typeof content !== "function" ? content : () => exportBody(path, content);
  const spreadsheet = (path, content) => {
    const sheet = spreadsheetPathOf(path);
    const range = downloads.ranges.get(path);
    const make = () => {
      const { body, key } = exportKey(path, content);
      return new ChunkedFile(function* () {
        const bytes = yield* spreadsheetCopy(body, range);
        if (!keptSheets.has(sheet)) made.set(sheet, { key: spreadsheetKey(key), bytes });
      });
    };
    exports.set(sheet, make);
    files.set(sheet, make);
  };
  for (const [path, content] of data) {
    const month = helped.get(path);
    if (month) {
      files.set(path, month.export);
      files.set(snapshots.get(path).path, month.snapshot);
      files.set(spreadsheetPathOf(path), month.sheet);
      continue;
    }
    files.set(path, lazy(path, content));
    const snapshot = snapshots.get(path);
    if (snapshot) files.set(snapshot.path, () => snapshot.content(exportKey(path, content).key));
    if (downloads.files === data) spreadsheet(path, content);
  }
  if (downloads.files !== data)
    for (const [path, content] of downloads.files) {
      files.set(path, lazy(path, content));
      spreadsheet(path, content);
    }
  for (const [path, content] of pages.contents()) files.set(path, content);
  const sheetRecords = () => {
    const out = /* @__PURE__ */ new Map();
    for (const [path, month] of helped) out.set(spreadsheetPathOf(path), month.sheetRecord);
    for (const [sheet, make] of exports) {
      if (!keptSheets.has(sheet) && !made.has(sheet)) for (const _chunk of make().chunks()) ;
      out.set(sheet, keptSheets.get(sheet) ?? made.get(sheet));
    }
    return out;
  };
  return Object.assign(files, { sheetRecords });
}
function configNotes(config) {
  const apps = new Map(config.apps.flatMap((a) => a.notes ? [[a.id, a.notes]] : []));
  return { ...config.report.notes ? { report: config.report.notes } : {}, apps };
}

// src/sources/index.ts
var SOURCES = {
  demo: async () => (await import("./demo-XEUIYLTF.js")).demoSource,
  file: async () => (await import("./file-RSV6JDGD.js")).fileSource,
  aps: async () => (await import("./aps-HWTRLPIT.js")).apsSource
};
async function loadSource(name) {
  return SOURCES[name]();
}

// src/pipeline.ts
async function runReport(options, deps) {
  const { logger } = deps;
  const { period, report } = options.config;
  const now = deps.clock.now();
  const today = options.today ?? todayIn(report.timezone, now);
  const complete = options.today ?? lastCompleteDay(now, report.timezone);
  const wanted = options.range ?? resolvePeriod(period, today, complete);
  const run = await openRun(options, wanted, deps);
  try {
    let stored = await logger.group(`Read the history (${run.history.where})`, () => readHistory(run, deps));
    const fetched = await logger.group(
      `Fetch usage (${options.config.source}, ${wanted.from} to ${wanted.to})`,
      () => fetchUsage(options, wanted, stored, deps)
    );
    const asOf = decideAsOf(complete, fetched.asOf);
    const range = options.range ?? resolvePeriod(period, today, asOf);
    const spool = await run.history.openSpool?.();
    const build = (history) => withPageProgress(
      deps,
      (onPage) => buildSite({
        ...run.siteInput,
        stored: history,
        fetched,
        range,
        asOf,
        onPage,
        ...deps.drawChart ? { drawChart: deps.drawChart } : {},
        ...deps.startPageHelper ? { startHelper: deps.startPageHelper } : {},
        ...spool ? { spool } : {}
      })
    );
    let site = await logger.group("Build the site", () => build(stored));
    let saved = await logger.group(`Save the site (${run.history.where})`, () => run.history.save(site));
    let attempts = 1;
    while (saved.status === "rejected") {
      stored = await readHistory(run, deps);
      site = await build(stored);
      saved = await run.history.save(site);
      attempts++;
    }
    const copied = run.copy && await logger.group(`Write the site (${run.copy.where})`, () => saveCopy(run, site));
    const published = await publishAll(run.publishers, site, publishContext(run, site), deps);
    return runResult({ run, site, fetched, saved, attempts, copied, published, logger });
  } finally {
    await run.close();
  }
}
async function withPageProgress(deps, build) {
  const progress = startProgress({
    label: "render",
    total: 0,
    unit: "pages",
    log: (line) => deps.logger.info(line),
    now: () => deps.clock.now().getTime()
  });
  let seen = 0;
  try {
    return await build((done, total) => {
      progress.setTotal(total);
      progress.advance(done - seen);
      seen = done;
    });
  } finally {
    progress.finish();
  }
}
function saveCopy(run, site) {
  return run.copy.save({ files: site.files });
}
function publishContext(run, site) {
  const failed = site.model.apps.filter((a) => a.status === "failed").map((a) => a.id);
  return { ...run.publishContext, failedAppIds: failed };
}
function runResult(r) {
  const { run, site, saved } = r;
  r.logger.info(
    `history: ${count(site.merge.records, "record")} (${site.merge.added} new, ${site.merge.changed} corrected, ${site.merge.unchanged} unchanged)`
  );
  const onPages = run.history.target === "pages";
  const failed = failedApps(r.fetched);
  return {
    model: site.model,
    summary: site.summary,
    outDir: run.outDir,
    files: site.files,
    apps: r.fetched.apps,
    failedApps: failed,
    exitCode: failed.length > 0 ? 2 : 0,
    merge: site.merge,
    written: (onPages ? r.copied : saved)?.changedFiles ?? 0,
    ...onPages ? {
      pages: {
        ...saved,
        changed: saved.status === "saved",
        attempts: r.attempts,
        ...run.siteUrl ? { url: run.siteUrl } : {}
      }
    } : {},
    ...r.published.issue ? { issues: r.published.issue } : {},
    ...r.published.summary ? { jobSummary: r.published.summary } : {}
  };
}
async function readHistory(run, deps) {
  const stored = await run.history.read();
  deps.logger.info(
    stored.records.length ? `${count(stored.records.length, "stored record")}` : "no stored history yet"
  );
  return stored;
}
function failedApps(fetched) {
  return fetched.apps.filter((a) => a.status === "failed");
}
async function fetchUsage(options, range, stored, deps) {
  const source = await loadSource(options.config.source);
  const result = await source.fetch(
    {
      config: options.config,
      range,
      history: stored.records,
      baseDir: options.configDir,
      ...options.recordDir ? { recordDir: resolve2(options.recordDir) } : {}
    },
    deps
  );
  if (result.apps.length > 0 && result.apps.every((a) => a.status === "failed")) {
    throw new UserError(
      `every app failed, nothing was published:
${result.apps.map((a) => `  - ${a.name} (${a.id}): ${a.error ?? "failed"}`).join("\n")}`
    );
  }
  for (const app of failedApps(result))
    deps.logger.warning(`app ${app.name} (${app.id}) failed: ${app.error ?? "unknown error"}`);
  const negative = describeNegativeUsage(result.records);
  if (negative) deps.logger.warning(negative);
  deps.logger.info(`${count(result.records.length, "record")} from ${count(result.apps.length, "app")}`);
  return result;
}

export {
  runReport
};
