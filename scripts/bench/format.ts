// How the bench prints figures: seconds, memory, bytes, ratios.
const MB = 1024 * 1024;
const KB = 1024;

export function secs(msValue: number | undefined): string {
  if (msValue === undefined || !Number.isFinite(msValue)) return '—';
  if (msValue >= 120_000) {
    const s = Math.round(msValue / 1000);
    return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  }
  return `${(msValue / 1000).toFixed(msValue < 10_000 ? 2 : 1)} s`;
}

export function ms(msValue: number): string {
  return `${Math.round(msValue)} ms`;
}

export function mem(b: number | undefined): string {
  if (b === undefined || !Number.isFinite(b)) return '—';
  return b >= 1024 * MB ? `${(b / 1024 / MB).toFixed(2)} GB` : `${Math.round(b / MB)} MB`;
}

export function bytes(b: number | undefined): string {
  if (b === undefined || !Number.isFinite(b)) return '—';
  if (b >= MB) return `${(b / MB).toFixed(2)} MB`;
  if (b >= KB) return `${(b / KB).toFixed(1)} KB`;
  return `${b} B`;
}

export function times(r: number | undefined): string {
  return r === undefined ? '—' : `${r.toFixed(1)}×`;
}

export function count(n: number): string {
  return n.toLocaleString('en');
}

/** A Markdown table with padded columns. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]): string =>
    '| ' + c.map((x, i) => (x ?? '').padEnd(widths[i]!)).join(' | ') + ' |';
  return [line(head), '| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |', ...rows.map(line)].join(
    '\n',
  );
}
