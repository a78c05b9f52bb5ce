/**
 * Untrusted text (app, feature and API names) in Markdown: no HTML, no @-mentions, no #123 autolinks, no broken
 * tables, no Mermaid syntax. Pure.
 */

// Parentheses, + and ! are only special next to characters escaped here, so they stay readable.
const MD_SPECIAL = /[\\`*_{}[\]<>|#~&]/g;

export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n?|\n/g, ' ')
      .replace(MD_SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`))
      // A zero-width space after @ stops mentions; before digits after # stops issue links.
      .replace(/@/g, '@\u200b')
      .replace(/#(?=\d)/g, '#\u200b')
      // GitHub links GH-123 as it links #123.
      .replace(/(gh-)(?=\d)/gi, '$1\u200b')
      // Bare URLs would autolink; breaking "://" keeps them as text.
      .replace(/:\/\//g, ':\u200b//')
  );
}

/**
 * An issue title: plain text on GitHub (no Markdown to escape), but it still turns `@team` into a mention and
 * `#12` / `GH-12` into links; one line.
 */
export function escapeIssueTitle(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/@/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/(gh-)(?=\d)/gi, '$1\u200b');
}

/** Inside a table cell a newline ends the row: it becomes `<br>`; pipes are escaped by `escapeMarkdown`. */
export function escapeMarkdownCell(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map(escapeMarkdown)
    .join('<br>');
}

/** Mermaid labels are double-quoted and `"` cannot be escaped: strip it, and anything that could end the block. */
export function escapeMermaidLabel(text: string): string {
  return text
    .replace(/["`\r\n;[\]{}()<>#&]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 40);
}
