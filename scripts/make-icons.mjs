#!/usr/bin/env node
// Draws the extension icon (a green shield with a white check) at every size the stores
// ask for, into public/icon/<size>.png. Pure JS: signed-distance shapes, 4×4 supersampling,
// PNG encoded with node:zlib. Run: node scripts/make-icons.mjs (the PNGs are committed).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const FILL = [20, 112, 90]; // --cg-accent
const EDGE = [12, 74, 60];
const MARK = [255, 255, 255];

/** Inside the shield? Unit square coordinates, y down. Flat top with rounded corners, round bottom. */
function inShield(x, y) {
  const top = 0.06;
  const mid = 0.5;
  const bottom = 0.96;
  const half = 0.42;
  const r = 0.1;
  const dx = Math.abs(x - 0.5);
  if (y < top) return false;
  if (y < top + r && dx > half - r) return Math.hypot(dx - (half - r), y - (top + r)) <= r;
  if (y <= mid) return dx <= half;
  if (y > bottom) return false;
  // Lower half: an ogive, each side an arc meeting at the bottom point.
  const t = (y - mid) / (bottom - mid);
  return dx <= half * Math.sqrt(1 - t * t) * (1 - 0.25 * t);
}

function segDist(px, py, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

function inCheck(x, y, size) {
  const w = size <= 16 ? 0.075 : 0.06; // thicker at 16 px so it stays visible
  return segDist(x, y, 0.3, 0.5, 0.45, 0.66) <= w || segDist(x, y, 0.45, 0.66, 0.72, 0.34) <= w;
}

function inEdge(x, y) {
  const e = 0.035;
  return !(inShield(x - e, y) && inShield(x + e, y) && inShield(x, y - e) && inShield(x, y + e));
}

function render(size) {
  const ss = 4;
  const px = new Uint8Array(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sj = 0; sj < ss; sj++) {
        for (let si = 0; si < ss; si++) {
          const x = (i + (si + 0.5) / ss) / size;
          const y = (j + (sj + 0.5) / ss) / size;
          if (!inShield(x, y)) continue;
          const c = inCheck(x, y, size) ? MARK : size >= 32 && inEdge(x, y) ? EDGE : FILL;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (j * size + i) * 4;
      if (a) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
        px[o + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) writeFileSync(join(OUT, `${size}.png`), png(size, render(size)));
console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to ${OUT}`);
