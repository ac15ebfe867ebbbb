#!/usr/bin/env node
/**
 * Draws Afterview's icons with Node built-ins only (zlib for PNG) and writes them to
 * resources/: the app icon (a white check mark on a green rounded square, 256 and 512 px)
 * and the tray icons, light and dark glyphs (16 px and @2x 32 px) plus macOS template
 * images. Re-run after changing a shape: `node scripts/make-icons.mjs`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources')

const CRC = new Int32Array(256).map((_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c
})
const crc32 = (buf) => {
  let c = -1
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ -1) >>> 0
}
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'ascii')
  data.copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}
/** RGBA pixels -> PNG file bytes. */
function png(size, rgba) {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 6, 0, 0, 0], 8)
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ])
}

// Shapes in unit coordinates (0..1), as signed distances (negative inside).
const segment = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax,
    dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - ax - t * dx, py - ay - t * dy)
}
const CHECK = [
  [0.3, 0.52],
  [0.44, 0.66],
  [0.71, 0.37]
]
const check = (x, y, width) => Math.min(segment(x, y, ...CHECK[0], ...CHECK[1]), segment(x, y, ...CHECK[1], ...CHECK[2])) - width / 2
const roundedSquare = (x, y, inset, radius) => {
  const qx = Math.abs(x - 0.5) - (0.5 - inset - radius)
  const qy = Math.abs(y - 0.5) - (0.5 - inset - radius)
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius
}
const ring = (x, y, r, width) => Math.abs(Math.hypot(x - 0.5, y - 0.5) - r) - width / 2

/** Renders `layers` (each: distance fn + colour), 4x4 supersampled. */
function draw(size, layers) {
  const px = Buffer.alloc(size * size * 4)
  const S = 4
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const ux = (x + (sx + 0.5) / S) / size,
            uy = (y + (sy + 0.5) / S) / size
          let cr = 0,
            cg = 0,
            cb = 0,
            ca = 0
          for (const [dist, [lr, lg, lb]] of layers) {
            if (dist(ux, uy) <= 0) {
              cr = lr
              cg = lg
              cb = lb
              ca = 1
            }
          }
          r += cr * ca
          g += cg * ca
          b += cb * ca
          a += ca
        }
      const i = (y * size + x) * 4
      px[i + 3] = Math.round((a / (S * S)) * 255)
      if (a > 0) {
        px[i] = Math.round(r / a)
        px[i + 1] = Math.round(g / a)
        px[i + 2] = Math.round(b / a)
      }
    }
  return png(size, px)
}

const GREEN = [47, 111, 94],
  WHITE = [255, 255, 255],
  INK = [24, 24, 24],
  BLACK = [0, 0, 0]
const appIcon = (size) =>
  draw(size, [
    [(x, y) => roundedSquare(x, y, 0.06, 0.2), GREEN],
    [(x, y) => check(x, y, 0.1), WHITE]
  ])
const trayIcon = (size, colour) => draw(size, [[(x, y) => Math.min(ring(x, y, 0.41, 0.1), check(x, y, 0.13)), colour]])

const files = {
  'icon.png': appIcon(512),
  'icon-256.png': appIcon(256),
  'tray/tray-dark.png': trayIcon(16, INK),
  'tray/tray-dark@2x.png': trayIcon(32, INK),
  'tray/tray-light.png': trayIcon(16, WHITE),
  'tray/tray-light@2x.png': trayIcon(32, WHITE),
  'tray/trayTemplate.png': trayIcon(16, BLACK),
  'tray/trayTemplate@2x.png': trayIcon(32, BLACK)
}
for (const [name, bytes] of Object.entries(files)) {
  mkdirSync(dirname(join(root, name)), { recursive: true })
  writeFileSync(join(root, name), bytes)
  console.log(`resources/${name} (${bytes.length} bytes)`)
}
