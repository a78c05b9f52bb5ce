/** Source name → implementation. */
import type { Config } from '../config/schema.js';
import { apsSource } from './aps/index.js';
import { demoSource } from './demo.js';
import { fileSource } from './file.js';
import type { UsageSource } from './types.js';

const SOURCES: Partial<Record<Config['source'], UsageSource>> = {
  aps: apsSource,
  demo: demoSource,
  file: fileSource,
};

export function registerSource(name: Config['source'], source: UsageSource): void {
  SOURCES[name] = source;
}

export function getSource(name: Config['source']): UsageSource | undefined {
  return SOURCES[name];
}
