/** "1 record", "2 records": a count and its noun, for log lines (the report's own words go through i18n). */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
