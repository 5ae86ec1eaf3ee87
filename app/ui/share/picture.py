"""A picture of the results for a phone or a screen: presentation mode rendered to a PNG.

The picture is what the room saw on the projector, the rankings with the weights in use, so it is
drawn by presentation mode itself (:class:`~app.ui.results.presentation.PresentationWindow`,
which fits its type to the size it is given and puts the weights above the rankings in a
portrait picture) rather than by a second drawing that would drift from it. The window is laid
out at the picture's size and rendered into an image of exactly that many pixels, whatever the
screen's scaling (``QWidget.grab`` would give twice the pixels on a screen at 200 %); it is never
shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QBuffer, QIODevice, QSize, Qt
from PySide6.QtGui import QImage

from app.io.atomic import atomic_write_bytes
from app.ui.results.presentation import PresentationWindow
from app.ui.session import WorkshopSession

#: The picture's sizes: portrait for a phone (4:5, as messaging apps show it whole), and a
#: landscape full-HD screen.
PHONE: Final = QSize(1080, 1350)
SCREEN: Final = QSize(1920, 1080)
#: The sizes by the name the command line takes (``--size 1080x1350``).
SIZES: Final = {f"{s.width()}x{s.height()}": s for s in (PHONE, SCREEN)}


def render_picture(session: WorkshopSession, size: QSize) -> QImage:
    """Presentation mode of ``session`` at ``size``, as an image of exactly that size."""
    window = PresentationWindow(session)
    try:
        window.resize(size)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(1.0)
        image.fill(Qt.GlobalColor.white)
        window.render(image)
    finally:
        window.deleteLater()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # PySide6 takes a str
        raise OSError("the picture could not be encoded as PNG")
    return bytes(buffer.data().data())


def write_picture(session: WorkshopSession, size: QSize, path: str | Path) -> None:
    """Write presentation mode of ``session`` at ``size`` to ``path`` as a PNG, atomically."""
    atomic_write_bytes(path, png_bytes(render_picture(session, size)))


__all__ = ["PHONE", "SCREEN", "SIZES", "png_bytes", "render_picture", "write_picture"]
