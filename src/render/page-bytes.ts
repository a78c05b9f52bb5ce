/**
 * A page's UTF-8 bytes, assembled from its template's text and its charts' SVG. The template gets a marker where
 * each chart's SVG goes; the SVG is written into the page's bytes only afterwards. Why: V8 must flatten a page's
 * text before it can encode it, and one character past Latin-1 anywhere in a page (a dash, a date range) makes the
 * flat copy two bytes a character: an app page of 107,000 characters becomes a 214 KB string, past the size V8
 * allocates among small objects, so each page took fresh memory of its own (about 1.3 ms a page on the runner
 * measured, 13 s at 10,000 apps). Without its charts (two thirds of its characters, all ASCII) a page's text stays
 * small, and each SVG is flattened on its own.
 *
 * A marker is a NUL, a nonce drawn for each set of markers, the chart's number and a NUL: nothing in a page's data
 * can guess it, and any markers the templates did not pass through whole (a template that prints a chart's SVG
 * through `json`, say) show as the nonce left in the text, in which case `assemble` gives up and the page is
 * rendered with its SVG in place.
 */
import { randomUUID } from 'node:crypto';

export interface SvgMarkers {
  /** The text the template gets in place of this SVG. */
  mark(svg: string): string;
  /** The page's bytes with every marker replaced by its SVG; undefined when a marker was not passed through whole. */
  assemble(text: string): Buffer | undefined;
}

export function svgMarkers(): SvgMarkers {
  const nonce = randomUUID();
  const svgs: string[] = [];
  const marker = new RegExp(`\0${nonce}:(\\d+)\0`);
  return {
    mark(svg) {
      svgs.push(svg);
      return `\0${nonce}:${svgs.length - 1}\0`;
    },
    assemble(text) {
      // Split with a capturing group: text, chart number, text, chart number, …, text.
      const parts = text.split(marker);
      let length = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = i % 2 === 0 ? parts[i]! : svgs[Number(parts[i])];
        if (part === undefined || (i % 2 === 0 && part.includes(nonce))) return undefined;
        length += Buffer.byteLength(part, 'utf8');
      }
      const bytes = Buffer.allocUnsafe(length);
      let at = 0;
      for (let i = 0; i < parts.length; i++)
        at += bytes.write(i % 2 === 0 ? parts[i]! : svgs[Number(parts[i])]!, at, 'utf8');
      return bytes;
    },
  };
}
