import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  JOB_SUMMARY_LIMIT
} from "./chunk-FDN5BUUZ.js";
import {
  UserError
} from "./chunk-NSGCSQYJ.js";
import "./chunk-FA6EQWUK.js";

// src/publish/summary.ts
import { appendFile } from "node:fs/promises";
var summaryPublisher = {
  target: "summary",
  check(context) {
    if (!context.github.stepSummary) {
      throw new UserError(
        "publish: summary needs GITHUB_STEP_SUMMARY, the job summary file a GitHub Actions runner sets; outside a workflow, use summary.md in the output folder"
      );
    }
  },
  async publish(site, context, deps) {
    const markdown = site.summaryWithin(JOB_SUMMARY_LIMIT, utf8Length);
    if (context.dryRun) {
      deps.logger.info(`dry run: would write the job summary (${utf8Length(markdown)} bytes)`);
      return { bytes: 0 };
    }
    return writeJobSummary(markdown, fileSummaryWriter(context.github.stepSummary));
  }
};
async function writeJobSummary(markdown, summary) {
  const bytes = utf8Length(markdown);
  if (bytes > JOB_SUMMARY_LIMIT) {
    throw new UserError(
      `job summary: the Markdown is ${bytes} bytes, over GitHub's limit of ${JOB_SUMMARY_LIMIT} bytes per step; the renderer must step down detail before publishing (this is a bug \u2014 please report it).`
    );
  }
  await summary.addRaw(markdown, true).write();
  return { bytes };
}
function fileSummaryWriter(file) {
  let buffer = "";
  const writer = {
    addRaw(text, addEOL = false) {
      buffer += text + (addEOL ? "\n" : "");
      return writer;
    },
    async write() {
      const text = buffer;
      buffer = "";
      await appendFile(file, text, "utf8");
    }
  };
  return writer;
}
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}
export {
  JOB_SUMMARY_LIMIT,
  fileSummaryWriter,
  summaryPublisher,
  writeJobSummary
};
