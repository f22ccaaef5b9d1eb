"""Render the app icon from resources/icons/studio-desk.svg into the files the platforms want.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

Writes, next to the SVG (all committed, so a build needs no extra tool):
- hicolor/<N>x<N>/apps/studio-desk.png for N in SIZES: the freedesktop icon theme layout
  (Linux desktop entry, window icon fallback); copy the hicolor folder into
  ~/.local/share/icons/ or /usr/share/icons/.
- studio-desk.ico (Windows: PyInstaller's EXE icon, Inno Setup's SetupIconFile): PNG-compressed
  entries 16..256, readable by Windows Vista and later.
- studio-desk.icns (macOS: the .app BUNDLE icon): PNG entries 16..1024 (ic10 is the 512@2x image).
Both containers are written here with the standard library, so neither Pillow nor macOS's
iconutil is needed; on a Mac `iconutil -c iconset studio-desk.icns` unpacks it for checking.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "studio-desk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024))


def png_path(size: int) -> Path:
    return ICONS / "hicolor" / f"{size}x{size}" / "apps" / "studio-desk.png"


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRY per size, each image stored as PNG (width/height 0 means 256)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(pngs: dict[bytes, bytes]) -> bytes:
    """'icns' + total length, then one (type, length incl. 8-byte header, PNG data) block per image."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QPainter need it
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render_icons: cannot read {SOURCE}", file=sys.stderr)
        return 1
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(renderer, size)
        return cache[size]

    for size in SIZES:
        path = png_path(size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png(size))
    (ICONS / "studio-desk.ico").write_bytes(ico_bytes({size: png(size) for size in ICO_SIZES}))
    (ICONS / "studio-desk.icns").write_bytes(icns_bytes({kind: png(size) for kind, size in ICNS_TYPES}))
    print(f"render_icons: {len(SIZES)} PNGs, studio-desk.ico, studio-desk.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
