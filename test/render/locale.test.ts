import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/render/i18n/en.js';
import { ja } from '../../src/render/i18n/ja.js';
import { byId, find, findAll, parseHtml, textOf, textOutside, type El } from '../support/html.js';
import type { ConfigInput } from '../../src/config/schema.js';
import { generateDemoRecords } from '../../src/sources/demo-data.js';
import { buildDemoSite } from '../support/site.js';

let files: ReadonlyMap<string, string>;
let slug: string;
const html = (path: string): El => parseHtml(files.get(path)!).root;

beforeAll(async () => {
  const site = await buildDemoSite({ locale: 'ja' });
  files = site.files;
  slug = site.model.apps[0]!.slug;
});

describe('the Japanese report', () => {
  it('has every fixed text translated (no English left over)', () => {
    const same = Object.keys(en).filter(
      (k) => en[k as keyof typeof en] === ja[k as keyof typeof ja] && !['estimatedMark', 'api'].includes(k),
    );
    expect(same).toEqual([]);
  });

  it('labels the overview in Japanese, with Japanese dates and numbers', () => {
    const root = html('index.html');
    expect(find(root, 'html')!.attrs.lang).toBe('ja');
    expect(textOf(find(root, 'nav')!)).toContain('概要');
    expect(textOf(find(root, 'nav')!)).toContain('月別アーカイブ');
    expect(textOf(find(root, (e) => e.attrs.class === 'period')!)).toMatch(
      /^期間：2026年10月22日～2026年11月20日（30 日間）/,
    );
    expect(textOf(find(root, 'footer')!)).toContain('データ基準日 2026年11月20日');
    const head = findAll(byId(root, 'apps-table')!, 'th').map(textOf);
    expect(head.slice(0, 3)).toEqual(['アプリ', '状態', 'トークン']);
  });

  it('titles and labels the charts in Japanese, including the axes', () => {
    const chart = byId(html('index.html'), 'chart-tokens-by-app')!;
    const svgText = findAll(find(chart, 'svg')!, 'text').map(textOf);
    expect(svgText).toContain('アプリ別トークン（日別）');
    expect(svgText).toContain('トークン');
    expect(svgText).toContain('日付');
    // Axis dates in Japanese formats, never English month names.
    expect(svgText).toContain('11/19');
    expect(svgText.some((t) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/.test(t))).toBe(false);
  });

  it('translates the app and month pages', () => {
    expect(textOf(find(html(`apps/${slug}.html`), 'main')!)).toContain('API 使用量');
    // The daily chart's text alternative, too: 合計 …, 最大 … (not "max").
    expect(files.get(`apps/${slug}.html`)).toMatch(/合計 [\d,.]+, 最大 [\d,.]+/);
    expect(files.get(`apps/${slug}.html`)).not.toMatch(/, max \d/);
    const month = html('months/2026-10.html');
    expect(textOf(find(month, 'h1')!)).toBe('2026年10月');
    const trend = findAll(find(byId(month, 'chart-month-trend')!, 'svg')!, 'text').map(textOf);
    expect(trend).toContain('月別トークン');
    expect(trend.some((t) => /^2026年\d+月$/.test(t))).toBe(true);
  });

  it('writes the summary in Japanese', () => {
    const summary = files.get('summary.md')!;
    expect(summary).toContain('### アラート');
    expect(summary).toContain('2026年10月22日');
    expect(summary).toContain('y-axis "トークン"');
  });

  it('names the rate-sheet units in Japanese', () => {
    const app = textOf(find(html(`apps/${slug}.html`), 'main')!);
    expect(app).toMatch(/処理時間|ジョブ/);
    expect(app).not.toMatch(/\bprocessing hour\b|\bjob\b/);
  });

  it('uses full-width brackets and colons and ～ for ranges in its own text', () => {
    for (const path of ['index.html', `apps/${slug}.html`, 'months/2026-10.html', 'months/index.html']) {
      const main = find(html(path), 'main')!;
      // Code (ids, YAML) keeps ASCII; the demo's names have no brackets.
      const text = textOutside(main, ['code', 'pre', 'svg']);
      expect({ path, halfWidth: text.match(/.{0,12}[()].{0,12}/g) }).toEqual({ path, halfWidth: null });
      expect({ path, dash: text.match(/\d日 – \d/g) }).toEqual({ path, dash: null });
    }
  });
});

describe('the Japanese report without a title of its own', () => {
  it('is titled in Japanese, and says in Japanese what to do about a failed app', async () => {
    const appId = generateDemoRecords()[0]!.appId;
    const site = await buildDemoSite({
      locale: 'ja',
      config: { report: { title: undefined } } as Partial<ConfigInput>,
      failed: { [appId]: { error: 'HTTP 403 Forbidden', hint: 'no-access' } },
    });
    const index = parseHtml(site.files.get('index.html')!).root;
    expect(textOf(find(index, 'h1')!)).toContain('APS 使用状況');
    expect(site.files.get('summary.md')).toMatch(/^## APS 使用状況/);
    const app = site.model.apps.find((a) => a.id === appId)!;
    const status = textOf(byId(parseHtml(site.files.get(`apps/${app.slug}.html`)!).root, 'app-status')!);
    expect(status).toContain('HTTP 403 Forbidden');
    expect(status).toContain('サービスアカウント（またはユーザー）をアプリのコラボレーター');
    expect(status).not.toContain('collaborator');
  });
});
