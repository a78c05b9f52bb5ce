/**
 * A small, strict HTML reader for checking generated pages by structure (count rows, cells, links, find the CSP)
 * rather than by string equality. It reports every tag that closes out of order, so a test can also assert that a
 * page is well nested — something a forgiving browser parser would hide.
 */
export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
}
export type Node = El | string;

export interface ParsedHtml {
  root: El;
  /** Tags closed out of order or never closed (empty for a well-nested page). */
  problems: string[];
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
]);
const RAW = new Set(['style', 'script', 'textarea', 'title']);
const TOKEN =
  /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</gi;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[e.toLowerCase()] ?? m;
  });
}

export function parseHtml(html: string): ParsedHtml {
  const root: El = { tag: '#root', attrs: {}, children: [] };
  const stack: El[] = [root];
  const problems: string[] = [];
  // Once per page: every chart mark has a raw-text <title>, so lowering the page per element is quadratic.
  const lower = html.toLowerCase();
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const top = stack.at(-1)!;
    const [token, closing, opening, attrText, selfClosing] = m;
    if (token.startsWith('<!')) continue;
    if (closing) {
      const name = closing.toLowerCase();
      const at = stack.findLastIndex((e) => e.tag === name);
      if (at <= 0) {
        problems.push(`stray </${name}>`);
        continue;
      }
      if (at !== stack.length - 1)
        problems.push(
          `</${name}> closes ${stack
            .slice(at + 1)
            .map((e) => `<${e.tag}>`)
            .join('')}`,
        );
      stack.length = at;
    } else if (opening) {
      const el: El = { tag: opening.toLowerCase(), attrs: {}, children: [] };
      for (const a of (attrText ?? '').matchAll(ATTR))
        el.attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
      top.children.push(el);
      if (RAW.has(el.tag)) {
        const end = lower.indexOf(`</${el.tag}`, TOKEN.lastIndex);
        el.children.push(decodeEntities(html.slice(TOKEN.lastIndex, end < 0 ? undefined : end)));
        TOKEN.lastIndex = end < 0 ? html.length : html.indexOf('>', end) + 1;
      } else if (!VOID.has(el.tag) && !selfClosing) stack.push(el);
    } else {
      top.children.push(decodeEntities(token));
    }
  }
  for (const el of stack.slice(1)) problems.push(`<${el.tag}> never closed`);
  return { root, problems };
}

export function findAll(el: El, match: string | ((e: El) => boolean)): El[] {
  const test = typeof match === 'string' ? (e: El) => e.tag === match : match;
  const out: El[] = [];
  const walk = (e: El): void => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (test(c)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

export function find(el: El, match: string | ((e: El) => boolean)): El | undefined {
  return findAll(el, match)[0];
}

export function byId(el: El, id: string): El | undefined {
  return find(el, (e) => e.attrs.id === id);
}

export function textOf(node: Node): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** Text outside the elements named in `skip` (each stands as a space). */
export function textOutside(node: Node, skip: readonly string[]): string {
  if (typeof node === 'string') return node;
  if (skip.includes(node.tag)) return ' ';
  return node.children.map((c) => textOutside(c, skip)).join('');
}

/** Rows of a table as arrays of cell texts (th and td), header rows included. */
export function tableRows(table: El): string[][] {
  return findAll(table, 'tr').map((tr) =>
    tr.children
      .filter((c): c is El => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'))
      .map((c) => textOf(c).trim()),
  );
}

/** Cell counts of every row, honouring colspan (a well-formed table has the same count on every row). */
export function rowWidths(table: El): number[] {
  return findAll(table, 'tr').map((tr) =>
    tr.children
      .filter((c): c is El => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th'))
      .reduce((n, c) => n + Number(c.attrs.colspan ?? 1), 0),
  );
}
