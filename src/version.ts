/** The tool's version: package.json's, which the release workflow checks the tag against (esbuild inlines it). */
import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;

declare const __APS_BUILD__: string | undefined;

/** A hash of the sources the bundle was built from (build.mjs); `source` when running from the sources. */
export const BUILD: string = typeof __APS_BUILD__ === 'string' ? __APS_BUILD__ : 'source';
