// Regenerates the extension icons (icon-16/32/48/128.png) without any image library:
// a blue shield with a white medical cross, drawn with 4x4 supersampling and written as PNG
// with node:zlib. Run: node extension/icons/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// Shape tests in unit coordinates (0..1 square).
function inShield(x, y) {
  if (y < 0.08 || y > 0.94) return false;
  const half = y < 0.5 ? 0.40 : 0.40 * Math.sqrt(Math.max(0, 1 - ((y - 0.5) / 0.44) ** 2));
  // Slight dip in the top edge.
  const top = 0.08 + 0.05 * (1 - Math.abs(x - 0.5) / 0.4);
  return Math.abs(x - 0.5) <= half && y >= top;
}
function inCross(x, y) {
  const cx = 0.5, cy = 0.47, arm = 0.22, w = 0.085;
  return (Math.abs(x - cx) <= w && Math.abs(y - cy) <= arm) ||
         (Math.abs(y - cy) <= w && Math.abs(x - cx) <= arm);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function render(size) {
  const ss = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, RGBA
    for (let px = 0; px < size; px++) {
      let shield = 0, cross = 0;
      for (let sy = 0; sy < ss; sy++) for (let sx = 0; sx < ss; sx++) {
        const x = (px + (sx + 0.5) / ss) / size, y = (py + (sy + 0.5) / ss) / size;
        if (inShield(x, y)) { shield++; if (inCross(x, y)) cross++; }
      }
      const n = ss * ss;
      const a = shield / n, c = shield ? cross / shield : 0;
      // Blue #1f5fa8 blended with white for the cross.
      const r = Math.round(0x1f + (255 - 0x1f) * c), g = Math.round(0x5f + (255 - 0x5f) * c), b = Math.round(0xa8 + (255 - 0xa8) * c);
      row.set([r, g, b, Math.round(a * 255)], 1 + px * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) {
  fs.writeFileSync(path.join(here, `icon-${size}.png`), render(size));
}
