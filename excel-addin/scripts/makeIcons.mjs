// Draws Dossier's ribbon and manifest icons (a customer card on Fluent blue)
// at 16, 32, 64 and 80 px and writes them as PNGs with Node's zlib.
// Run: node excel-addin/scripts/makeIcons.mjs (the PNGs are committed).
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const out = fileURLToPath(new URL('../assets/', import.meta.url));
const BLUE = [15, 108, 189, 255];
const WHITE = [255, 255, 255, 255];
const INK = [15, 108, 189, 255];
const CLEAR = [0, 0, 0, 0];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixel) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function icon(size) {
  const s = (f) => Math.round(f * size);
  const radius = Math.max(2, s(0.18));
  const inside = (x, y, x0, y0, x1, y1) => x >= x0 && x < x1 && y >= y0 && y < y1;
  return png(size, (x, y) => {
    // Rounded blue tile.
    const cx = Math.min(Math.max(x, radius), size - 1 - radius);
    const cy = Math.min(Math.max(y, radius), size - 1 - radius);
    if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return CLEAR;
    // A white card with a head, a shoulder line and two text lines.
    if (!inside(x, y, s(0.2), s(0.24), s(0.8), s(0.76))) return BLUE;
    const head = (x - s(0.35)) ** 2 + (y - s(0.4)) ** 2 <= Math.max(1, s(0.08)) ** 2;
    const body = inside(x, y, s(0.26), s(0.52), s(0.44), s(0.66));
    const line1 = inside(x, y, s(0.5), s(0.36), s(0.72), s(0.36) + Math.max(1, s(0.06)));
    const line2 = inside(x, y, s(0.5), s(0.54), s(0.72), s(0.54) + Math.max(1, s(0.06)));
    return head || body || line1 || line2 ? INK : WHITE;
  });
}

mkdirSync(out, { recursive: true });
for (const size of [16, 32, 64, 80]) writeFileSync(`${out}icon-${size}.png`, icon(size));
console.log(`Wrote icon-16/32/64/80.png to ${out}`);
