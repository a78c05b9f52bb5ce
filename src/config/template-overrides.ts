/**
 * `report.templates: DIR` — reads the user's overrides of any template or partial, by file name
 * (`report.html.hbs`, `app.html.hbs`, `month.html.hbs`, `months.html.hbs`, `summary.md.hbs`,
 * `partials/layout.html.hbs`, `partials/chart.html.hbs`, …; see docs/templates.md). Read here, at the edge, before
 * anything is fetched; the renderer is handed their text.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { TemplateSources } from '../render/handlebars.js';

export interface TemplateOverrides {
  templates: TemplateSources;
  partials: TemplateSources;
}

export async function loadTemplateOverrides(dir: string): Promise<TemplateOverrides> {
  const templates: TemplateSources = {};
  const partials: TemplateSources = {};
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new UserError(
      `report.templates: cannot read the folder ${dir}: ${(error as NodeJS.ErrnoException).code}`,
    );
  }
  for (const name of names.filter((n) => n.endsWith('.hbs'))) {
    templates[name.slice(0, -'.hbs'.length)] = await readFile(join(dir, name), 'utf8');
  }
  const partialNames = await readdir(join(dir, 'partials')).catch(() => [] as string[]);
  for (const name of partialNames.filter((n) => n.endsWith('.hbs'))) {
    // `cards.html.hbs` → `cards`; a Markdown partial keeps its suffix (`rows.md.hbs` → `rows.md`, used as
    // `{{> rows.md}}`) so that it lands in the Markdown instance and cannot replace an HTML partial.
    partials[name.replace(/(\.html)?\.hbs$/, '')] = await readFile(join(dir, 'partials', name), 'utf8');
  }
  return { templates, partials };
}
