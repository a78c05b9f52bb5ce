/**
 * `source: aps` — daily usage from the APS Application Management API. Entry file: wiring only.
 */
import type { UsageSource } from '../types.js';
import { fetchApsUsage } from './client.js';

export const apsSource: UsageSource = {
  name: 'aps',
  fetch: fetchApsUsage,
};

export { ApsSourceError } from './errors.js';
export { classifyFeature, type Classification, type ClassifyOverride } from './classify.js';
