#!/usr/bin/env python3
"""Draws the two Teams app icons with the standard library only, so that anyone can regenerate them.

    python3 deployment/manifest/make-icons.py [OUT_DIR]     # default: this folder

color.png   192x192, opaque: two white rings (the partners) on the accent colour, their overlap
            (the shared organisation the health check looks at) filled in amber.
outline.png 32x32, the same two rings in white on a transparent background, as Teams requires.

Edges are anti-aliased by supersampling; the outline keeps every pixel pure white and varies only
alpha, so it stays "white on transparent". Pixels are a pure function of the constants below; the
tests regenerate the icons and compare decoded pixels with the committed files.
"""
import struct
import sys
import zlib
from pathlib import Path

ACCENT = (0x1B, 0x5E, 0x7A)  # keep equal to accentColor in manifest.json
AMBER = (0xF2, 0xA5, 0x41)
WHITE = (0xFF, 0xFF, 0xFF)
SUBSAMPLES = 4


def ring_coverage(x, y, cx, cy, outer, thickness):
    """Fraction of the pixel (x, y) that lies inside the ring."""
    inner = outer - thickness
    return _coverage(x, y, lambda px, py: inner ** 2 <= (px - cx) ** 2 + (py - cy) ** 2 <= outer ** 2)


def lens_coverage(x, y, c1, c2, cy, radius):
    """Fraction of the pixel inside both discs (the overlap of the two rings)."""
    def inside(px, py):
        return (px - c1) ** 2 + (py - cy) ** 2 <= radius ** 2 and (px - c2) ** 2 + (py - cy) ** 2 <= radius ** 2
    return _coverage(x, y, inside)


def _coverage(x, y, inside):
    hits = 0
    for sy in range(SUBSAMPLES):
        for sx in range(SUBSAMPLES):
            if inside(x + (sx + 0.5) / SUBSAMPLES, y + (sy + 0.5) / SUBSAMPLES):
                hits += 1
    return hits / (SUBSAMPLES * SUBSAMPLES)


def blend(base, top, alpha):
    return tuple(round(b + (t - b) * alpha) for b, t in zip(base, top))


def color_icon(size=192):
    mid, offset, outer, thickness = size / 2, 17.0, 38.0, 9.0
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            pixel = ACCENT
            pixel = blend(pixel, AMBER, lens_coverage(x, y, mid - offset, mid + offset, mid, outer - thickness))
            ring = max(ring_coverage(x, y, mid - offset, mid, outer, thickness),
                       ring_coverage(x, y, mid + offset, mid, outer, thickness))
            pixel = blend(pixel, WHITE, ring)
            row.extend(pixel)
        rows.append(bytes(row))
    return png(size, size, 2, rows)


def outline_icon(size=32):
    mid, offset, outer, thickness = size / 2, 4.0, 9.0, 2.0
    rows = []
    for y in range(size):
        row = bytearray()
        for x in range(size):
            ring = max(ring_coverage(x, y, mid - offset, mid, outer, thickness),
                       ring_coverage(x, y, mid + offset, mid, outer, thickness))
            row.extend((*WHITE, round(255 * ring)))
        rows.append(bytes(row))
    return png(size, size, 6, rows)


def png(width, height, color_type, rows):
    """Minimal PNG: 8-bit, no interlace, filter 0 on every row, fixed compression level."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, color_type, 0, 0, 0)
    raw = b"".join(b"\x00" + row for row in rows)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    (out / "color.png").write_bytes(color_icon())
    (out / "outline.png").write_bytes(outline_icon())
    print(f"wrote {out / 'color.png'} and {out / 'outline.png'}")


if __name__ == "__main__":
    main()
