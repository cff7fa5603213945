// Draws the toolbar icons (public/icons/<state>-<size>.png) for each badge state: a shield, blue with an ID card
// for the default state, amber / red with an exclamation mark for caution / danger. No image packages: shapes
// are tested per sub-pixel and written as PNG with node:zlib. Run: npx tsx build/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../public/icons');
const SIZES = [16, 32, 48, 128];
/** Sub-pixels per axis for anti-aliasing: 4×4 = 16 levels of coverage is smooth at 16 px and cheap at 128 px. */
const SUPERSAMPLE = 4;

type RGB = [number, number, number];
const STATES: Record<string, RGB> = { default: [29, 78, 216], caution: [180, 83, 9], danger: [185, 28, 28] };
const WHITE: RGB = [255, 255, 255];

// Shapes in a unit square (0..1, y down).
const SHIELD: [number, number][] = [];
{
  // Flat top with rounded shoulders, straight sides, curving to a point at the bottom.
  SHIELD.push([0.5, 0.04], [0.9, 0.16], [0.9, 0.48]);
  for (let t = 0; t <= 1; t += 0.05) SHIELD.push([0.9 - 0.4 * t, 0.48 + 0.48 * Math.sin((t * Math.PI) / 2)]);
  for (let t = 0; t <= 1; t += 0.05) SHIELD.push([0.5 - 0.4 * t, 0.96 - 0.48 * (1 - Math.cos((t * Math.PI) / 2))]);
  SHIELD.push([0.1, 0.16]);
}

function inPolygon(x: number, y: number, poly: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const inRect = (x: number, y: number, x0: number, y0: number, x1: number, y1: number) => x >= x0 && x <= x1 && y >= y0 && y <= y1;

/** White marks on the shield: an exclamation mark for warnings, an ID card (photo + two lines) otherwise. */
function mark(state: string, x: number, y: number): boolean {
  if (state !== 'default') return inRect(x, y, 0.43, 0.22, 0.57, 0.6) || (x - 0.5) ** 2 + (y - 0.74) ** 2 < 0.075 ** 2;
  const card = inRect(x, y, 0.24, 0.3, 0.76, 0.68);
  const photo = inRect(x, y, 0.3, 0.37, 0.46, 0.58);
  const lines = inRect(x, y, 0.52, 0.4, 0.7, 0.45) || inRect(x, y, 0.52, 0.52, 0.7, 0.57);
  return card && !photo && !lines;
}

function draw(state: string, size: number): Buffer {
  const color = STATES[state]!;
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shield = 0;
      let white = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!inPolygon(x, y, SHIELD)) continue;
          shield++;
          if (mark(state, x, y)) white++;
        }
      }
      const o = (py * size + px) * 4;
      if (!shield) continue;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round((color[c]! * (shield - white) + WHITE[c]! * white) / shield);
      rgba[o + 3] = Math.round((255 * shield) / n);
    }
  }
  return png(size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An 8-bit RGBA PNG; every scanline with filter 0 (none), which deflate handles well for flat icons. */
export function png(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const state of Object.keys(STATES)) {
  for (const size of SIZES) writeFileSync(join(OUT, `${state}-${size}.png`), draw(state, size));
}
console.log(`wrote ${Object.keys(STATES).length * SIZES.length} icons to ${OUT}`);
