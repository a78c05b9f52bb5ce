/**
 * Source name → implementation, loaded on demand: the APS client (and its HTTP stack) costs start-up time that
 * `demo` and `source: file` runs should not pay.
 */
import type { Config } from '../config/schema.js';
import type { HistoryRows } from '../model/history-table.js';
import type { UsageSource } from './types.js';

const SOURCES: Record<Config['source'], () => Promise<UsageSource<HistoryRows>>> = {
  demo: async () => (await import('./demo.js')).demoSource,
  file: async () => (await import('./file.js')).fileSource,
  aps: async () => (await import('./aps/index.js')).apsSource,
};

export async function loadSource(name: Config['source']): Promise<UsageSource<HistoryRows>> {
  return SOURCES[name]();
}
