/**
 * The two files `aps-usage-report init` writes: a commented starter config and a scheduled workflow. Plain
 * constants (no templating): what a user gets is exactly what is read here. Pure module.
 */

/** Where the action is published; `uses:` in the starter workflow and the schema URL in the starter config. */
export const ACTION_REPOSITORY = 'aps-usage-report/aps-usage-report';
export const ACTION_MAJOR = 'v1';

export const CONFIG_FILE = '.github/aps-usage.yml';
export const WORKFLOW_FILE = '.github/workflows/aps-usage.yml';

const SCHEMA_URL = `https://raw.githubusercontent.com/${ACTION_REPOSITORY}/${ACTION_MAJOR}/schema/config.schema.json`;

export const STARTER_CONFIG = `# yaml-language-server: $schema=${SCHEMA_URL}
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
  # title: APS usage # default: "APS usage", or "APS 使用状況" with locale ja
  locale: en # en or ja
  timezone: UTC

# Options of the targets chosen by the workflow's \`publish\` input.
publish:
  pages: { branch: gh-pages } # the site and its history
  issue: { labels: [aps-usage] } # one usage issue per month, updated in place, and alert issues
`;

export const STARTER_WORKFLOW = `# Daily APS usage report: fetches the usage of every app in ${CONFIG_FILE}, keeps the history and the site
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
