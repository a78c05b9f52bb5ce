/**
 * The action front end: the only place that reads inputs and fails the step. Everything else is the pipeline.
 */
import * as core from '@actions/core';
import { dirname, resolve } from 'node:path';
import { readConfigFile } from '../config/load.js';
import { realSleep, systemClock, type Deps, type Logger } from '../deps.js';
import { errorMessage } from '../errors.js';
import { keepAliveFetch } from '../http.js';
import { runReport, type PublishTarget } from '../pipeline.js';
import { readInputs, type ActionInputs } from './inputs.js';

export async function runAction(): Promise<void> {
  const logger = createActionLogger();
  let inputs: ActionInputs | undefined;
  try {
    inputs = readInputs(core.getInput, logger);
    const deps: Deps = {
      logger,
      env: { ...process.env, ...inputs.env },
      clock: systemClock,
      sleep: realSleep,
      fetch: keepAliveFetch,
      random: Math.random,
    };
    const configPath = resolve(inputs.config);
    const config = await readConfigFile(configPath);
    if (inputs.period) config.period = inputs.period;
    const outDir = resolve(process.env.RUNNER_TEMP ?? '.', 'aps-usage-report', 'site');
    const publish = new Set<PublishTarget>(['files', ...inputs.publish]);
    const result = await runReport(
      {
        config,
        configDir: dirname(configPath),
        outDir,
        publish,
        dryRun: inputs.dryRun,
        ...(inputs.recordDir ? { recordDir: resolve(inputs.recordDir) } : {}),
        onRefreshToken: (token) => {
          core.setSecret(token);
          core.setOutput('refresh-token', token);
          logger.warning(
            'APS rotated the refresh token: the old one no longer works. Store the refresh-token output back into ' +
              'your secret (see README, "Refresh token") before the next run.',
          );
        },
      },
      deps,
    );
    if (inputs.publish.includes('summary') && !inputs.dryRun) {
      await core.summary.addRaw(result.summary).write();
    }
    core.setOutput('report-dir', result.outDir);
    core.setOutput('total-tokens', String(result.model.totals.tokens));
    core.setOutput(
      'failed-apps',
      JSON.stringify(result.failedApps.map((a) => ({ id: a.id, name: a.name, error: a.error }))),
    );
    if (result.failedApps.length > 0) {
      const message = `${result.failedApps.length} app(s) failed: ${result.failedApps.map((a) => `${a.name}: ${a.error ?? ''}`).join('; ')}`;
      if (inputs.failOnAppError) core.setFailed(message);
      else logger.warning(`${message} (the report marks them; set fail-on-app-error: true to fail the step)`);
    }
  } catch (error) {
    core.setOutput('failed-apps', '[]');
    core.setFailed(errorMessage(error));
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
