"""The focus communities page: quotas shape the proposal, and the choice is recorded (undoable)."""

from __future__ import annotations

from app.models.derived import record_weight_set
from app.ui.robustness.panel import SensitivityPanel
from app.ui.session import WorkshopSession


def test_quotas_shape_the_proposal_and_the_choice_is_recorded(
    panel: SensitivityPanel, session: WorkshopSession
) -> None:
    workshop = session.workshop
    regions = [
        panel.focus_page.quota_table.item(r, 0).text()
        for r in range(panel.focus_page.quota_table.rowCount())
    ]
    assert regions == sorted({c.region for c in workshop.communities if c.region})
    # at least 2 in the region that the unconstrained proposal has fewest of
    counts = {
        r: sum(workshop.communities[i].region == r for i in panel.focus_page.proposal)
        for r in regions
    }
    region = min(regions, key=lambda r: counts[r])
    row = regions.index(region)
    panel.focus_page.quota_table.cellWidget(row, 1).setValue(2)
    assert session.workshop.settings.quotas[0].value == region
    assert sum(workshop.communities[i].region == region for i in panel.focus_page.proposal) >= 2
    assert len(panel.focus_page.proposal) == 3
    before = session.workshop
    panel.focus_page.record_button.click()
    chosen = session.workshop.metadata.chosen
    # recorded with the weights it was proposed by: the record and the page rank with them
    assert session.workshop.metadata.ranking_weights == session.workshop.active_group
    assert record_weight_set(session.workshop) == session.workshop.active_group
    assert chosen == tuple(workshop.communities[i].id for i in panel.focus_page.proposal)
    names = [workshop.communities[i].name for i in panel.focus_page.proposal]  # best first
    group = session.workshop.group(session.workshop.active_group).name
    assert panel.focus_page.recorded_label.text() == (
        f"Recorded choice, by the weights of the group {group}: {', '.join(names)}."
    )
    place = {int(c): k for k, c in enumerate(session.evaluation.eligible)}
    ranks = session.evaluation.topsis.ranks
    listed = [int(ranks[place[i]]) for i in panel.focus_page.proposal]
    assert listed == sorted(listed) and names != sorted(names)  # by rank, not by name
    session.undo()
    assert session.workshop is before
    # an impossible quota: a clear message, no proposal
    panel.focus_page.quota_table.cellWidget(row, 1).setValue(4)
    assert panel.focus_page.proposal == ()
    assert region in panel.focus_page.choice_message.text()
    assert not panel.focus_page.record_button.isEnabled()


def test_a_choice_made_by_the_combined_weights_says_so(
    panel: SensitivityPanel, session: WorkshopSession
) -> None:
    from app.models import edits
    from app.models.workshop import COMBINED

    session.apply(edits.set_active_group(COMBINED))
    panel.focus_page.record_button.click()
    assert session.workshop.metadata.ranking_weights == COMBINED
    assert panel.focus_page.recorded_label.text().startswith(
        "Recorded choice, by the combined weights: "
    )
