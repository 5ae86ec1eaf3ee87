"""The Summary sheet: what a reader of the record looks at first.

The workshop's metadata, participants, the final rankings of both methods (values), their
agreement (Kendall's tau-b), the chosen communities, agreements, screened-out communities (with
the reasons), program version, method settings and a native bar chart of the final scores.

The date is the workshop's, or the day of the workshop when none was given
(:attr:`RecordContext.day`). The rankings and the chosen communities are at the record's weights,
which a line names (:meth:`RecordContext.weight_source`). Its title, date, place and purpose
(:data:`SUMMARY_FIELDS`, from :data:`SUMMARY_FIRST_ROW`, values in column B) are at fixed
places: a person's edits there are taken up on reopening (:mod:`app.io.record.reading`). openpyxl
is imported inside the functions. Pure Python, no Qt.
"""

from __future__ import annotations

from typing import Any, Final

from app import __version__
from app.io.record.cells import SCORE_FORMAT, column_widths, fmt_number, header, put, wrap
from app.io.record.context import RecordContext
from app.models.analysis import ReasonKind
from app.models.criterion import Criterion

# Fixed places read back on reopening (1-based rows and columns).
SUMMARY_FIELDS: Final = ("title", "date", "place", "purpose")
SUMMARY_FIRST_ROW: Final = 3  # title in row 3, date 4, place 5, purpose 6; values in column B


def write_summary(ctx: RecordContext, sheet: Any) -> None:
    """The Summary sheet, top to bottom (see the module docstring); the chart beside the final
    rankings draws their values."""
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    meta = ctx.workshop.metadata
    put(sheet, 1, 1, ctx.t("record_title")).font = Font(bold=True, size=16)
    for offset, key in enumerate(SUMMARY_FIELDS):
        header(sheet, SUMMARY_FIRST_ROW + offset, [ctx.t(key)])
        value = ctx.day if key == "date" else getattr(meta, key)
        put(sheet, SUMMARY_FIRST_ROW + offset, 2, value).alignment = wrap()
    row = SUMMARY_FIRST_ROW + len(SUMMARY_FIELDS)
    header(sheet, row, [ctx.t("facilitators")])
    put(sheet, row, 2, "; ".join(meta.facilitators))
    row += 1
    if meta.notice:
        header(sheet, row, [ctx.t("notice")])
        put(sheet, row, 2, meta.notice).font = Font(bold=True, color="C00000")
        row += 1
    header(sheet, row, [ctx.t("version")])
    put(sheet, row, 2, __version__)
    row += 1
    header(sheet, row, [ctx.t("weights_used")])
    put(sheet, row, 2, ctx.weight_source())
    row += 2

    # final rankings, best first
    header(sheet, row, [ctx.t("ranking")])
    row += 1
    header(
        sheet,
        row,
        [
            ctx.t("community"),
            ctx.t("closeness"),
            ctx.t("topsis_rank"),
            ctx.t("global"),
            ctx.t("ahp_rank"),
        ],
    )
    table_header = row
    tops, scores = ctx.evaluation.topsis, ctx.evaluation.ahp_scores
    ahp_ranks = ctx.evaluation.ahp_ranks
    order = ctx.order()
    for k in order:
        row += 1
        put(sheet, row, 1, ctx.community(k))
        if tops is not None:
            put(sheet, row, 2, float(tops.closeness[k]), SCORE_FORMAT)
            put(sheet, row, 3, int(tops.ranks[k]))
        if scores is not None and ahp_ranks is not None:
            put(sheet, row, 4, float(scores[k]), SCORE_FORMAT)
            put(sheet, row, 5, int(ahp_ranks[k]))
    if not order:
        row += 1
        put(sheet, row, 1, ctx.t("nothing"))
        if ctx.failure is not None:
            put(sheet, row, 2, ctx.failure)
    elif scores is None:
        row += 1
        put(sheet, row, 1, ctx.t("ahp_none"))
    table_end = table_header + len(order)
    row += 1
    tau = ctx.evaluation.agreement
    header(sheet, row, [ctx.t("tau")])
    if tau is not None:
        put(sheet, row, 2, float(tau), "0.000")
    row += 2

    if order:
        chart = BarChart()
        chart.type = "bar"
        chart.title = ctx.t("chart")
        chart.y_axis.title = ctx.t("closeness")
        last_column = 4 if scores is not None else 2
        for column in range(2, last_column + 1, 2):
            data = Reference(sheet, min_col=column, min_row=table_header, max_row=table_end)
            chart.add_data(data, titles_from_data=True)
        chart.set_categories(
            Reference(sheet, min_col=1, min_row=table_header + 1, max_row=table_end)
        )
        chart.height = max(7.5, 0.6 * len(order) + 3)
        chart.width = 18
        chart.x_axis.scaling.orientation = "maxMin"  # best at the top
        sheet.add_chart(chart, f"H{table_header}")

    sections: list[tuple[str, list[str], list[list[Any]]]] = [
        (
            "participants",
            [ctx.t("name"), ctx.t("organisation"), ctx.t("gender")],
            [[p.name, p.organisation, p.gender] for p in meta.participants],
        ),
        ("chosen", [ctx.t("community")], [[_community_name(ctx, c)] for c in meta.chosen]),
        (
            "agreements",
            [ctx.t("action"), ctx.t("responsible"), ctx.t("date")],
            [[a.action, a.responsible, a.date] for a in meta.agreements],
        ),
        (
            "excluded",
            [ctx.t("community"), ctx.t("reasons")],
            [
                [
                    ctx.workshop.communities[e.community].name,
                    "; ".join(
                        _reason(ctx, r.kind, ctx.workshop.criteria[r.criterion], r.value)
                        for r in e.reasons
                    ),
                ]
                for e in ctx.problem.excluded
            ],
        ),
    ]
    for key, headers, lines in sections:
        header(sheet, row, [ctx.t(key)])
        row += 1
        header(sheet, row, headers)
        for line in lines:
            row += 1
            for column, value in enumerate(line, start=1):
                put(sheet, row, column, value)
        if key == "participants":
            row += 1
            header(sheet, row, [ctx.t("total")])
            put(sheet, row, 2, len(meta.participants))
            genders: dict[str, int] = {}
            for p in meta.participants:
                if p.gender:
                    genders[p.gender] = genders.get(p.gender, 0) + 1
            for gender, count in sorted(genders.items()):
                row += 1
                put(sheet, row, 1, f"{ctx.t('total')} {gender}")
                put(sheet, row, 2, count)
        row += 2

    settings = ctx.workshop.settings
    header(sheet, row, [ctx.t("settings")])
    for key, value in (
        ("missing_policy", ctx.t(settings.missing.value)),
        ("ahp_mode", ctx.t(settings.ahp_mode.value)),
        ("top_k", settings.top_k),
    ):
        row += 1
        put(sheet, row, 1, ctx.t(key))
        put(sheet, row, 2, value)
    column_widths(sheet, {1: 34, 2: 40, 3: 14, 4: 20, 5: 12})


def _community_name(ctx: RecordContext, community_id: str) -> str:
    """The name of the community ``community_id`` (the id itself if no community has it)."""
    for community in ctx.workshop.communities:
        if community.id == community_id:
            return community.name
    return community_id


def _reason(ctx: RecordContext, kind: ReasonKind, criterion: Criterion, value: float) -> str:
    """Why a community was screened out, in the record's language."""
    name = ctx.name(criterion)
    if kind is ReasonKind.GATE:
        return ctx.t("reason_gate").format(criterion=name)
    if kind is ReasonKind.MISSING:
        return ctx.t("reason_missing").format(criterion=name)
    shown = criterion.level_label(value, ctx.lang) or fmt_number(value)
    return ctx.t("reason_threshold").format(criterion=name, value=shown)


__all__ = ["SUMMARY_FIELDS", "SUMMARY_FIRST_ROW", "write_summary"]
