"""The File menu's way of sharing the decision: Export summary (PDF), Print, Export picture.

:class:`Sharing` owns the three actions; the main window puts them in its File menu. The summary
names the decision record the workshop was saved as and its SHA-256 (:mod:`.content`), which
only holds while the workshop is saved: with unsaved changes the facilitator is offered to save
first, so that the paper and the spreadsheet are tied together. Printing draws the same page as
the PDF (:func:`app.ui.share.page.paint_summary`) on the printer chosen in the system's print
dialog, A4 unless changed there. The picture's size is chosen by the file type in the save
dialog: for a phone (1080 x 1350, portrait) or for a screen (1920 x 1080).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from app.models.errors import InvalidInputError
from app.ui.folders import last_folder, remember_folder
from app.ui.session import WorkshopSession, translated_error

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from app.ui.share.content import Summary


class Sharing(QObject):
    """The actions ``summary_action``, ``print_action`` and ``picture_action`` of ``window``.

    ``status`` shows what was written; ``save`` saves the workshop (the window's Save: it asks
    for a name when there is none) and says whether it did."""

    def __init__(
        self,
        window: QWidget,
        session: WorkshopSession,
        status: QLabel,
        save: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self._window, self._session, self._status, self._save = window, session, status, save
        self.summary_action = QAction(window)
        self.summary_action.triggered.connect(self.export_summary)
        self.print_action = QAction(window)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_summary)
        self.picture_action = QAction(window)
        self.picture_action.triggered.connect(self.export_picture)
        self.actions = (self.summary_action, self.print_action, self.picture_action)
        window.addActions(list(self.actions))
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.summary_action.setText(self.tr("Export &summary (PDF)…"))
        self.summary_action.setToolTip(
            self.tr(
                "One A4 page to print and sign: the weights, both rankings, the chosen "
                "communities and the agreements"
            )
        )
        self.print_action.setText(self.tr("&Print summary…"))
        self.print_action.setToolTip(self.tr("Print the one-page summary (Ctrl+P)"))
        self.picture_action.setText(self.tr("Export &picture…"))
        self.picture_action.setToolTip(
            self.tr("The rankings and the weights as presentation mode shows them, as a PNG")
        )

    # -- the summary ----------------------------------------------------------------------------
    def summary(self) -> Summary:
        """The page for the open workshop, tied to its decision record while that is saved."""
        from app.ui.share.content import record_file, summary_content

        document = self._session.document
        record = record_file(document.path, modified=document.modified)
        return summary_content(self._session.workshop, self._session.evaluation, record)

    def export_summary(self) -> bool:
        """Ask where, then write the summary as a PDF; returns whether it was written."""
        if not self._saved_or_not():
            return False
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export the summary"),
            self._suggestion(".pdf"),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return False
        if Path(path).suffix.lower() != ".pdf":
            path += ".pdf"
        remember_folder(path)
        from app.ui.share.page import write_pdf

        summary = self.summary()
        try:
            pages = write_pdf(summary, path)
        except InvalidInputError as error:
            return self._failed(path, translated_error(error))
        except OSError as error:
            return self._failed(path, str(error))
        self._say(
            self.tr("Summary saved: {file} (1 page)").format(file=Path(path).name)
            if pages == 1
            else self.tr("Summary saved: {file} ({pages} pages)").format(
                file=Path(path).name, pages=pages
            )
        )
        return True

    def print_summary(self) -> bool:
        """The system's print dialog, then the summary on the printer chosen."""
        if not self._saved_or_not():
            return False
        from PySide6.QtPrintSupport import QPrinter

        from app.ui.share.page import paint_summary, prepare_device

        summary = self.summary()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_device(printer)
        printer.setDocName(summary.document_title)
        if not self.print_dialog(printer):
            return False
        try:
            paint_summary(printer, summary)
        except OSError as error:
            return self._failed(printer.printerName() or printer.outputFileName(), str(error))
        self._say(self.tr("Summary sent to the printer."))
        return True

    def print_dialog(self, printer: QPrinter) -> bool:
        """Whether the person chose to print (a seam for tests: the dialog is modal)."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self._window)
        return bool(dialog.exec() == QPrintDialog.DialogCode.Accepted)

    # -- the picture ----------------------------------------------------------------------------
    def export_picture(self) -> bool:
        """Ask where and at which size (by the file type), then write the picture."""
        from PySide6.QtWidgets import QFileDialog

        phone = self.tr("Picture for a phone, 1080 × 1350 (*.png)")
        screen = self.tr("Picture for a screen, 1920 × 1080 (*.png)")
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export a picture of the results"),
            self._suggestion(".png"),
            ";;".join([phone, screen]),
            phone,
        )
        if not path:
            return False
        if Path(path).suffix.lower() != ".png":
            path += ".png"
        remember_folder(path)
        from app.ui.share.picture import PHONE, SCREEN, write_picture

        size = SCREEN if chosen == screen else PHONE
        try:
            write_picture(self._session, size, path)
        except InvalidInputError as error:
            return self._failed(path, translated_error(error))
        except OSError as error:
            return self._failed(path, str(error))
        self._say(
            self.tr("Picture saved: {file} ({width} × {height})").format(
                file=Path(path).name, width=size.width(), height=size.height()
            )
        )
        return True

    # -- helpers --------------------------------------------------------------------------------
    def _saved_or_not(self) -> bool:
        """True to go on: the workshop is saved, or the facilitator saved it now, or chose to go
        on without (the page then says it is tied to no record); False: cancelled."""
        if not self._session.document.modified:
            return True
        answer = self.ask_to_save()
        if answer == "save":
            return self._save()
        return answer == "continue"

    def ask_to_save(self) -> str:
        """``"save"``, ``"continue"`` or ``"cancel"`` (a seam for tests: the question is modal)."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Save the workshop first?"))
        box.setText(
            self.tr(
                "The summary names the decision record and its SHA-256 code only when the "
                "workshop is saved. Save it first?"
            )
        )
        save = box.addButton(self.tr("&Save first"), QMessageBox.ButtonRole.AcceptRole)
        go_on = box.addButton(self.tr("&Continue without saving"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "continue" if clicked is go_on else "cancel"

    def _suggestion(self, suffix: str) -> str:
        """Beside the decision record, named like it; else named after the title (a name
        Windows takes, as Save as suggests) in the folder of the last file chosen."""
        path = self._session.document.path
        if path:
            return str(Path(path).with_suffix(suffix))
        from app.io.file_names import file_name_for

        name = file_name_for(self._session.workshop.metadata.title, self.tr("summary")) + suffix
        return str(Path(last_folder()) / name)

    def _say(self, text: str) -> None:
        self._status.setStyleSheet("")
        self._status.setText(text)

    def _failed(self, path: str, message: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        title = self.tr("Could not save %s") % Path(path).name
        self._status.setText(f"{title}: {message}")
        self._status.setStyleSheet("color: #b00020; font-weight: bold;")
        QMessageBox.warning(self._window, title, message)
        return False


__all__ = ["Sharing"]
