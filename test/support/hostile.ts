/**
 * A history whose every name is an attack: HTML and script injection, Markdown control characters, GitHub
 * mentions and issue links, quotes and newlines — in app ids and names, feature ids and names, API names, an
 * app's error and the report title.
 */
import type { UsageRecord } from '../../src/model/records.js';
import type { ReportModel } from '../../src/model/types.js';
import { syntheticModel, syntheticRecords } from './site.js';

export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '| * _ [x](javascript:alert(1))',
  '@org/team',
  '#1',
  `"double" 'single' \`tick\``,
  'line1\nline2\r\nline3',
  '```\n@org/team #2 ~~~',
  '<svg onload=alert(1)>',
  ']]></text><script>alert(2)</script>',
  // GitHub links GH-123 as it links #123, and mentions a team in an issue title too.
  'GH-2 @evil-org/all-staff',
];

export const HOSTILE_TITLE = '<script>alert("title")</script> | @org/team #3';
export const HOSTILE_ERROR = '<img src=x onerror=alert(3)> | @org/team\n#4';

export function hostileRecords(): UsageRecord[] {
  const features = HOSTILE_NAMES.slice(0, 4).map((name, k) => ({
    id: `feat-${k}-${name}`,
    name,
    api: HOSTILE_NAMES[(k + 5) % HOSTILE_NAMES.length]!,
  }));
  return syntheticRecords({
    apps: HOSTILE_NAMES.length,
    days: 45,
    appName: (i) => HOSTILE_NAMES[i]!,
    features,
  })
    .map((r) => ({ ...r, appId: `${r.appId}/${HOSTILE_NAMES[Number(r.appId.slice(4))]!}` }))
    .map((r) => (r.featureId.startsWith('feat-3-') ? { ...r, tokens: null } : r));
}

export function hostileModel(): ReportModel {
  const records = hostileRecords();
  const failedId = records.find((r) => r.appName === HOSTILE_NAMES[1])!.appId;
  return syntheticModel({
    records,
    title: HOSTILE_TITLE,
    statuses: [{ id: failedId, name: HOSTILE_NAMES[1]!, status: 'failed', error: HOSTILE_ERROR }],
    config: { caps: { [HOSTILE_NAMES[5]!]: { unitsPerMonth: 10 } }, budget: { thresholds: [80, 100] } },
  });
}
