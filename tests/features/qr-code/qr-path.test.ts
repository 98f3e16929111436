/** The QR code's path draws exactly the dark modules of the code, in few bytes. */
import fc from 'fast-check';
import { encode } from 'uqr';
import { describe, expect, test } from 'vitest';
import { qrPath } from '../../../src/features/qr-code/qr-path';

/**
 * The modules a path paints, read back as an SVG renderer would: each subpath is a rectangle
 * one module high, started by an absolute or relative move and closed by `z`.
 */
function paintedModules(d: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let start = { x: 0, y: 0 };
  for (const [, command, numbers] of d.matchAll(/([MmhvHVz])([^MmhvHVz]*)/g)) {
    const [a = 0, b = 0] = numbers.trim().split(/\s+/).map(Number);
    if (command === 'M') start = { x: a, y: b };
    else if (command === 'm') start = { x: start.x + a, y: start.y + b };
    else if (command === 'h' && a > 0) {
      for (let x = start.x; x < start.x + a; x++) grid[start.y][x] = true;
    }
  }
  return grid;
}

describe('qrPath', () => {
  test('paints every dark module of the code and nothing else', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true }), (url) => {
        const { data, size } = encode(url, { ecc: 'M', border: 4 });
        const path = qrPath(url);
        expect(path.size).toBe(size);
        expect(paintedModules(path.d, size)).toEqual(data.map((row) => row.map(Boolean)));
      }),
      { numRuns: 40 },
    );
  });

  test('draws one rectangle per run of dark modules, one module high', () => {
    const { d } = qrPath('https://datadeal.example/simulator/?consent=none');
    expect(d).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);
    for (const [, forth, back] of d.matchAll(/h(\d+)v1h-(\d+)z/g)) expect(forth).toBe(back);
  });

  test('takes about half the bytes of one square per module', () => {
    const url = 'https://datadeal.example/simulator/?consent=preferences,analytics&brand=Acme';
    const { data } = encode(url, { ecc: 'M', border: 4 });
    const squares = data.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x} ${y}h1v1h-1z` : ''))).join('');
    expect(qrPath(url).d.length).toBeLessThan(squares.length * 0.6);
  });
});
