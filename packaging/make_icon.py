"""Draw Priorizar's program icon: ``python packaging/make_icon.py``.

Writes ``packaging/priorizar.ico`` (16 to 256 pixels, for the Windows program, its shortcuts and
the installer) and ``packaging/priorizar.png`` (256 pixels). Both are committed; run this again
only to change the drawing, and commit the result.

The drawing: a white rounded square holding a ranking, three pairs of bars of falling length in
the window's TOPSIS blue and AHP orange (``app/ui/style.py``), the best on top. It uses no text,
so no font, and Qt paints it offscreen the same way on every machine with the same Qt.

Each size is painted on its own (small sizes get thicker bars and no border detail) rather than
scaled down from the largest, so that 16 pixels stay legible. The ``.ico`` container is written
here, one PNG per size (readable by Windows Vista and later, PyInstaller and Inno Setup): Qt's
own ICO writer stores a single image.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
TOPSIS = QColor("#0072B2")
AHP = QColor("#E69F00")
FRAME = QColor("#1F3A5F")
PAPER = QColor("#FFFFFF")
#: Bar lengths, best first, as a share of the longest (TOPSIS, AHP).
RANKING = ((1.0, 0.92), (0.74, 0.80), (0.50, 0.44))


def draw(size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels, transparent outside the rounded square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, size >= 24)
    border = max(1.0, size / 24)
    square = QRectF(border / 2, border / 2, size - border, size - border)
    painter.setPen(QPen(FRAME, border))
    painter.setBrush(PAPER)
    painter.drawRoundedRect(square, size * 0.18, size * 0.18)

    margin = size * (0.16 if size > 24 else 0.14)
    width = size - 2 * margin
    rows = len(RANKING)
    pair = (size - 2 * margin) / rows
    bar = pair * (0.36 if size >= 48 else 0.42)
    painter.setPen(Qt.PenStyle.NoPen)
    for row, lengths in enumerate(RANKING):
        top = margin + row * pair + (pair - 2 * bar) / 2
        for offset, (color, length) in enumerate(zip((TOPSIS, AHP), lengths, strict=True)):
            painter.setBrush(color)
            rect = QRectF(margin, top + offset * bar, width * length, bar)
            if size >= 48:
                painter.drawRoundedRect(rect, bar * 0.25, bar * 0.25)
            else:
                painter.drawRect(rect.toAlignedRect())
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (ICONDIR, then one ICONDIRENTRY per image)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        # width, height, palette colours, reserved, colour planes, bits per pixel, size, offset
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    assert app is not None
    pngs = {size: png_bytes(draw(size)) for size in SIZES}
    (HERE / "priorizar.ico").write_bytes(ico_bytes(pngs))
    (HERE / "priorizar.png").write_bytes(pngs[max(SIZES)])
    print(f"wrote {HERE / 'priorizar.ico'} ({', '.join(map(str, SIZES))} px) and priorizar.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
