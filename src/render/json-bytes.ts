/**
 * `JSON.stringify(value, null, 1)` as UTF-8 bytes, made a chunk at a time: `data/report.json` of a hub of
 * 10,000 apps is about 390 MB, and as one string it had to be flattened and then encoded whole into fresh memory
 * (seconds on a runner). The top levels (objects and arrays) are written here, each value below them by
 * `JSON.stringify` and indented to its place, so the bytes are those of `JSON.stringify`. Pure.
 */

/** Levels of plain objects and arrays written here; deeper values go to `JSON.stringify` whole. */
const LEVELS = 2;
/** Text gathered before it is encoded into a chunk. */
const CHUNK_CHARS = 1 << 20;

/**
 * The chunks of the JSON text of `value`, then `end`. Two buffers take turns: a chunk stays valid until the chunk
 * after the next one is taken (a store writes one while the next is made).
 */
export function* jsonChunks(value: unknown, end = ''): Generator<Uint8Array> {
  // Three bytes at most for each UTF-16 code unit; a chunk's text passes CHUNK_CHARS by its last piece.
  const size = 6 * CHUNK_CHARS;
  const buffers = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let turn = 0;
  let pending: string[] = [];
  let chars = 0;
  const take = (): Uint8Array => {
    const text = pending.join('');
    pending = [];
    chars = 0;
    const buffer = buffers[turn++ % 2]!;
    if (3 * text.length > size) return Buffer.from(text, 'utf8');
    return buffer.subarray(0, buffer.write(text, 0, 'utf8'));
  };
  const parts = write(value, 0);
  let step = parts.next();
  while (!step.done) {
    pending.push(step.value);
    chars += step.value.length;
    if (chars >= CHUNK_CHARS) yield take();
    step = parts.next();
  }
  if (!step.value) throw new TypeError('jsonChunks: the value has no JSON text');
  pending.push(end);
  yield take();
}

/** The texts of `value` at indentation `depth`; returns false when JSON has no text for it (undefined, a function). */
function* write(value: unknown, depth: number): Generator<string, boolean> {
  if (depth < LEVELS && isPlain(value)) {
    const inner = '\n' + ' '.repeat(depth + 1);
    if (Array.isArray(value)) {
      if (value.length === 0) {
        yield '[]';
        return true;
      }
      // Holes too: JSON writes them as null.
      for (let i = 0; i < value.length; i++) {
        yield i === 0 ? `[${inner}` : `,${inner}`;
        if (!(yield* write(value[i], depth + 1))) yield 'null';
      }
    } else {
      let first = true;
      for (const key of Object.keys(value)) {
        const item = (value as Record<string, unknown>)[key];
        if (!hasText(item)) continue;
        yield `${first ? '{' : ','}${inner}${JSON.stringify(key)}: `;
        first = false;
        yield* write(item, depth + 1);
      }
      if (first) {
        yield '{}';
        return true;
      }
    }
    yield '\n' + ' '.repeat(depth) + (Array.isArray(value) ? ']' : '}');
    return true;
  }
  const text = JSON.stringify(value, null, 1) as string | undefined;
  if (text === undefined) return false;
  yield depth === 0 ? text : text.replaceAll('\n', '\n' + ' '.repeat(depth));
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
