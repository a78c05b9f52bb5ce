/**
 * Two Handlebars instances: HTML (escaping on, the default) and Markdown (no HTML escaping; every untrusted value
 * goes through an explicit `md` / `cell` helper). Both compile in strict mode, so a template that names a missing
 * field fails loudly with the template's name.
 */
import Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import { escapeMarkdown, escapeMarkdownCell, escapeMermaidLabel } from './markdown-escape.js';

export type TemplateSources = Record<string, string>;
export type Render = (name: string, context: unknown) => string;

export function createHtmlRenderer(templates: TemplateSources, partials: TemplateSources): Render {
  const hb = Handlebars.create();
  registerCommonHelpers(hb);
  for (const [name, src] of Object.entries(partials)) hb.registerPartial(name, src);
  return compileAll(hb, templates, {});
}

export function createMarkdownRenderer(templates: TemplateSources, partials: TemplateSources): Render {
  const hb = Handlebars.create();
  registerCommonHelpers(hb);
  hb.registerHelper('md', (v: unknown) => escapeMarkdown(String(v ?? '')));
  hb.registerHelper('cell', (v: unknown) => escapeMarkdownCell(String(v ?? '')));
  hb.registerHelper('mermaidLabel', (v: unknown) => escapeMermaidLabel(String(v ?? '')));
  // Inside a fenced code block only a backtick run or a newline could escape the fence.
  hb.registerHelper('mdCode', (v: unknown) => String(v ?? '').replace(/[`\r\n]/g, ' '));
  for (const [name, src] of Object.entries(partials)) hb.registerPartial(name, src);
  return compileAll(hb, templates, { noEscape: true });
}

function registerCommonHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('json', (v: unknown) => JSON.stringify(v));
}

function compileAll(hb: typeof Handlebars, templates: TemplateSources, options: CompileOptions): Render {
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const [name, src] of Object.entries(templates)) {
    compiled.set(name, hb.compile(src, { ...options, strict: true, knownHelpersOnly: false }));
  }
  return (name, context) => {
    const template = compiled.get(name);
    if (!template) throw new UserError(`template ${name} is missing`);
    try {
      return template(context);
    } catch (error) {
      throw new UserError(`template ${name}: ${templateProblem((error as Error).message)}`);
    }
  };
}

/**
 * Handlebars' strict-mode message names the context as `[object Object]`; say where the field was used and where the
 * fields are listed instead.
 */
function templateProblem(message: string): string {
  const first = message.split('\n')[0] ?? message;
  // Handlebars counts lines from 1 and columns from 0.
  const missing = /^("[^"]*" not defined) in .* - (\d+):(\d+)$/.exec(first);
  if (!missing) return first;
  return `${missing[1]} (line ${missing[2]}, column ${Number(missing[3]) + 1}); the fields each template gets are listed in docs/templates.md`;
}
