"""File > Export summary (PDF), Print, Export picture, as the facilitator uses them."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from app.io.example import example_workshop
from app.models import edits
from app.ui.folders import remember_folder
from app.ui.shell.main_window import MainWindow
from tests.ui.share.pdf_tools import needs_poppler, page_count, page_size_mm, pdf_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

EXPORT, PRINT, PICTURE = "Export &summary (PDF)…", "&Print summary…", "Export &picture…"


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    window = MainWindow(example_workshop(), restore_state=False)
    # closing must not ask about unsaved changes (a modal question would block the test)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    return window


def save_dialog_gives(monkeypatch: pytest.MonkeyPatch, path: Path, chosen: str = "") -> list[str]:
    """The save dialog answers ``path`` (and the file type ``chosen``); returns the file types
    it offered."""
    offered: list[str] = []

    def answer(_parent: Any, _title: str, _folder: str, types: str, *_: Any) -> tuple[str, str]:
        offered.extend(types.split(";;"))
        return str(path), chosen or offered[0]

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", answer)
    return offered


def test_the_file_menu_offers_the_three_after_the_files(window: MainWindow) -> None:
    texts = [action.text() for action in window.file_menu.actions()]
    assert texts.index(EXPORT) > texts.index("Save &as…")
    assert texts[texts.index(EXPORT) : texts.index(EXPORT) + 3] == [EXPORT, PRINT, PICTURE]
    assert texts.index(PICTURE) < texts.index("&Quit")
    assert window.sharing.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_the_entries_follow_the_interface_language(window: MainWindow, spanish: None) -> None:
    assert window.sharing.summary_action.text() == "Exportar &acta (PDF)…"
    assert window.sharing.print_action.text() == "&Imprimir acta…"
    assert window.sharing.picture_action.text() == "Exportar &imagen…"


@needs_poppler
def test_export_summary_writes_one_pdf_page(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not window.session.document.modified
    offered = save_dialog_gives(monkeypatch, tmp_path / "acta")  # the suffix is added
    window.sharing.summary_action.trigger()
    path = tmp_path / "acta.pdf"
    assert offered == ["PDF documents (*.pdf)"]
    assert page_count(path) == 1
    assert "not saved as a decision record" in pdf_text(path)
    assert window.status_label.text() == "Summary saved: acta.pdf (1 page)"


@needs_poppler
def test_the_summary_of_a_saved_record_names_it_and_its_hash(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = tmp_path / "taller.xlsx"
    save_dialog_gives(monkeypatch, record)
    assert window.save_as()
    save_dialog_gives(monkeypatch, tmp_path / "acta.pdf")
    assert window.sharing.export_summary()
    sha256 = hashlib.sha256(record.read_bytes()).hexdigest()
    assert f"Decision record: taller.xlsx · SHA-256: {sha256}" in pdf_text(tmp_path / "acta.pdf")


@needs_poppler
@pytest.mark.parametrize("answer", ["save", "continue", "cancel"])
def test_unsaved_changes_are_offered_a_save_first(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    record = tmp_path / "taller.xlsx"
    save_dialog_gives(monkeypatch, record)
    assert window.save_as()
    criterion = window.session.workshop.weighted_criteria[0].id
    group = window.session.workshop.active_group
    assert window.session.apply(edits.set_weights(group, {criterion: 99.0}))
    assert window.session.document.modified
    asked: list[bool] = []
    monkeypatch.setattr(window.sharing, "ask_to_save", lambda: asked.append(True) or answer)
    save_dialog_gives(monkeypatch, tmp_path / "acta.pdf")
    written = window.sharing.export_summary()
    assert asked == [True]
    assert written is (answer != "cancel")
    if answer == "cancel":
        assert not (tmp_path / "acta.pdf").exists()
        return
    text = pdf_text(tmp_path / "acta.pdf")
    if answer == "save":
        assert not window.session.document.modified
        assert hashlib.sha256(record.read_bytes()).hexdigest() in text
    else:
        assert "The workshop changed after that file was saved" in text
        assert "SHA-256" not in text


@needs_poppler
def test_print_draws_the_page_on_the_printer_chosen(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = tmp_path / "printed.pdf"
    exported = tmp_path / "exported.pdf"
    dialogs: list[QPrinter] = []

    def choose(printer: QPrinter) -> bool:  # the person picks a printer that writes a file
        dialogs.append(printer)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(window.sharing, "print_dialog", choose)
    window.sharing.print_action.trigger()
    assert len(dialogs) == 1
    assert window.status_label.text() == "Summary sent to the printer."
    width, height = page_size_mm(printed)
    assert (round(width), round(height)) == (210, 297)  # A4 unless the dialog changes it
    save_dialog_gives(monkeypatch, exported)
    assert window.sharing.export_summary()
    assert pdf_text(printed) == pdf_text(exported)


def test_cancelling_the_print_dialog_prints_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window.sharing, "print_dialog", lambda printer: False)
    assert not window.sharing.print_summary()
    assert window.status_label.text() == ""


@pytest.mark.parametrize(("kind", "size"), [(0, (1080, 1350)), (1, (1920, 1080))])
def test_export_picture_at_the_size_of_the_file_type_chosen(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: int,
    size: tuple[int, int],
) -> None:
    types = [
        "Picture for a phone, 1080 × 1350 (*.png)",
        "Picture for a screen, 1920 × 1080 (*.png)",
    ]
    offered = save_dialog_gives(monkeypatch, tmp_path / "resultados", types[kind])
    window.sharing.picture_action.trigger()
    assert offered == types
    image = QImage(str(tmp_path / "resultados.png"))
    assert (image.width(), image.height()) == size
    assert window.status_label.text() == (f"Picture saved: resultados.png ({size[0]} × {size[1]})")


def test_a_file_that_cannot_be_written_is_reported(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, _text: warnings.append(title)
    )
    save_dialog_gives(monkeypatch, tmp_path / "no such folder" / "acta.pdf")
    assert not window.sharing.export_summary()
    assert warnings == ["Could not save acta.pdf"]
    assert window.status_label.text().startswith("Could not save acta.pdf: ")


def test_the_file_is_suggested_beside_the_record_or_after_the_title(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested: list[str] = []
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda _parent, _title, suggestion, *_: suggested.append(suggestion) or ("", ""),
    )
    metadata = replace(window.session.workshop.metadata, title="Selección: Q'eros / Cotabambas")
    assert window.session.apply(edits.set_metadata(metadata))
    monkeypatch.setattr(window.sharing, "ask_to_save", lambda: "continue")
    remember_folder(str(tmp_path / "last" / "comunidades.csv"))  # a file chosen before
    (tmp_path / "last").mkdir()
    window.sharing.export_summary()
    window.session.document.mark_saved(str(tmp_path / "taller.xlsx"))
    window.sharing.export_picture()
    assert suggested == [
        str(tmp_path / "last" / "Selección - Q'eros - Cotabambas.pdf"),  # where the last was
        str(tmp_path / "taller.png"),  # beside the record
    ]
