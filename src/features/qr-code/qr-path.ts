/**
 * A QR code as one SVG path, so it can be drawn with plain SVG attributes under the strict CSP,
 * on the server or in the browser. Each run of dark modules in a row is one rectangle
 * (`h{n}v1h-{n}z`); the next run in the row starts with a move relative to this one, and each
 * row with an absolute one. That keeps a guide's three codes some 4 KB gzip lighter than a
 * square per module, which keeps the page within one round trip.
 */
import { encode } from 'uqr';

export interface QrPath {
  /** Width and height of the code in modules, quiet zone included. */
  size: number;
  /** The `d` attribute of the path drawing every dark module. */
  d: string;
}

/** Encodes `text` (a URL) with medium error correction and a 4-module quiet zone. */
export function qrPath(text: string): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) => {
    let previous: number | undefined;
    for (let x = 0; x < size; x++) {
      if (!row[x] || row[x - 1]) continue;
      let end = x;
      while (row[end]) end++;
      d += previous === undefined ? `M${x} ${y}` : `m${x - previous} 0`;
      d += `h${end - x}v1h-${end - x}z`;
      previous = x;
    }
  });
  return { size, d };
}
