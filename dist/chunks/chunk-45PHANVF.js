import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UserError
} from "./chunk-NSGCSQYJ.js";

// src/github-context.ts
var REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
function readGitHubContext(env, token = env.GITHUB_TOKEN) {
  const raw = env.GITHUB_REPOSITORY?.trim();
  const match = raw ? REPOSITORY.exec(raw) : null;
  return {
    actions: env.GITHUB_ACTIONS === "true",
    ...match ? { repository: { owner: match[1], repo: match[2] } } : {},
    ...match ? {} : {
      repositoryProblem: raw ? `GITHUB_REPOSITORY: expected owner/name, got ${JSON.stringify(raw)}` : "GITHUB_REPOSITORY is not set; expected the repository as owner/name"
    },
    serverUrl: trimSlashes(env.GITHUB_SERVER_URL || "https://github.com"),
    apiUrl: trimSlashes(env.GITHUB_API_URL || "https://api.github.com"),
    ...token ? { token } : {},
    ...env.RUNNER_TEMP ? { tempDir: env.RUNNER_TEMP } : {},
    ...env.GITHUB_STEP_SUMMARY ? { stepSummary: env.GITHUB_STEP_SUMMARY } : {},
    ...env.ACTIONS_ORCHESTRATION_ID?.trim() ? { orchestrationId: env.ACTIONS_ORCHESTRATION_ID.trim() } : {}
  };
}
function requireRepository(github, need) {
  if (github.repository) return github.repository;
  throw new UserError(`${need}: ${github.repositoryProblem ?? "no repository"}`);
}
function trimSlashes(url) {
  return url.replace(/\/+$/, "");
}

export {
  readGitHubContext,
  requireRepository
};
