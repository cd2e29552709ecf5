#!/usr/bin/env python3
"""Draws input.png, the sample's 256x256 test picture: sky, sun, hills, a house and a checker board.
Plain Python (zlib + struct), so that it needs nothing installed."""
import math, struct, zlib, os

W = H = 256
def pixel(x, y):
    r, g, b = 90 + y // 3, 150 + y // 4, 235 - y // 6                      # sky gradient
    if (x - 190) ** 2 + (y - 60) ** 2 < 26 ** 2: r, g, b = 255, 215, 70     # sun
    hill = 170 + 22 * math.sin(x / 28.0) + 10 * math.sin(x / 9.0)
    if y > hill: r, g, b = 60, 140 + int(20 * math.sin(x / 5.0)), 60         # hills
    if 40 <= x < 110 and 140 <= y < 200: r, g, b = 200, 180, 150            # house wall
    if 40 <= x < 110 and 140 - (x - 40 if x < 75 else 110 - x) <= y < 140: r, g, b = 170, 50, 40  # roof
    if 65 <= x < 85 and 170 <= y < 200: r, g, b = 100, 60, 30               # door
    if 150 <= x < 230 and 200 <= y < 250 and ((x - 150) // 10 + (y - 200) // 10) % 2 == 0: r, g, b = 245, 245, 245  # checkers
    return bytes((min(255, r), min(255, g), min(255, b)))

rows = b"".join(b"\x00" + b"".join(pixel(x, y) for x in range(W)) for y in range(H))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "input.png"), "wb").write(png)
