/**
 * The action front end: the only place that reads inputs, sets outputs and fails the step. Everything else is the
 * pipeline.
 */
import * as core from '@actions/core';
import { dirname, resolve } from 'node:path';
import { readConfigFile } from '../config/load.js';
import { realSleep, systemClock, type Deps, type Logger } from '../deps.js';
import { helpersOf } from '../page-helper.js';
import { errorMessage } from '../errors.js';
import { createHttpFetch } from '../http.js';
import { readGitHubContext } from '../github-context.js';
import { runReport, type PublishTarget, type RunResult } from '../pipeline.js';
import { credentialsFromEnv } from '../sources/aps/credentials.js';
import { readInputs } from './inputs.js';

/** Every output, so that later steps can rely on each being set — also on failure. */
const EMPTY_OUTPUTS = {
  'report-dir': '',
  'pages-url': '',
  'issue-url': '',
  'issue-number': '',
  'alert-issues': '[]',
  'total-tokens': '',
  'failed-apps': '[]',
} as const;

/** `helperScript`: the helper thread's script (`dist/page-helper.js`), given by the bundle's entry. */
export async function runAction(helperScript?: URL): Promise<void> {
  const logger = createActionLogger();
  for (const [name, value] of Object.entries(EMPTY_OUTPUTS)) core.setOutput(name, value);
  try {
    const inputs = readInputs(core.getInput, logger);
    const github = readGitHubContext(process.env, inputs.githubToken || process.env.GITHUB_TOKEN);
    const deps: Deps = {
      logger,
      env: process.env,
      // An input wins over the variable of the same credential.
      credentials: { ...credentialsFromEnv(process.env), ...inputs.credentials },
      saveRefreshToken: async (token) => {
        core.setSecret(token);
        core.setOutput('refresh-token', token);
        logger.warning(
          'APS rotated the refresh token: the old one no longer works. Store the refresh-token output back into ' +
            'your secret (see docs/authentication.md) before the next run.',
        );
      },
      clock: systemClock,
      sleep: realSleep,
      fetch: createHttpFetch(process.env),
      random: Math.random,
      ...helpersOf(helperScript),
    };
    const configPath = resolve(inputs.config);
    const config = await readConfigFile(configPath);
    if (inputs.period) config.period = inputs.period;
    const outDir = resolve(github.tempDir ?? '.', 'aps-usage-report', 'site');
    if (inputs.dryRun) logger.info('dry run: nothing will be pushed and nothing written to GitHub');
    const result = await runReport(
      {
        config,
        configDir: dirname(configPath),
        outDir,
        publish: new Set<PublishTarget>(['files', ...inputs.publish]),
        dryRun: inputs.dryRun,
        github,
        ...(inputs.recordDir ? { recordDir: resolve(inputs.recordDir) } : {}),
      },
      deps,
    );
    setOutputs(result);
    if (result.failedApps.length > 0) {
      const message = `${result.failedApps.length} app(s) failed: ${result.failedApps.map((a) => `${a.name}: ${a.error ?? ''}`).join('; ')}`;
      if (inputs.failOnAppError) core.setFailed(message);
      else logger.warning(`${message} (the report marks them; set fail-on-app-error: true to fail the step)`);
    }
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

function setOutputs(result: RunResult): void {
  core.setOutput('report-dir', result.outDir);
  core.setOutput('total-tokens', String(result.model.totals.tokens));
  core.setOutput(
    'failed-apps',
    JSON.stringify(result.failedApps.map((a) => ({ id: a.id, name: a.name, error: a.error }))),
  );
  if (result.pages?.url) core.setOutput('pages-url', result.pages.url);
  if (result.issues) {
    core.setOutput('issue-url', result.issues.issue.url ?? '');
    core.setOutput(
      'issue-number',
      result.issues.issue.number === null ? '' : String(result.issues.issue.number),
    );
    core.setOutput(
      'alert-issues',
      JSON.stringify(
        result.issues.alerts.map((a) => ({
          kind: a.kind,
          appId: a.appId,
          number: a.number,
          url: a.url,
          action: a.action,
        })),
      ),
    );
  }
}

function createActionLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    group: (name, fn) => core.group(name, fn),
    setSecret: (v) => {
      if (v) core.setSecret(v);
    },
  };
}
