import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { loadTemplateOverrides } from '../../src/config/template-overrides.js';
import { ISSUE_BODY_LIMIT } from '../../src/render/summary.js';
import { buildDemoSite } from '../support/site.js';

const dirs: string[] = [];

async function templatesDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'aps-templates-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('report.templates overrides', () => {
  it('replace any template or partial by name; the rest stay the defaults', async () => {
    const dir = await templatesDir({
      'report.html.hbs':
        '{{#> layout}}<h1 id="custom">Custom: {{title}} ({{apps.length}} apps)</h1>{{/layout}}',
      'partials/layout.html.hbs':
        '<!doctype html><html lang="{{t.lang}}"><body data-layout="mine">{{> @partial-block}}</body></html>',
      'summary.md.hbs': '# {{md title}} — custom summary\n',
      'notes.txt': 'not a template',
    });
    const loaded = await loadTemplateOverrides(dir);
    expect(Object.keys(loaded.templates).sort()).toEqual(['report.html', 'summary.md']);
    expect(Object.keys(loaded.partials)).toEqual(['layout']);

    const site = await buildDemoSite({ config: { report: { templates: dir } as never } });
    const index = site.files.get('index.html')!;
    expect(index).toContain('<h1 id="custom">Custom: APS usage — demo (5 apps)</h1>');
    expect(index).toContain('data-layout="mine"');
    // App pages keep the default page template, inside the overridden layout.
    const app = site.files.get(`apps/${site.model.apps[0]!.slug}.html`)!;
    expect(app).toContain('data-layout="mine"');
    expect(app).toContain('id="api-table"');
    expect(site.summary).toBe('# APS usage — demo — custom summary\n');
    expect(site.files.get('summary.md')).toBe(site.summary);
  });

  it('fail in strict mode naming the template and the missing field', async () => {
    const dir = await templatesDir({ 'app.html.hbs': '{{#> layout}}{{app.nmae}}{{/layout}}' });
    const error = await buildDemoSite({ config: { report: { templates: dir } as never } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      'template app.html: "nmae" not defined (line 1, column 16); the fields each template gets are listed in docs/templates.md',
    );
  });

  it('name the folder when it cannot be read', async () => {
    await expect(loadTemplateOverrides('/nonexistent/templates')).rejects.toThrow(
      /report\.templates: cannot read the folder \/nonexistent\/templates: ENOENT/,
    );
  });

  it('take Markdown partials for the summary, apart from the HTML ones', async () => {
    const dir = await templatesDir({
      'summary.md.hbs': '{{#each apps}}{{> row.md}}{{/each}}',
      'partials/row.md.hbs': '- {{md name}}\n',
      'partials/cards.html.hbs': '<p id="my-cards">{{cards.length}}</p>',
    });
    expect(Object.keys((await loadTemplateOverrides(dir)).partials).sort()).toEqual(['cards', 'row.md']);
    const site = await buildDemoSite({ config: { report: { templates: dir } as never } });
    expect(site.summary.split('\n')[0]).toBe(`- ${site.model.apps[0]!.name}`);
    expect(site.files.get('index.html')).toContain('<p id="my-cards">4</p>');
  });

  it('apply to the size-limited summary too', async () => {
    const dir = await templatesDir({ 'summary.md.hbs': 'custom {{apps.length}} {{hiddenApps}}\n' });
    const site = await buildDemoSite({ config: { report: { templates: dir } as never } });
    expect(site.summaryWithin(ISSUE_BODY_LIMIT)).toBe('custom 5 \n');
  });
});

describe('strict mode inside partials', () => {
  it('fails on a missing field in an overridden partial, naming the page template', async () => {
    const dir = await templatesDir({ 'partials/cards.html.hbs': '<p>{{nope}}</p>' });
    const error = await buildDemoSite({ config: { report: { templates: dir } as never } }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/^template report\.html: "nope" not defined/);
  });
});
