/**
 * Markdown inside HTML pages (user notes, the digest page), through `marked`. The text is untrusted as far as the
 * page goes: raw HTML is shown as text, and only `http(s):`, `mailto:` and relative links survive — marked itself
 * sanitises neither. Images become links (the pages' CSP would block them anyway). Pure.
 */
import { Marked, Renderer, type Tokens } from 'marked';

export interface MarkdownHtmlOptions {
  /**
   * HTML to show instead of a fenced `mermaid` block (the site's own chart as inline SVG), given the block's
   * source; `undefined` shows the block as code.
   */
  mermaid?: (source: string) => string | undefined;
  /** Added to every heading level (`#` in a note under the page's `<h2>` becomes `<h3>` with 2). */
  headingOffset?: number;
}

export function markdownToHtml(markdown: string, options: MarkdownHtmlOptions = {}): string {
  const offset = options.headingOffset ?? 0;
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      html: ({ text, block }: Tokens.HTML | Tokens.Tag) =>
        block ? `<p>${escapeHtml(text.trimEnd())}</p>\n` : escapeHtml(text),
      link({ href, title, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        const safe = safeHref(href);
        if (safe === undefined) return inner;
        return `<a href="${escapeHtml(safe)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${inner}</a>`;
      },
      image({ href, text }: Tokens.Image) {
        const safe = safeHref(href);
        const label = escapeHtml(text || href);
        return safe === undefined ? label : `<a href="${escapeHtml(safe)}">${label}</a>`;
      },
      heading({ tokens, depth }: Tokens.Heading) {
        const level = Math.min(6, depth + offset);
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      code({ text, lang }: Tokens.Code) {
        if (lang?.trim().toLowerCase() === 'mermaid') {
          const replacement = options.mermaid?.(text);
          if (replacement !== undefined) return replacement;
        }
        // Focusable, so a keyboard can scroll a long line into view on a narrow screen.
        return `<pre tabindex="0"><code>${escapeHtml(text)}</code></pre>\n`;
      },
      // In a focusable box of its own, which scrolls when the table is wider than the screen.
      table(token: Tokens.Table) {
        return `<div class="scroll" tabindex="0">\n${Renderer.prototype.table.call(this, token)}</div>\n`;
      },
      // A class rather than marked's `align` attribute, which HTML 5 no longer has.
      tablecell({ tokens, header, align }: Tokens.TableCell) {
        const tag = header ? 'th' : 'td';
        const scope = header ? ' scope="col"' : '';
        const cls = align === 'right' ? ' class="num"' : align === 'center' ? ' class="center"' : '';
        return `<${tag}${scope}${cls}>${this.parser.parseInline(tokens)}</${tag}>\n`;
      },
    },
  });
  // Tables come only from Markdown here (raw HTML is text), so this names each one for the site's table style.
  return (marked.parse(markdown) as string).replace(/<table>/g, '<table class="data">');
}

/** Entities a link target may spell its scheme with (`javascript&#58;`, `&colon;`): decoded before the check. */
const ENTITY = /&(#x[0-9a-f]+|#\d+|colon|tab|newline|amp|lt|gt|quot|apos);?/gi;
const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/**
 * The link target to write, or `undefined` when it is not an `http(s):`, `mailto:` or relative link. The check
 * reads the target as a browser would (entities decoded, tabs and newlines dropped, outer spaces and controls
 * trimmed), and the result is written fully escaped, so the browser sees exactly what was checked.
 */
export function safeHref(href: string): string | undefined {
  const decoded = href
    .replace(ENTITY, (m, e: string) => {
      if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? m;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    })
    .replace(/[\t\n\r]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  // Whatever precedes the first ":" before any "/", "?" or "#" is a scheme to a browser (or an error).
  const scheme = /^([^/?#]*):/.exec(decoded);
  if (scheme && !/^(https?|mailto)$/i.test(scheme[1]!)) return undefined;
  try {
    // Percent-encodes spaces and non-ASCII; keeps %XX escapes the author wrote.
    return encodeURI(decoded).replace(/%25([0-9a-f]{2})/gi, '%$1');
  } catch {
    return undefined;
  }
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
