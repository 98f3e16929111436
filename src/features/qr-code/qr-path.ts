/**
 * A QR code as one SVG path (`M x y h1 v1 h-1 z` per dark module), so it can be drawn
 * with plain SVG attributes under the strict CSP, on the server or in the browser.
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
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return { size, d };
}
