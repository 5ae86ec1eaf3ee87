"""Issue 18, kind 8: settings read with bounds; a bad value falls back to the default with a
note and never stops the window (autosave/seconds = 99999999999 raised OverflowError in QTimer)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.io.settings_values import AUTOSAVE_DEFAULT, AUTOSAVE_MAX, autosave_seconds

#: Qt's timer takes its interval in milliseconds as a signed 32-bit int.
QT_TIMER_MAX_MS = 2**31 - 1


def test_the_overflowing_interval_falls_back_with_a_note() -> None:
    read = autosave_seconds("99999999999")
    assert read.value == AUTOSAVE_DEFAULT
    assert read.note is not None and read.note.params["key"] == "autosave/seconds"
    assert "99999999999" in str(read.note)


def test_good_values_are_taken_without_a_note() -> None:
    assert autosave_seconds("120") == autosave_seconds(120)
    assert autosave_seconds("120").value == 120 and autosave_seconds("120").note is None
    assert autosave_seconds(0).value == 0  # off
    assert autosave_seconds(None).value == AUTOSAVE_DEFAULT
    assert autosave_seconds(None).note is None  # absent: the default, nothing to tell


def test_texts_fractions_and_negatives_fall_back() -> None:
    for raw in ("abc", "-5", "1.5", "inf", "nan", "1e400", True, -1, 2.5):
        read = autosave_seconds(raw)
        assert (read.value, read.note is not None) == (AUTOSAVE_DEFAULT, True), raw


@given(
    st.one_of(
        st.none(),
        st.integers(),
        st.floats(),
        st.text(max_size=30),
        st.booleans(),
        st.integers().map(str),
    )
)
def test_whatever_the_settings_hold_the_timer_can_take_it(raw: object) -> None:
    read = autosave_seconds(raw)
    assert 0 <= read.value <= AUTOSAVE_MAX
    assert read.value * 1000 <= QT_TIMER_MAX_MS
