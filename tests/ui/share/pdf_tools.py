"""Reading what the program writes as a person's tools would: a PDF's text and pages with Debian's
poppler-utils (``pdftotext``, ``pdfinfo``, ``pdftoppm``; installed by ``.ci/run``), and how much
of a picture is not white."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtGui import QImage

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdftoppm"))
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="poppler-utils (pdftotext, pdfinfo, pdftoppm) is not installed"
)


def _run(*command: str) -> str:
    done = subprocess.run(command, capture_output=True, check=True, timeout=120)
    return done.stdout.decode("utf-8")


def pdf_text(path: Path) -> str:
    """The PDF's text as ``pdftotext`` reads it, every run of spaces and line breaks as one
    space (a wrapped name reads whole)."""
    return " ".join(_run("pdftotext", "-enc", "UTF-8", str(path), "-").split())


def page_count(path: Path) -> int:
    for line in _run("pdfinfo", str(path)).splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise AssertionError(f"pdfinfo gives no page count for {path.name}")


def page_size_mm(path: Path) -> tuple[float, float]:
    """The first page's width and height in millimetres."""
    for line in _run("pdfinfo", str(path)).splitlines():
        if line.startswith("Page size:"):
            width, height = (float(v) for v in line.split()[2:5:2])
            return width * 25.4 / 72, height * 25.4 / 72
    raise AssertionError(f"pdfinfo gives no page size for {path.name}")


def page_images(path: Path, folder: Path, dpi: int = 40) -> list[QImage]:
    """Each page rendered by ``pdftoppm`` to a PNG, as images."""
    _run("pdftoppm", "-r", str(dpi), "-png", str(path), str(folder / "page"))
    return [QImage(str(png)) for png in sorted(folder.glob("page*.png"))]


def ink(image: QImage) -> float:
    """The share of the image's pixels that are not white (0 for a blank page)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    pixels = np.frombuffer(gray.constBits(), dtype=np.uint8, count=stride * height)
    pixels = pixels.reshape(height, stride)[:, :width]
    return float(np.count_nonzero(pixels < 250)) / (width * height)
