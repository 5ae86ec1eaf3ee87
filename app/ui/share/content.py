"""What the summary page says: every text of it, in the interface language, ready to draw.

:func:`summary_content` reads the workshop, its rankings and the decision record it was saved as,
and gives a :class:`Summary` of plain strings and numbers. The page (:mod:`.page`) only lays them
out, so what the page says can be tested without drawing it, and the drawing knows nothing of
workshops.

The texts follow the window's and the record's words: the screened-out communities are written as
the Results tab and presentation mode write them (:func:`app.ui.results.texts.exclusion_text`),
the methods' titles and their agreement too; the weights as the weights panel shows a share
(:func:`app.ui.i18n.format_share`); the focus communities as the Robustness tab chooses them
(:func:`app.models.sensitivity.select_with_quotas`) and the record's Sensitivity sheet words
them: the choice recorded in the workshop, or else a proposal that says it was not chosen.

The small print ties the paper to the spreadsheet: the decision record's file name and the
SHA-256 of its bytes (:class:`RecordFile`). A page made from a workshop that was never saved as a
record, or that changed after it was saved, says so instead of naming a file that does not hold
what the page shows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

from app import __version__
from app.io.reading import WORKBOOK_SUFFIXES
from app.models.analysis import Evaluation, method_results, rank_order
from app.models.criterion import Direction
from app.models.derived import record_weight_set, record_weights, weight_vector, workshop_day
from app.models.errors import InvalidInputError
from app.models.sensitivity.selection import select_with_quotas
from app.models.workshop import COMBINED, Participant, Workshop
from app.ui.i18n import current_language, format_number, format_share
from app.ui.results.texts import (
    METHOD_COLORS,
    Method,
    agreement_text,
    exclusion_text,
    method_title,
    note_text,
)
from app.ui.session import translated_error

#: How many communities of each ranking the page lists; "and N more" says how many are left out.
RANKED_ON_PAGE = 15
#: How the dates of a workshop are stored (see app/ui/dialogs/details_dialog.py).
ISO_DATE = "yyyy-MM-dd"
#: Bytes read at a time while hashing a decision record.
_CHUNK = 1 << 16

#: What people type in the gender column of the participants (the details dialog suggests F and
#: M), folded to lower case: the page counts women and men from them.
_WOMEN = frozenset({"f", "fem", "femenino", "female", "mujer", "mujeres", "woman", "women", "w"})
_MEN = frozenset({"masc", "masculino", "male", "hombre", "hombres", "varón", "varon", "man", "men"})


@dataclass(frozen=True)
class RecordFile:
    """The decision record the page belongs to: its file name and the SHA-256 of its bytes;
    ``sha256`` is ``None`` when the workshop has ``changed`` since the record was saved, or when
    the file cannot be read any more (moved, deleted)."""

    name: str
    sha256: str | None
    changed: bool = False


def record_file(path: str | Path | None, *, modified: bool = False) -> RecordFile | None:
    """The decision record at ``path`` (``None`` when ``path`` is not a workbook: a workshop file
    or a table is no record). ``modified``: the workshop changed after it was saved there, so the
    file does not hold what the page shows and its hash is not given."""
    if path is None or Path(path).suffix.lower() not in WORKBOOK_SUFFIXES:
        return None
    path = Path(path)
    if modified:
        return RecordFile(path.name, None, changed=True)
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return RecordFile(path.name, None)
    return RecordFile(path.name, digest.hexdigest())


@dataclass(frozen=True)
class Fact:
    """One labelled line of the page's head: "Date:", "Place:"..."""

    label: str
    text: str


@dataclass(frozen=True)
class WeightRow:
    """A weighted criterion: its name, which way is better, its share of the weights the rankings
    used (0 to 1, and as text) and its share in each set of :attr:`Weights.sets`, as text."""

    criterion: str
    better: str
    share: float
    share_text: str
    in_sets: tuple[str, ...]


@dataclass(frozen=True)
class Weights:
    """The criteria and their weights: the set the rankings used (:attr:`used`, drawn as bars)
    and each group's set (and the combined one when a group's set was used), one column each."""

    title: str
    used: str
    headers: tuple[str, str, str]  # criterion, better, weight
    sets: tuple[str, ...]
    sets_title: str
    rows: tuple[WeightRow, ...]
    gates: str  # the yes/no conditions, which carry no weight ("" when there are none)


@dataclass(frozen=True)
class RankedRow:
    rank: str
    name: str
    score: str


@dataclass(frozen=True)
class Ranking:
    """One method's ranking as the page lists it: the first :data:`RANKED_ON_PAGE`."""

    title: str
    color: QColor
    headers: tuple[str, str, str]  # rank, community, score
    rows: tuple[RankedRow, ...]
    more: str  # "and 12 more", or ""
    empty: str  # why there is no ranking, or ""


@dataclass(frozen=True)
class Chosen:
    """A focus community: its name, region and rank in the ranking it was chosen from."""

    name: str
    region: str
    rank: str


@dataclass(frozen=True)
class Choice:
    title: str
    rule: str
    headers: tuple[str, str, str]  # community, region, rank
    rows: tuple[Chosen, ...]
    remark: str  # the current rule proposes another choice; or why nothing can be proposed


@dataclass(frozen=True)
class AgreementRow:
    action: str
    responsible: str
    date: str


@dataclass(frozen=True)
class Signatures:
    title: str
    hint: str
    name: str
    signature: str
    fingerprint: str


@dataclass(frozen=True)
class Summary:
    """Everything the page shows, as texts in one language (see the module docstring)."""

    kicker: str
    title: str
    subtitle: str  # the date and the place
    notice: str
    facts: tuple[Fact, ...]
    weights: Weights
    rankings_title: str
    rankings: tuple[Ranking, Ranking]
    agreement: str
    excluded_title: str
    excluded: tuple[str, ...]
    choice: Choice
    agreements_title: str
    agreement_headers: tuple[str, str, str]
    agreements: tuple[AgreementRow, ...]
    no_agreements: str
    signatures: Signatures
    record: str
    program: str
    page_of: str  # "Page {page} of {pages}"
    document_title: str  # the PDF's title


def summary_content(
    workshop: Workshop, evaluation: Evaluation, record: RecordFile | None
) -> Summary:
    """The page of ``workshop``, saved as ``record`` (``None``: not saved as a decision record),
    in the interface language. It ranks as the decision record does, at
    :func:`app.models.derived.record_weights` (``evaluation``, the rankings of the window, is
    ranked again at those weights when the window shows another set); its date is the record's
    (:func:`app.models.derived.workshop_day`)."""
    evaluation = evaluation.problem.rank(record_weights(workshop))
    meta = workshop.metadata
    title = meta.title.strip() or QCoreApplication.translate("Summary", "Workshop")
    excluded = evaluation.problem.excluded
    return Summary(
        kicker=QCoreApplication.translate("Summary", "Record of the decision"),
        title=title,
        subtitle=" · ".join(
            text
            for text in (date_text(workshop_day(workshop, date.today())), meta.place.strip())
            if text
        ),
        notice=meta.notice.strip(),
        facts=_facts(workshop),
        weights=_weights(workshop),
        rankings_title=QCoreApplication.translate("Summary", "Rankings"),
        rankings=(
            _ranking(workshop, evaluation, Method.TOPSIS),
            _ranking(workshop, evaluation, Method.AHP),
        ),
        agreement=agreement_text(evaluation.agreement),
        excluded_title=QCoreApplication.translate(
            "Summary", "Screened out, not ranked ({count})"
        ).format(count=len(excluded))
        if excluded
        else QCoreApplication.translate("Summary", "No community is screened out."),
        excluded=tuple(exclusion_text(workshop, exclusion) for exclusion in excluded),
        choice=_choice(workshop, evaluation),
        agreements_title=QCoreApplication.translate("Summary", "Agreements"),
        agreement_headers=(
            QCoreApplication.translate("Summary", "What was agreed"),
            QCoreApplication.translate("Summary", "Responsible"),
            QCoreApplication.translate("Summary", "By when"),
        ),
        agreements=tuple(
            AgreementRow(a.action, a.responsible, date_text(a.date, long=False))
            for a in meta.agreements
        ),
        no_agreements=QCoreApplication.translate("Summary", "No agreement was recorded."),
        signatures=Signatures(
            title=QCoreApplication.translate("Summary", "Signatures"),
            hint=QCoreApplication.translate(
                "Summary", "Those present sign, or leave their fingerprint, to approve this record."
            ),
            name=QCoreApplication.translate("Summary", "Name"),
            signature=QCoreApplication.translate("Summary", "Signature"),
            fingerprint=QCoreApplication.translate("Summary", "Fingerprint"),
        ),
        record=_record_text(record),
        program=QCoreApplication.translate("Summary", "Made with Priorizar {version}").format(
            version=__version__
        ),
        page_of=QCoreApplication.translate("Summary", "Page {page} of {pages}"),
        document_title=QCoreApplication.translate(
            "Summary", "Record of the decision: {title}"
        ).format(title=title),
    )


# -- the head: date, place, purpose, people ------------------------------------------------------


def date_text(text: str, *, long: bool = True) -> str:
    """A stored date (``yyyy-MM-dd``) as the language writes it ("6 de febrero de 2025"); any
    other text as it was typed."""
    date = QDate.fromString(text.strip(), ISO_DATE)
    if not date.isValid():
        return text.strip()
    if long:
        return QLocale().toString(date, QCoreApplication.translate("Summary", "d MMMM yyyy"))
    return QLocale().toString(date, QCoreApplication.translate("Summary", "d MMM yyyy"))


def _facts(workshop: Workshop) -> tuple[Fact, ...]:
    meta = workshop.metadata
    facts = [
        Fact(QCoreApplication.translate("Summary", "Purpose:"), meta.purpose.strip()),
        Fact(QCoreApplication.translate("Summary", "Facilitators:"), ", ".join(meta.facilitators)),
        Fact(
            QCoreApplication.translate("Summary", "Participants:"),
            participants_text(meta.participants),
        ),
    ]
    return tuple(fact for fact in facts if fact.text)


def participants_text(participants: Sequence[Participant]) -> str:
    """ "6 (3 women, 3 men): Rosa (Parque de la Papa), …": how many, how many women and men, and
    who, with their organisation or community."""
    if not participants:
        return ""
    counts = gender_counts(participants)
    who = ", ".join(
        f"{p.name} ({p.organisation})" if p.organisation else p.name for p in participants
    )
    return QCoreApplication.translate("Summary", "{count} ({genders}): {names}").format(
        count=len(participants), genders=", ".join(counts), names=who
    )


def gender_counts(participants: Sequence[Participant]) -> list[str]:
    """How many women and men (both said, even when none), other values as typed (with the
    first spelling seen), and participants with none recorded.

    "M" is a man where the genders are written F and M (as the details dialog suggests), and a
    woman (mujer) where they are written H and M (hombre, mujer)."""
    values = [p.gender.strip().rstrip(".").casefold() for p in participants]
    hombre_mujer = "h" in values and "f" not in values
    women = men = blank = 0
    others: dict[str, tuple[str, int]] = {}
    for value, participant in zip(values, participants, strict=True):
        if not value:
            blank += 1
        elif value in _WOMEN or (value == "m" and hombre_mujer):
            women += 1
        elif value in _MEN or value in ("m", "h"):
            men += 1
        else:
            shown, count = others.get(value, (participant.gender.strip(), 0))
            others[value] = (shown, count + 1)
    texts = [
        QCoreApplication.translate("Summary", "1 woman")
        if women == 1
        else QCoreApplication.translate("Summary", "{count} women").format(count=women),
        QCoreApplication.translate("Summary", "1 man")
        if men == 1
        else QCoreApplication.translate("Summary", "{count} men").format(count=men),
    ]
    texts += [f"{count} {shown}" for shown, count in others.values()]
    if blank:
        texts.append(
            QCoreApplication.translate("Summary", "{count} not recorded").format(count=blank)
        )
    return texts


# -- the weights --------------------------------------------------------------------------------


def _weights(workshop: Workshop) -> Weights:
    lang = current_language()
    weight_set = record_weight_set(workshop)
    used = weight_vector(workshop, weight_set)
    sets: list[tuple[str, np.ndarray]] = [
        (group.name, weight_vector(workshop, group.id)) for group in workshop.groups
    ]
    if weight_set == COMBINED:
        source = QCoreApplication.translate(
            "Summary", "Used for the rankings: the combined weights of all groups."
        )
    else:
        source = QCoreApplication.translate(
            "Summary", "Used for the rankings: the weights of the group {group}."
        ).format(group=workshop.group(weight_set).name)
        if len(workshop.groups) > 1:
            combined = QCoreApplication.translate("Summary", "Combined")
            sets.append((combined, weight_vector(workshop, COMBINED)))
    rows = []
    for j, criterion in enumerate(workshop.criteria):
        if criterion.is_gate:
            continue
        share = float(used[j])
        rows.append(
            WeightRow(
                criterion=criterion.label(lang),
                better=QCoreApplication.translate("Summary", "↑ more")
                if criterion.direction is Direction.MAX
                else QCoreApplication.translate("Summary", "↓ less"),
                share=share,
                share_text=format_share(100.0 * share),
                in_sets=tuple(format_number(100.0 * float(vector[j]), 1) for _, vector in sets),
            )
        )
    gates = [c.label(lang) for c in workshop.criteria if c.is_gate]
    return Weights(
        title=QCoreApplication.translate("Summary", "Criteria and their weights"),
        used=source,
        headers=(
            QCoreApplication.translate("Summary", "Criterion"),
            QCoreApplication.translate("Summary", "Better"),
            QCoreApplication.translate("Summary", "Weight"),
        ),
        sets=tuple(name for name, _ in sets),
        sets_title=QCoreApplication.translate("Summary", "Weights of each group (%)"),
        rows=tuple(rows),
        gates=QCoreApplication.translate(
            "Summary", "Required (yes or no), without a weight: {criteria}."
        ).format(criteria="; ".join(gates))
        if gates
        else "",
    )


# -- the rankings -------------------------------------------------------------------------------


def rank_text(rank: int, tied: bool) -> str:
    """A rank as the rankings show it: "=2" for a place shared with another community."""
    return QCoreApplication.translate("Summary", "={rank}").format(rank=rank) if tied else str(rank)


def more_text(count: int) -> str:
    """ "and 12 more": the ranked communities a list leaves out."""
    if count <= 0:
        return ""
    if count == 1:
        return QCoreApplication.translate("Summary", "and 1 more")
    return QCoreApplication.translate("Summary", "and {count} more").format(count=count)


def _ranking(workshop: Workshop, evaluation: Evaluation, method: Method) -> Ranking:
    headers = (
        QCoreApplication.translate("Summary", "#"),
        QCoreApplication.translate("Summary", "Community"),
        QCoreApplication.translate("Summary", "Closeness")
        if method is Method.TOPSIS
        else QCoreApplication.translate("Summary", "Priority"),
    )
    results = method_results(evaluation, method)
    title, color = method_title(method), METHOD_COLORS[method]
    if results is None:
        return Ranking(title, color, headers, (), "", _no_ranking(workshop, evaluation, method))
    scores, ranks = results
    order = rank_order(evaluation, method)
    rows = []
    for position in order[:RANKED_ON_PAGE].tolist():
        rank = int(ranks[position])
        community = workshop.communities[int(evaluation.eligible[position])]
        tied = int(np.count_nonzero(ranks == rank)) > 1
        rows.append(
            RankedRow(rank_text(rank, tied), community.name, format_number(scores[position], 3))
        )
    return Ranking(title, color, headers, tuple(rows), more_text(len(order) - len(rows)), "")


def _no_ranking(workshop: Workshop, evaluation: Evaluation, method: Method) -> str:
    """Why ``method`` ranks nothing: the engine's note on AHP, or no community left to rank."""
    problem = evaluation.problem.ahp_problem
    if method is Method.AHP and problem is not None and evaluation.eligible.size:
        return note_text(workshop, problem)
    return QCoreApplication.translate("Summary", "No community can be ranked.")


# -- the focus communities ----------------------------------------------------------------------


def _method_name(method: str) -> str:
    return "AHP" if method == "ahp" else "TOPSIS"


def quota_text(workshop: Workshop) -> str:
    """The rule of the choice: "the best 3 by TOPSIS, with quotas by region: Cusco at least 1 and
    at most 2; Apurímac at least 1"."""
    settings = workshop.settings
    method = _method_name(settings.selection_method)
    if not settings.quotas:
        return QCoreApplication.translate(
            "Summary", "the best {k} by {method}, without quotas by region"
        ).format(k=settings.top_k, method=method)
    quotas = []
    for quota in settings.quotas:
        if quota.maximum is None:
            quotas.append(
                QCoreApplication.translate("Summary", "{region} at least {minimum}").format(
                    region=quota.value, minimum=quota.minimum
                )
            )
        elif quota.minimum == 0:
            quotas.append(
                QCoreApplication.translate("Summary", "{region} at most {maximum}").format(
                    region=quota.value, maximum=quota.maximum
                )
            )
        else:
            quotas.append(
                QCoreApplication.translate(
                    "Summary", "{region} at least {minimum} and at most {maximum}"
                ).format(region=quota.value, minimum=quota.minimum, maximum=quota.maximum)
            )
    return QCoreApplication.translate(
        "Summary", "the best {k} by {method}, with quotas by region: {quotas}"
    ).format(k=settings.top_k, method=method, quotas="; ".join(quotas))


def _proposal(workshop: Workshop, evaluation: Evaluation) -> tuple[tuple[int, ...], str]:
    """The communities the rule proposes now (positions in the workshop), or why none."""
    method = workshop.settings.selection_method
    results = method_results(evaluation, method)
    if results is None:
        return (), QCoreApplication.translate(
            "Summary", "There is no ranking to choose from: nothing is proposed."
        )
    order = [int(evaluation.eligible[k]) for k in rank_order(evaluation, method).tolist()]
    regions = {i: workshop.communities[i].region for i in order}
    try:
        return select_with_quotas(
            order, regions, workshop.settings.top_k, workshop.settings.quotas
        ), ""
    except InvalidInputError as error:
        return (), translated_error(error)


def _choice(workshop: Workshop, evaluation: Evaluation) -> Choice:
    method = workshop.settings.selection_method
    results = method_results(evaluation, method)
    rank_of: dict[int, int] = {}
    if results is not None:
        _, ranks = results
        rank_of = {int(c): int(ranks[k]) for k, c in enumerate(evaluation.eligible.tolist())}
    known = {c.id: i for i, c in enumerate(workshop.communities)}
    chosen = tuple(known[c] for c in workshop.metadata.chosen if c in known)
    proposal, problem = _proposal(workshop, evaluation)
    rule = quota_text(workshop)
    remark = ""
    if chosen:
        title = QCoreApplication.translate("Summary", "Focus communities chosen")
        text = QCoreApplication.translate(
            "Summary", "Chosen in the workshop by the rule: {rule}."
        ).format(rule=rule)
        if proposal and set(proposal) != set(chosen):
            remark = QCoreApplication.translate(
                "Summary", "With the data and weights above, the rule now proposes: {names}."
            ).format(names=", ".join(workshop.communities[i].name for i in proposal))
        shown = chosen
    else:
        title = QCoreApplication.translate("Summary", "Focus communities proposed")
        text = QCoreApplication.translate(
            "Summary",
            "No choice was recorded in the workshop. Proposed by the rule: {rule}.",
        ).format(rule=rule)
        remark = problem
        shown = proposal
    method_name = _method_name(method)
    rows = tuple(
        Chosen(
            workshop.communities[i].name,
            workshop.communities[i].region,
            str(rank_of[i])
            if i in rank_of
            else QCoreApplication.translate("Summary", "screened out"),
        )
        for i in shown
    )
    return Choice(
        title=title,
        rule=text,
        headers=(
            QCoreApplication.translate("Summary", "Community"),
            QCoreApplication.translate("Summary", "Region"),
            QCoreApplication.translate("Summary", "Rank by {method}").format(method=method_name),
        ),
        rows=rows,
        remark=remark,
    )


# -- the small print ----------------------------------------------------------------------------


def _record_text(record: RecordFile | None) -> str:
    if record is None:
        return QCoreApplication.translate(
            "Summary",
            "This workshop was not saved as a decision record (.xlsx): no file is tied to this "
            "page.",
        )
    if record.sha256 is None and not record.changed:
        return QCoreApplication.translate(
            "Summary",
            "Decision record: {file}, which cannot be read now (moved or deleted?), so its "
            "SHA-256 is not given.",
        ).format(file=record.name)
    if record.sha256 is None:
        return QCoreApplication.translate(
            "Summary",
            "Decision record: {file}. The workshop changed after that file was saved, so the "
            "file does not hold this page: save it again and make the page anew.",
        ).format(file=record.name)
    return QCoreApplication.translate(
        "Summary", "Decision record: {file} · SHA-256: {sha256}"
    ).format(file=record.name, sha256=record.sha256)


__all__ = ["RANKED_ON_PAGE", "RecordFile", "Summary", "record_file", "summary_content"]
