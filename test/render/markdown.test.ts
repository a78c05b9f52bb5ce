import { describe, expect, it } from 'vitest';
import { markdownToHtml, safeHref } from '../../src/render/markdown.js';
import { find, findAll, parseHtml, textOf } from '../support/html.js';

function render(markdown: string, options?: Parameters<typeof markdownToHtml>[1]) {
  const parsed = parseHtml(markdownToHtml(markdown, options));
  expect(parsed.problems).toEqual([]);
  return parsed.root;
}

describe('markdownToHtml', () => {
  it('keeps a link working and shows a script, a javascript: link and a mention as text', () => {
    const root = render(
      'Budget owner: @platform-team. [Runbook](https://wiki.example.com/aps?x=1&y=2) ' +
        '<script>alert(1)</script> [click me](javascript:alert(2))',
    );
    const links = findAll(root, 'a');
    expect(links.map((a) => [a.attrs.href, textOf(a)])).toEqual([
      ['https://wiki.example.com/aps?x=1&y=2', 'Runbook'],
    ]);
    expect(findAll(root, 'script')).toEqual([]);
    expect(textOf(root).trim()).toBe(
      'Budget owner: @platform-team. Runbook <script>alert(1)</script> click me',
    );
  });

  it('keeps http(s), mailto and relative links, and drops every other scheme however it is spelled', () => {
    const kept: [string, string][] = [
      ['[a](http://example.com/a)', 'http://example.com/a'],
      ['[a](HTTPS://example.com)', 'HTTPS://example.com'],
      ['[a](mailto:ops@example.com)', 'mailto:ops@example.com'],
      ['[a](apps/x.html)', 'apps/x.html'],
      ['[a](../months/2026-11.html#apps-h)', '../months/2026-11.html#apps-h'],
      ['[a](?q=1)', '?q=1'],
      ['[a](a/b:c)', 'a/b:c'],
      ['<https://example.com/x>', 'https://example.com/x'],
    ];
    for (const [md, href] of kept)
      expect(
        findAll(render(md), 'a').map((a) => a.attrs.href),
        md,
      ).toEqual([href]);
    const dropped = [
      '[a](javascript:alert(1))',
      '[a](JaVaScRiPt:alert(1))',
      '[a](javascript&#58;alert(1))',
      '[a](javascript&#x3A;alert(1))',
      '[a](javascript&colon;alert(1))',
      '[a](<java\tscript:alert(1)>)',
      '[a](<\u0001javascript:alert(1)>)',
      '[a](data:text/html,<script>alert(1)</script>)',
      '[a](vbscript:msgbox(1))',
      '[a](file:///etc/passwd)',
      '<javascript:alert(1)>',
      '[a][r]\n\n[r]: javascript:alert(1)',
    ];
    for (const md of dropped) expect(findAll(render(md), 'a'), md).toEqual([]);
  });

  it('shows raw HTML blocks and inline tags as their text', () => {
    const root = render('<div onclick="steal()">hi</div>\n\nok <img src=x onerror=alert(1)> <b>bold</b>');
    expect(findAll(root, (e) => e.tag === 'div' || e.tag === 'img' || e.tag === 'b')).toEqual([]);
    expect(findAll(root, (e) => Object.keys(e.attrs).some((k) => k.startsWith('on')))).toEqual([]);
    expect(textOf(root)).toContain('<div onclick="steal()">hi</div>');
    expect(textOf(root)).toContain('<img src=x onerror=alert(1)> <b>bold</b>');
  });

  it('turns an image into a link to it (the CSP blocks images) and drops a javascript: image', () => {
    const root = render('![screenshot](https://example.com/s.png) ![x](javascript:alert(1))');
    expect(findAll(root, 'img')).toEqual([]);
    expect(findAll(root, 'a').map((a) => [a.attrs.href, textOf(a)])).toEqual([
      ['https://example.com/s.png', 'screenshot'],
    ]);
  });

  it('writes an escaped title, quotes included', () => {
    const a = find(render('[a](https://x.test "say \\"hi\\" <now>")'), 'a')!;
    expect(a.attrs.title).toBe('say "hi" <now>');
  });

  it('shifts headings by the offset and styles tables as data tables with numeric columns', () => {
    const root = render('# Owner\n\n###### deep\n\n| app | tokens |\n|---|---:|\n| a | 12 |', {
      headingOffset: 2,
    });
    expect(findAll(root, (e) => /^h\d$/.test(e.tag)).map((e) => e.tag)).toEqual(['h3', 'h6']);
    const table = find(root, 'table')!;
    expect(table.attrs.class).toBe('data');
    expect(findAll(table, 'td').map((td) => td.attrs.class)).toEqual([undefined, 'num']);
    expect(findAll(table, (e) => 'align' in e.attrs)).toEqual([]);
  });

  it('replaces a mermaid block the caller knows and shows any other as code', () => {
    const md = '```mermaid\nxychart-beta\n```\n\n```mermaid\ngraph TD\n```\n\n```js\nalert(1)\n```';
    const root = render(md, {
      mermaid: (source) => (source === 'xychart-beta' ? '<figure id="known"></figure>' : undefined),
    });
    expect(findAll(root, 'figure').map((e) => e.attrs.id)).toEqual(['known']);
    expect(findAll(root, 'code').map(textOf)).toEqual(['graph TD', 'alert(1)']);
  });
});

describe('safeHref', () => {
  it('encodes what a browser would and keeps percent escapes', () => {
    expect(safeHref('https://example.com/a b/é?x=%20')).toBe('https://example.com/a%20b/%C3%A9?x=%20');
  });
});
