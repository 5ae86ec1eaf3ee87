"""The rank reversal page: which pairs change places without which community, computed only while
the page is shown, in words (Spanish "u" before the sound o)."""

from __future__ import annotations

from app.io.example import example_workshop
from app.models import edits
from app.ui.robustness.panel import SensitivityPanel
from app.ui.session import WorkshopSession
from tests.factories import REVERSAL_EXAMPLE as HAND
from tests.factories import small_workshop as _workshop


def _texts(panel: SensitivityPanel) -> list[str]:
    return [
        panel.reversal_page.reversal_list.item(k).text()
        for k in range(panel.reversal_page.reversal_list.count())
    ]


def test_rank_reversal_page_names_the_communities_and_follows_weights_and_data(qtbot) -> None:
    """The hand-worked case of tests/models/test_rank_reversal.py: Anqas (1, 6), Sani (3, 3) and
    Puka (9, 2), equal weights; without Puka, Sani moves ahead of Anqas in both methods."""
    session = WorkshopSession(_workshop(HAND))
    panel = SensitivityPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.reversal_page.reversals == ()  # not computed until its page is shown
    panel.tabs.setCurrentWidget(panel.reversal_page)
    reversed_ = [
        "Without Puka Wallata, TOPSIS puts Sani Wik'uña ahead of Anqas Luwichu (now behind).",
        "Without Puka Wallata, AHP puts Sani Wik'uña ahead of Anqas Luwichu (now behind).",
    ]
    assert [t for t in _texts(panel) if t.startswith("Without")] == reversed_
    assert _texts(panel)[0] == (
        "TOPSIS: the order of the others changes without 1 of the 3 communities "
        "(1 change of place)."
    )

    session.apply(edits.set_weight("g", "c2", 2.0))
    assert _texts(panel) == [
        "Removing any one community does not change the order of the others (TOPSIS).",
        "Removing any one community does not change the order of the others (AHP).",
    ]
    session.apply(edits.set_weight("g", "c2", 3.0))
    assert [t for t in _texts(panel) if t.startswith("Without")] == [
        "Without Anqas Luwichu, TOPSIS puts Sani Wik'uña ahead of Puka Wallata (now behind).",
        "Without Anqas Luwichu, AHP puts Sani Wik'uña ahead of Puka Wallata (now behind).",
    ]
    session.undo()
    session.undo()
    assert [t for t in _texts(panel) if t.startswith("Without")] == reversed_

    # a data change: Sani's second value 3 -> 2 and nobody changes places any more
    session.apply(edits.set_value(1, 1, 2.0))
    assert all(t.startswith("Removing any one community") for t in _texts(panel))

    # on another page the check waits until its page is shown again
    panel.tabs.setCurrentIndex(0)
    session.undo()
    assert all(t.startswith("Removing any one community") for t in _texts(panel))
    panel.tabs.setCurrentWidget(panel.reversal_page)
    assert [t for t in _texts(panel) if t.startswith("Without")] == reversed_


def test_rank_reversal_page_with_too_few_communities_says_what_it_needs(qtbot) -> None:
    session = WorkshopSession(_workshop(HAND[:2]))
    panel = SensitivityPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.tabs.setCurrentWidget(panel.reversal_page)
    assert _texts(panel) == [
        "Needs three ranked communities: removing one must leave two to compare."
    ]


def test_rank_reversal_page_gives_each_pair_one_line_naming_every_removal(qtbot) -> None:
    """On the example, TOPSIS puts Sani Wik'uña ahead of Yana Pisaqa without Anqas Luwichu and
    also without Sumaq Hamp'atu: one line names both, in the order of their places."""
    session = WorkshopSession(example_workshop())
    panel = SensitivityPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.tabs.setCurrentWidget(panel.reversal_page)
    pairs = {
        (panel.reversal_page.name(rises), panel.reversal_page.name(falls)): removal.removed
        for removal in panel.reversal_page.reversals
        if removal.method == "topsis"
        for rises, falls in removal.pairs
    }
    assert ("Sani Wik'uña*", "Yana Pisaqa*") in pairs
    lines = [t for t in _texts(panel) if "TOPSIS puts Sani Wik'uña* ahead of Yana Pisaqa*" in t]
    assert lines == [
        "Without Anqas Luwichu* or Sumaq Hamp'atu*, TOPSIS puts Sani Wik'uña* ahead of "
        "Yana Pisaqa* (now behind)."
    ]
    changes = sum(len(r.pairs) for r in panel.reversal_page.reversals if r.method == "topsis")
    shown = [t for t in _texts(panel) if t.startswith("Without") and "TOPSIS" in t]
    assert len(shown) < changes  # pairs repeated across removals share a line


def test_a_list_of_communities_ends_with_or_and_spanish_u_before_the_sound_o(
    qtbot, spanish: None
) -> None:
    panel = SensitivityPanel(WorkshopSession(example_workshop()))
    qtbot.addWidget(panel)
    assert panel.reversal_page._any_of(["Mara"]) == "Mara"
    assert (
        panel.reversal_page._any_of(["Mara", "Haquira", "Cotabambas"])
        == "Mara, Haquira o Cotabambas"
    )
    assert panel.reversal_page._any_of(["Sani", "Ocongate"]) == "Sani u Ocongate"
    assert panel.reversal_page._any_of(["Sani", "Hornillos"]) == "Sani u Hornillos"
