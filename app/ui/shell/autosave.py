"""Autosave to a recovery file, and the offer to recover after a crash or a power cut.

:class:`Autosaver` writes the open workshop to this process's recovery file
(:mod:`app.io.autosave`) every ``autosave/seconds`` seconds (QSettings, default 60; 0 turns it
off), only when the workshop changed since the last autosave and is not saved. The file goes away
after a save (:meth:`Autosaver.saved`), when the workshop is back to its saved state (undo, or
another workshop opened), and on a clean exit (:meth:`Autosaver.stop`).

:func:`offer_recovery` runs at start-up: for each recovery file that an ended Priorizar left, it
asks whether to recover it (opened as unsaved, with the original file's path), discard it, or
decide later (it stays). The question is :func:`ask_recovery`, one small function that tests
replace.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.io.autosave import (
    Recovery,
    clear_own_recovery,
    discard_recovery,
    own_recovery_path,
    pending_recoveries,
    write_recovery,
)
from app.io.settings_values import AUTOSAVE_DEFAULT, AUTOSAVE_KEY, BoundedSetting
from app.io.settings_values import autosave_seconds as read_autosave_seconds
from app.models.document import Change
from app.models.errors import InvalidInputError
from app.models.workshop import Workshop
from app.ui.environment import app_settings
from app.ui.session import WorkshopSession, translated_error

DEFAULT_SECONDS = AUTOSAVE_DEFAULT
SETTINGS_KEY = AUTOSAVE_KEY


def autosave_setting() -> BoundedSetting:
    """The autosave interval from the settings (0: no autosave), within its bounds: a value out of
    range, a fraction or a text gives ``DEFAULT_SECONDS`` and a note for the person
    (:func:`app.io.settings_values.autosave_seconds`)."""
    return read_autosave_seconds(app_settings().value(SETTINGS_KEY))


def autosave_seconds() -> int:
    """The autosave interval in seconds, as :func:`autosave_setting` reads it."""
    return autosave_setting().value


class Autosaver(QObject):
    """Writes the session's workshop to the recovery file when it has unsaved changes."""

    # emitted with a translated message when an autosave failed (the next tick tries again)
    failed = Signal(str)

    def __init__(
        self, session: WorkshopSession, parent: QObject | None = None, *, seconds: int | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._written: Workshop | None = None  # what the recovery file holds, if any
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.autosave)
        session.changed.connect(self._on_changed)
        #: what the person should know about the ``autosave/seconds`` setting read (a value out
        #: of range replaced by the default), or None
        self.note: InvalidInputError | None = None
        if seconds is None:
            setting = autosave_setting()
            seconds, self.note = setting.value, setting.note
        self.set_interval(seconds)

    def set_interval(self, seconds: int) -> None:
        """Autosave every ``seconds`` seconds from now on; 0 stops autosaving."""
        if seconds <= 0:
            self.timer.stop()
            return
        self.timer.start(seconds * 1000)

    @property
    def interval(self) -> int:
        """Seconds between autosaves; 0 when autosave is off."""
        return self.timer.interval() // 1000 if self.timer.isActive() else 0

    def autosave(self) -> bool:
        """Write the recovery file if the workshop changed since the last autosave and is not
        saved; returns whether a file was written."""
        document = self.session.document
        if not document.modified:
            self._clear()
            return False
        workshop = document.workshop
        if workshop is self._written:
            return False
        try:
            write_recovery(workshop, document.path)
        except InvalidInputError as error:
            self.failed.emit(self.tr("Autosave failed: %s") % translated_error(error))
            return False
        except OSError as error:  # a full disk: the workshop is still open; try again later
            self.failed.emit(self.tr("Autosave failed: %s") % error)
            return False
        self._written = workshop
        return True

    def saved(self) -> None:
        """The workshop was saved: the recovery file is no longer needed."""
        self._clear()

    def stop(self) -> None:
        """A clean exit: no more autosaves, and no recovery file left behind."""
        self.timer.stop()
        clear_own_recovery(release=True)
        self._written = None

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if not self.session.document.modified:  # undone to the saved state, or another opened
            self._clear()

    def _clear(self) -> None:
        if self._written is not None or own_recovery_path().exists():
            clear_own_recovery()
        self._written = None


# -- recovery at start-up -----------------------------------------------------------------------
class Answer(Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


def recovery_time(recovery: Recovery) -> str:
    """When the recovery file was written, in the interface language's short format."""
    from PySide6.QtCore import QDateTime  # only when a recovery is offered

    moment = QDateTime.fromSecsSinceEpoch(int(recovery.saved_at.timestamp()))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def recovery_question(recovery: Recovery) -> str:
    """The translated question for ``recovery``."""
    when = recovery_time(recovery)
    if recovery.problem is not None:
        return (
            QCoreApplication.translate(
                "Autosaver",
                "On {time}, Priorizar closed without saving, but the recovered workshop cannot "
                "be read: {problem}\n\nDelete the recovery file?",
            )
        ).format(time=when, problem=translated_error(recovery.problem))
    title = recovery.title or QCoreApplication.translate("Autosaver", "Untitled workshop")
    return QCoreApplication.translate(
        "Autosaver", "On {time}, Priorizar closed without saving. Recover the workshop “{title}”?"
    ).format(time=when, title=title)


def ask_recovery(parent: QWidget | None, recovery: Recovery) -> Answer:
    """Ask what to do with ``recovery`` (the one modal call; tests replace this function)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Autosaver", "Recover unsaved work"))
    box.setText(recovery_question(recovery))
    recover = None
    if not recovery.damaged:
        recover = box.addButton(
            QCoreApplication.translate("Autosaver", "&Recover"), QMessageBox.ButtonRole.AcceptRole
        )
    discard = box.addButton(
        QCoreApplication.translate("Autosaver", "&Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    later = box.addButton(
        QCoreApplication.translate("Autosaver", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(recover or later)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    if recover is not None and clicked is recover:
        return Answer.RECOVER
    if clicked is discard:
        return Answer.DISCARD
    return Answer.LATER


def offer_recovery(parent: QWidget | None, session: WorkshopSession) -> bool:
    """Offer each recovery file an ended Priorizar left, newest first; returns whether one was
    opened in ``session`` (as unsaved, with its original path). Files left for later stay."""
    for recovery in pending_recoveries():
        answer = ask_recovery(parent, recovery)
        if answer is Answer.DISCARD:
            discard_recovery(recovery)
        elif answer is Answer.RECOVER and recovery.workshop is not None:
            session.open(recovery.workshop, recovery.source_path, saved=False)
            try:  # the recovered work is in this process's recovery file before the old one goes
                write_recovery(recovery.workshop, recovery.source_path)
            except (InvalidInputError, OSError):
                return True  # the old file stays and is offered again if this run ends badly
            discard_recovery(recovery)
            return True
    return False


__all__ = [
    "DEFAULT_SECONDS",
    "SETTINGS_KEY",
    "Answer",
    "Autosaver",
    "ask_recovery",
    "autosave_seconds",
    "offer_recovery",
    "recovery_question",
]
