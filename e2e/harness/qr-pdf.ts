import { execFileSync } from 'node:child_process';
import decodeQR from 'qr/decode.js';

/**
 * Every QR code on one page of a PDF, read back as a phone or a scanner would see the paper: poppler renders the
 * page (`pdftoppm`, a binary PPM of RGB pixels on stdout), and the `qr` package's decoder reads it. The decoder
 * finds one code per call, so each code found is painted white and the page read again, until none is left.
 */
export function bacaKodeQr(pdf: string, halaman: number, dpi = 200): string[] {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(halaman), '-l', String(halaman), '-singlefile', pdf], { maxBuffer: 256 * 1024 * 1024 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not give a binary PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const data = new Uint8Array(ppm.subarray(header[0].length, header[0].length + width * height * 3));
  const found: string[] = [];
  for (let i = 0; i < 50; i++) {
    let box: { x: number; y: number; width: number; height: number } | undefined;
    let text: string;
    try {
      text = decodeQR(
        { width, height, data },
        { format: 'RGB', effort: Infinity, timeLimit: Infinity, pointsOnDetect: (points) => (box = points.boundingBox) },
      );
    } catch {
      return found;
    }
    found.push(text);
    if (!box) return found;
    // Paint the code (and a margin) white, so the next call finds the next code.
    const pad = Math.ceil(box.width * 0.15);
    for (let y = Math.max(0, Math.floor(box.y) - pad); y < Math.min(height, Math.ceil(box.y + box.height) + pad); y++) {
      data.fill(255, (y * width + Math.max(0, Math.floor(box.x) - pad)) * 3, (y * width + Math.min(width, Math.ceil(box.x + box.width) + pad)) * 3);
    }
  }
  return found;
}
