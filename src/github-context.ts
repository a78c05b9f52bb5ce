/**
 * The GitHub side of the environment — `GITHUB_*` and `RUNNER_*` — read once, by a front end, into one typed value.
 * Nothing past the front ends reads these variables.
 */
import { UserError } from './errors.js';

export interface GitHubRepository {
  owner: string;
  repo: string;
}

export interface GitHubContext {
  /** Running inside GitHub Actions (`GITHUB_ACTIONS=true`): commits are made as github-actions[bot]. */
  actions: boolean;
  /** `GITHUB_REPOSITORY`, parsed; undefined when unset or not `owner/name` (see `repositoryProblem`). */
  repository?: GitHubRepository;
  /** Why there is no repository, for the error of a target that needs one. */
  repositoryProblem?: string;
  /** Web root (`GITHUB_SERVER_URL`, GitHub Enterprise Server included), without a trailing slash. */
  serverUrl: string;
  /** REST API root (`GITHUB_API_URL`), without a trailing slash. */
  apiUrl: string;
  /** The token for issues and for pushing to the workflow's repository (the github-token input or GITHUB_TOKEN). */
  token?: string;
  /** Where temporary clones go (`RUNNER_TEMP`); default the OS temp folder. */
  tempDir?: string;
  /** The step's job summary file (`GITHUB_STEP_SUMMARY`). */
  stepSummary?: string;
  /** The run's orchestration id (`ACTIONS_ORCHESTRATION_ID`), which GitHub asks API clients to send in the user agent. */
  orchestrationId?: string;
}

const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;

export function readGitHubContext(
  env: Record<string, string | undefined>,
  token: string | undefined = env.GITHUB_TOKEN,
): GitHubContext {
  const raw = env.GITHUB_REPOSITORY?.trim();
  const match = raw ? REPOSITORY.exec(raw) : null;
  return {
    actions: env.GITHUB_ACTIONS === 'true',
    ...(match ? { repository: { owner: match[1]!, repo: match[2]! } } : {}),
    ...(match
      ? {}
      : {
          repositoryProblem: raw
            ? `GITHUB_REPOSITORY: expected owner/name, got ${JSON.stringify(raw)}`
            : 'GITHUB_REPOSITORY is not set; expected the repository as owner/name',
        }),
    serverUrl: trimSlashes(env.GITHUB_SERVER_URL || 'https://github.com'),
    apiUrl: trimSlashes(env.GITHUB_API_URL || 'https://api.github.com'),
    ...(token ? { token } : {}),
    ...(env.RUNNER_TEMP ? { tempDir: env.RUNNER_TEMP } : {}),
    ...(env.GITHUB_STEP_SUMMARY ? { stepSummary: env.GITHUB_STEP_SUMMARY } : {}),
    ...(env.ACTIONS_ORCHESTRATION_ID?.trim() ? { orchestrationId: env.ACTIONS_ORCHESTRATION_ID.trim() } : {}),
  };
}

/** The repository, or an error naming what `need`s it and what is wrong. */
export function requireRepository(github: GitHubContext, need: string): GitHubRepository {
  if (github.repository) return github.repository;
  throw new UserError(`${need}: ${github.repositoryProblem ?? 'no repository'}`);
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}
