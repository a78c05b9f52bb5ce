/**
 * `JSON.stringify(value, null, 1)` as UTF-8 bytes, made a piece at a time: `data/report.json` of a hub of
 * 10,000 apps is about 390 MB, and as one string it had to be flattened and then encoded whole into fresh memory
 * (seconds on a runner). The top levels (objects and arrays) are written here, each value below them by
 * `JSON.stringify` and indented to its place, so the bytes are those of `JSON.stringify`. Pure.
 */

/** Levels of plain objects and arrays written here; deeper values go to `JSON.stringify` whole. */
const LEVELS = 2;
/** Text gathered before it is encoded. */
const CHUNK_CHARS = 1 << 20;

export function jsonBytes(value: unknown, end = ''): Buffer {
  const chunks: Buffer[] = [];
  let pending: string[] = [];
  let pendingChars = 0;
  let total = 0;
  const emit = (text: string): void => {
    pending.push(text);
    pendingChars += text.length;
    if (pendingChars >= CHUNK_CHARS) flush();
  };
  const flush = (): void => {
    const chunk = Buffer.from(pending.join(''), 'utf8');
    chunks.push(chunk);
    total += chunk.length;
    pending = [];
    pendingChars = 0;
  };
  const text = write(value, 0, emit);
  if (!text) throw new TypeError('jsonBytes: the value has no JSON text');
  emit(end);
  flush();
  return Buffer.concat(chunks, total);
}

/** Writes `value` at indentation `depth`; false when JSON has no text for it (undefined, a function). */
function write(value: unknown, depth: number, emit: (text: string) => void): boolean {
  if (depth < LEVELS && isPlain(value)) {
    const inner = '\n' + ' '.repeat(depth + 1);
    if (Array.isArray(value)) {
      if (value.length === 0) return (emit('[]'), true);
      emit('[');
      // Holes too: JSON writes them as null.
      for (let i = 0; i < value.length; i++) {
        emit(i === 0 ? inner : `,${inner}`);
        if (!write(value[i], depth + 1, emit)) emit('null');
      }
    } else {
      let first = true;
      for (const key of Object.keys(value)) {
        const item = (value as Record<string, unknown>)[key];
        if (!hasText(item)) continue;
        emit(`${first ? '{' : ','}${inner}${JSON.stringify(key)}: `);
        first = false;
        write(item, depth + 1, emit);
      }
      if (first) return (emit('{}'), true);
    }
    emit('\n' + ' '.repeat(depth) + (Array.isArray(value) ? ']' : '}'));
    return true;
  }
  const text = JSON.stringify(value, null, 1) as string | undefined;
  if (text === undefined) return false;
  emit(depth === 0 ? text : text.replaceAll('\n', '\n' + ' '.repeat(depth)));
  return true;
}

/** An array, or an object of the Object prototype (or none), without `toJSON`: written as JSON writes it. */
function isPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Whether JSON writes a property holding `value` (it leaves out undefined, functions and symbols). */
function hasText(value: unknown): boolean {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return false;
  // An object whose toJSON gives undefined is left out too.
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  )
    return (value as { toJSON(key: string): unknown }).toJSON('') !== undefined;
  return true;
}
