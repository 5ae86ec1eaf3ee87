"""LibreOffice in the tests: what a colleague's spreadsheet program makes of our files.

Tests that need it are marked :data:`needs_libreoffice` (skipped where ``soffice`` is not
installed; ``.ci/run`` installs it); :func:`convert` saves a file as another kind, headless,
with a profile of its own so that the user's settings stay out of it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


def convert(source: Path, kind: str, folder: Path) -> Path:
    """``source`` opened and saved as ``kind`` (xlsx, ods, xls) by LibreOffice, in ``folder``.

    A workbook from openpyxl has no cached formula results, so LibreOffice computes every
    formula on loading: saved again as .xlsx, it holds LibreOffice's results. LibreOffice must
    not have had to repair the file.
    """
    out = folder / f"out-{kind}"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            kind,
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    converted = out / f"{source.stem}.{kind}"
    assert done.returncode == 0 and converted.exists(), done.stderr
    assert "repair" not in (done.stdout + done.stderr).lower()
    return converted
