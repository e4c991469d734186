// Draws the app icons (public/icons/*.png) from the favicon's design: a blue rounded square with
// three white bars rising to the right. Uses only Node's zlib, so it needs no image library.
// Run it again after changing the design: `node scripts/generate-icons.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const BLUE = [0x0b, 0x53, 0x94]
const WHITE = [0xff, 0xff, 0xff]
// The favicon's bars in its 64×64 viewBox: [x, y, width, height].
const BARS = [
  [14, 30, 8, 16],
  [28, 22, 8, 24],
  [42, 14, 8, 32],
]
// Samples per pixel side; 4×4 gives smooth edges.
const SUPERSAMPLE = 4

/** Coverage-based drawing: for each pixel, the share of samples inside each shape. */
function render(size, { cornerRadius, barOffsetY }) {
  const scale = size / 64
  const rgba = Buffer.alloc(size * size * 4)
  const insideBackground = (x, y) => {
    if (cornerRadius === 0) return true
    const r = cornerRadius
    const cx = Math.min(Math.max(x, r), 64 - r)
    const cy = Math.min(Math.max(y, r), 64 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
  }
  const insideBar = (x, y) => BARS.some(([bx, by, bw, bh]) => x >= bx && x < bx + bw && y >= by + barOffsetY && y < by + barOffsetY + bh)
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let background = 0
      let bar = 0
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / scale
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / scale
          if (!insideBackground(x, y)) continue
          background += 1
          if (insideBar(x, y)) bar += 1
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE
      const offset = (py * size + px) * 4
      const white = background === 0 ? 0 : bar / background
      for (let channel = 0; channel < 3; channel += 1) {
        rgba[offset + channel] = Math.round(BLUE[channel] * (1 - white) + WHITE[channel] * white)
      }
      rgba[offset + 3] = Math.round((background / samples) * 255)
    }
  }
  return rgba
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes) {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}

/** An 8-bit RGBA PNG: signature, IHDR, one IDAT with filter byte 0 per row, IEND. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y += 1) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons')
mkdirSync(outDir, { recursive: true })
const icons = [
  // "any": the favicon's rounded square on a transparent background.
  { file: 'icon-192.png', size: 192, cornerRadius: 12, barOffsetY: 0 },
  { file: 'icon-512.png', size: 512, cornerRadius: 12, barOffsetY: 0 },
  // "maskable": the platform cuts its own shape, so the blue fills the square and the bars are
  // centred (moved down by 2 units); they already lie inside the safe circle of 40 % radius.
  { file: 'icon-maskable-512.png', size: 512, cornerRadius: 0, barOffsetY: 2 },
]
for (const icon of icons) {
  writeFileSync(join(outDir, icon.file), encodePng(icon.size, render(icon.size, icon)))
  console.log(`wrote public/icons/${icon.file}`)
}
