/**
 * Estimated text widths for chart layout, without a canvas: a per-character table of DejaVu Sans (advance widths
 * in 1/1000 em), the widest of the common system sans-serifs — Segoe UI, San Francisco, Roboto and Noto are
 * narrower, so an estimate errs on the side of room. CJK and full-width characters are one em wide. Pure.
 */

/** Advance widths of U+0020…U+007E, in 1/1000 em. */
const ASCII = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636,
  636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295,
  295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838,
  500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521,
  392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
/** Bold text runs about a tenth wider. */
const BOLD = 1.1;
/** Latin letters with accents, Greek, Cyrillic and the like: about an average letter. */
const OTHER = 650;

function charWidth(code: number): number {
  if (code >= 0x20 && code <= 0x7e) return ASCII[code - 0x20]!;
  if (isWide(code)) return 1000;
  if (code === 0x2026) return 1000; // …
  return OTHER;
}

/** East Asian wide and full-width ranges (Hangul, CJK, kana, full-width forms, emoji). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x1f300
  );
}

/** The estimated width in px of `text` at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch.codePointAt(0)!);
  return (units / 1000) * size * (bold ? BOLD : 1);
}

/** `text`, or as much of it as fits in `limit` px followed by "…". */
export function fitText(text: string, limit: number, size: number): string {
  if (textWidth(text, size) <= limit) return text;
  const room = limit - textWidth('…', size);
  let used = 0;
  let out = '';
  for (const ch of text) {
    const w = (charWidth(ch.codePointAt(0)!) / 1000) * size;
    if (used + w > room) break;
    used += w;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}
