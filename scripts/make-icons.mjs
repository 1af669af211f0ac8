#!/usr/bin/env node
/**
 * Draws the KopLindung emblem (a white shield with a check on a calm teal rounded square) and writes
 * build/icon.png (512×512, Linux AppImage) and build/icon.ico (16–256 px, Windows installer and taskbar).
 * Only node:zlib and node:fs: no image tools to install, and the same bytes on every run, so the committed icons
 * can always be regenerated and compared. Run: node scripts/make-icons.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'build');

const TEAL_TOP = [20, 135, 125];
const TEAL_BOTTOM = [11, 95, 89];
const WHITE = [255, 255, 255];

/** Shield outline in unit coordinates (0..1, y down): shoulders, straight sides, a point at the bottom. */
function shieldOutline() {
  const right = [];
  const quad = (p0, c, p1) => {
    for (let i = 1; i <= 24; i += 1) {
      const t = i / 24;
      const u = 1 - t;
      right.push([u * u * p0[0] + 2 * u * t * c[0] + t * t * p1[0], u * u * p0[1] + 2 * u * t * c[1] + t * t * p1[1]]);
    }
  };
  const cubic = (p0, c0, c1, p1) => {
    for (let i = 1; i <= 48; i += 1) {
      const t = i / 48;
      const u = 1 - t;
      const a = u * u * u;
      const b = 3 * u * u * t;
      const c = 3 * u * t * t;
      const d = t * t * t;
      right.push([a * p0[0] + b * c0[0] + c * c1[0] + d * p1[0], a * p0[1] + b * c0[1] + c * c1[1] + d * p1[1]]);
    }
  };
  const top = [0.5, 0.19];
  right.push(top);
  quad(top, [0.62, 0.265], [0.765, 0.265]);
  right.push([0.765, 0.47]);
  cubic([0.765, 0.47], [0.765, 0.67], [0.63, 0.775], [0.5, 0.83]);
  const left = right
    .slice(1, -1)
    .reverse()
    .map(([x, y]) => [1 - x, y]);
  return [...right, ...left];
}

const SHIELD = shieldOutline();
const CHECK = [
  [0.385, 0.515],
  [0.47, 0.6],
  [0.63, 0.425],
];
const CHECK_HALF_WIDTH = 0.036;

/** x-ranges of the shield on one horizontal line (even-odd rule), so each sample row costs one pass. */
function shieldSpans(y) {
  const xs = [];
  for (let i = 0; i < SHIELD.length; i += 1) {
    const [x0, y0] = SHIELD[i];
    const [x1, y1] = SHIELD[(i + 1) % SHIELD.length];
    if ((y0 <= y && y < y1) || (y1 <= y && y < y0)) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
  }
  xs.sort((a, b) => a - b);
  const spans = [];
  for (let i = 0; i + 1 < xs.length; i += 2) spans.push([xs[i], xs[i + 1]]);
  return spans;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inRoundedSquare(x, y, margin, radius) {
  const qx = Math.abs(x - 0.5) - (0.5 - margin - radius);
  const qy = Math.abs(y - 0.5) - (0.5 - margin - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) <= radius;
}

const teal = (y) => TEAL_TOP.map((c, i) => c + (TEAL_BOTTOM[i] - c) * y);

/** Renders one size with supersampling; returns straight (non-premultiplied) RGBA rows, top row first. */
function render(size) {
  const samples = size >= 256 ? 4 : 8;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    const acc = new Float64Array(size * 4);
    for (let sy = 0; sy < samples; sy += 1) {
      const y = (py + (sy + 0.5) / samples) / size;
      const spans = shieldSpans(y);
      for (let px = 0; px < size; px += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          if (!inRoundedSquare(x, y, 0.035, 0.2)) continue;
          const inShield = spans.some(([a, b]) => x >= a && x < b);
          const onCheck = Math.min(distanceToSegment(x, y, CHECK[0], CHECK[1]), distanceToSegment(x, y, CHECK[1], CHECK[2])) <= CHECK_HALF_WIDTH;
          const color = inShield && !onCheck ? WHITE : teal(y);
          const o = px * 4;
          acc[o] += color[0];
          acc[o + 1] += color[1];
          acc[o + 2] += color[2];
          acc[o + 3] += 1;
        }
      }
    }
    for (let px = 0; px < size; px += 1) {
      const o = px * 4;
      const covered = acc[o + 3];
      const t = (py * size + px) * 4;
      if (covered === 0) continue;
      rgba[t] = Math.round(acc[o] / covered);
      rgba[t + 1] = Math.round(acc[o + 1] / covered);
      rgba[t + 2] = Math.round(acc[o + 2] / covered);
      rgba[t + 3] = Math.round((covered / (samples * samples)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'ascii');
  Buffer.from(data).copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 32-bit BMP (DIB) icon image: bottom-up BGRA, then an all-zero AND mask (alpha does the masking). */
function encodeIcoBitmap(size, rgba) {
  const maskRow = Math.ceil(size / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // XOR image + AND mask
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels[to] = rgba[from + 2];
      pixels[to + 1] = rgba[from + 1];
      pixels[to + 2] = rgba[from];
      pixels[to + 3] = rgba[from + 3];
    }
  }
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
}

/** Windows icon: BMP images for the small sizes (read by every tool, NSIS included), PNG for 256 px. */
function encodeIco(sizes) {
  const images = sizes.map((size) => (size >= 256 ? encodePng(size, render(size)) : encodeIcoBitmap(size, render(size))));
  const directory = Buffer.alloc(6 + 16 * sizes.length);
  directory.writeUInt16LE(0, 0);
  directory.writeUInt16LE(1, 2);
  directory.writeUInt16LE(sizes.length, 4);
  let offset = directory.length;
  sizes.forEach((size, i) => {
    const entry = 6 + 16 * i;
    directory[entry] = size >= 256 ? 0 : size;
    directory[entry + 1] = size >= 256 ? 0 : size;
    directory.writeUInt16LE(1, entry + 4);
    directory.writeUInt16LE(32, entry + 6);
    directory.writeUInt32LE(images[i].length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += images[i].length;
  });
  return Buffer.concat([directory, ...images]);
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'icon.png'), encodePng(512, render(512)));
writeFileSync(join(outDir, 'icon.ico'), encodeIco([16, 24, 32, 48, 64, 128, 256]));
console.log(`Wrote ${join(outDir, 'icon.png')} and ${join(outDir, 'icon.ico')}`);
