// Draws the app's icons (a yellow star on the Party red) as PNGs, with no drawing library: run
// `node scripts/make-icons.mjs` after changing them. The SVG favicon is the same picture.
import { deflateSync } from 'node:zlib'
import { writeFileSync, mkdirSync } from 'node:fs'

const RED = [185, 28, 28]
const YELLOW = [250, 204, 21]

function crc32(buf) {
  let c
  const table = []
  for (let n = 0; n < 256; n++) {
    c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  let crc = 0xffffffff
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function png(size, rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size)
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** The ten corners of a five-pointed star centred at (cx, cy). */
function star(cx, cy, outer) {
  const inner = outer * 0.382
  const pts = []
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner
    const a = -Math.PI / 2 + (i * Math.PI) / 5
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)])
  }
  return pts
}

function inside(pts, x, y) {
  let yes = false
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i]
    const [xj, yj] = pts[j]
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) yes = !yes
  }
  return yes
}

function inRoundedSquare(x, y, size, radius) {
  const cx = Math.min(Math.max(x, radius), size - radius)
  const cy = Math.min(Math.max(y, radius), size - radius)
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
}

/** maskable: the red fills the square (the launcher cuts its own shape) and the star keeps to the safe zone. */
function icon(size, maskable) {
  const rgba = Buffer.alloc(size * size * 4)
  const pts = star(size / 2, size * 0.53, size * (maskable ? 0.3 : 0.38))
  const radius = maskable ? 0 : size * 0.19
  const S = 4
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let bg = 0
      let fg = 0
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const px = x + (sx + 0.5) / S
          const py = y + (sy + 0.5) / S
          if (maskable || inRoundedSquare(px, py, size, radius)) {
            if (inside(pts, px, py)) fg++
            else bg++
          }
        }
      }
      const total = S * S
      const alpha = (bg + fg) / total
      const o = (y * size + x) * 4
      for (let c = 0; c < 3; c++) rgba[o + c] = bg + fg ? Math.round((RED[c] * bg + YELLOW[c] * fg) / (bg + fg)) : 0
      rgba[o + 3] = Math.round(alpha * 255)
    }
  }
  return png(size, rgba)
}

const out = new URL('../public/icons/', import.meta.url)
mkdirSync(out, { recursive: true })
writeFileSync(new URL('icon-192.png', out), icon(192, false))
writeFileSync(new URL('icon-512.png', out), icon(512, false))
writeFileSync(new URL('icon-maskable-512.png', out), icon(512, true))
console.log('icons written to public/icons')
