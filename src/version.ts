/** The tool's version: package.json's, which the release workflow checks the tag against (esbuild inlines it). */
import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
