"""The decision record: one ``.xlsx`` workbook that people read and print and Priorizar reopens.

Sheets (named and labelled in the record's language, Spanish or English, see :data:`LABELS`):

- Summary: the workshop's metadata, participants, the final rankings of both methods (values),
  their agreement (Kendall's tau-b), the chosen communities, agreements, screened-out communities,
  program version, method settings and a native bar chart of the final scores.
- Data: communities x criteria with units (in the record's language; both languages are in the
  hidden JSON); verbal levels as words, gates as yes/no, missing cells
  blank; notes. Criteria: definitions, levels, thresholds, every group's raw weights and the
  combined weights. Judgements: each group's pairwise matrix with priorities, lambda_max, CI, CR.
  TOPSIS, AHP, Groups: computed results, written as values (they show in viewers that do not
  recalculate). Sensitivity: at the weights used, each ranked criterion's stability intervals
  (both methods, the tightest marked), the rank acceptability (SMAA-2) of both methods with the
  sampling settings that reproduce it, the focus communities chosen (or proposed within the
  quotas) and the methods' agreement, with scikit-criteria's rankings when the settings ask for
  them (:mod:`app.models.sensitivity`); messages from the engine are written in the record's
  language (:mod:`app.io.messages`). Model: formulas only, driven by one weight cell per
  criterion, so that a colleague can change a weight in Excel or LibreOffice and watch both
  rankings move. Log: the change log.
- ``_priorizar`` (hidden): :meth:`Workshop.to_dict` as JSON, in chunks of at most
  :data:`CHUNK_CHARS` characters, so that every input is restored exactly.

Reopening (:func:`load_record`) restores the JSON and then takes up what a person edited in the
visible input sheets: a visible cell whose value differs from what Priorizar wrote there for the
JSON's workshop wins. Taken up: Data (values, community names, regions, notes), Criteria (each
group's weights) and Summary (title, date, place, purpose). Everything else (criteria definitions
and levels, participants, agreements, judgements, the Model sheet's weights) is restored from the
JSON only; the computed sheets are never read back. Data rows are matched to the communities by
name (:func:`_match_rows`: a sorted sheet keeps every value, baseline rank, comparison and choice
with its community, which then follow the sheet's order; a name edited in place is a rename), a
row with a new name adds a community (its cells read as typed data), blank rows are skipped, and
a community whose row is gone is kept with a note (:func:`load_record`), never dropped. Columns
are found by position (Data: criterion ``j`` in column ``C + j``; Criteria: criterion ``j`` in
row ``2 + j``, group ``g``'s weight in column ``J + g``): columns a person inserts, deletes or
adds, and rows of the Criteria sheet, are not taken up. Numbers that agree to 1e-14 with what was
written count as unchanged (openpyxl writes 16 significant digits, LibreOffice re-saves 15).

Safety: every text is written as a text cell, never a formula (:func:`_put`). Reading refuses files
over :data:`MAX_FILE_BYTES`, zip archives that unpack to more than :data:`MAX_UNCOMPRESSED_BYTES` or
with an entry compressed more than :data:`MAX_RATIO` times, and sheets over :data:`MAX_ROWS` rows or
:data:`MAX_COLUMNS` columns; openpyxl parses the XML with defusedxml (entity expansion refused).
Every problem is an :class:`InvalidInputError` naming the file (and the sheet, row and column).

openpyxl is imported inside the functions: it stays off the window's start-up path. Pure Python,
no Qt.
"""

from __future__ import annotations

import io
import json
import math
import os
import re
import zipfile
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, NamedTuple

import numpy as np

from app import __version__
from app.io.atomic import atomic_write_bytes
from app.io.limited import read_limited
from app.io.workshop_file import json_text
from app.models import ahp
from app.models.analysis import (
    Evaluation,
    Note,
    Problem,
    ReasonKind,
    prepare,
    rating_priorities,
)
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.judgements import complete_matrix, index_pairs, level_pairs
from app.models.ranking import stable_order
from app.models.workshop import (
    COMBINED,
    Criterion,
    CriterionKind,
    Direction,
    Workshop,
    localized,
    name_key,
)

#: Largest workbook read, in bytes.
MAX_FILE_BYTES: Final = 50 * 1024 * 1024
#: Largest total unpacked size of a workbook's zip entries, in bytes.
MAX_UNCOMPRESSED_BYTES: Final = 200 * 1024 * 1024
#: Largest compression ratio of one zip entry (over :data:`_RATIO_FLOOR` bytes unpacked). Sheets
#: of repetitive XML compress 10-50 times; a zip bomb thousands of times.
MAX_RATIO: Final = 200
_RATIO_FLOOR: Final = 1024 * 1024
#: Most zip entries in a workbook.
MAX_ENTRIES: Final = 10_000
#: Most rows and columns of a sheet read.
MAX_ROWS: Final = 10_000
MAX_COLUMNS: Final = 500
#: Longest text in one cell of the hidden sheet (Excel's limit is 32,767).
CHUNK_CHARS: Final = 32_000
#: Name of the hidden sheet that holds the workshop's JSON.
HIDDEN_SHEET: Final = "_priorizar"
#: Marker in the hidden sheet's first cell, and the record format's version.
MARKER: Final = "priorizar-record"
RECORD_VERSION: Final = 1
#: File-dialog filter for decision records (Qt's syntax; the window translates the words).
FILE_FILTER: Final = "Decision record (*.xlsx)"
LANGUAGES: Final = ("es", "en")

_OLE_SIGNATURE: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_SIGNATURE: Final = b"PK\x03\x04"
_ILLEGAL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

#: Every visible label of the record, per language. Sheet names are at most 31 characters.
LABELS: Final[Mapping[str, Mapping[str, str]]] = {
    "es": {
        "summary": "Resumen",
        "data": "Datos",
        "criteria": "Criterios",
        "judgements": "Juicios",
        "topsis": "TOPSIS",
        "ahp": "AHP",
        "groups": "Grupos",
        "model": "Modelo",
        "log": "Registro",
        "record_title": "Registro de decisión",
        "title": "Título",
        "date": "Fecha",
        "place": "Lugar",
        "purpose": "Propósito",
        "facilitators": "Facilitadores",
        "participants": "Participantes",
        "name": "Nombre",
        "organisation": "Organización",
        "gender": "Género",
        "total": "Total",
        "notice": "Aviso",
        "weights_used": "Pesos usados",
        "combined": "Combinado (todos los grupos)",
        "group": "Grupo",
        "ranking": "Clasificación final",
        "community": "Comunidad",
        "level": "Nivel",
        "region": "Región",
        "notes": "Notas",
        "closeness": "Cercanía TOPSIS",
        "topsis_rank": "Puesto TOPSIS",
        "global": "Prioridad global AHP",
        "ahp_rank": "Puesto AHP",
        "tau": "Acuerdo TOPSIS-AHP (tau-b de Kendall)",
        "chosen": "Comunidades elegidas",
        "agreements": "Acuerdos",
        "action": "Acción",
        "responsible": "Responsable",
        "excluded": "Comunidades descartadas",
        "reasons": "Motivos",
        "version": "Versión de Priorizar",
        "settings": "Ajustes del método",
        "missing_policy": "Datos faltantes",
        "exclude": "descartar la comunidad",
        "worst": "contar como el peor valor",
        "ahp_mode": "Modo AHP",
        "ideal": "ideal (x/máx)",
        "distributive": "distributivo (x/suma)",
        "top_k": "Puestos destacados",
        "chart": "Puntajes finales",
        "unit": "Unidad",
        "criterion": "Criterio",
        "id": "Id",
        "description": "Definición",
        "kind": "Tipo",
        "numeric": "numérico",
        "ordinal": "verbal",
        "gate": "sí/no (filtro)",
        "pairwise": "comparado por pares",
        "direction": "Dirección",
        "max": "más es mejor (máx)",
        "min": "menos es mejor (mín)",
        "levels": "Niveles (prioridad)",
        "accept_min": "Mínimo aceptable",
        "accept_max": "Máximo aceptable",
        "weight_of": "Peso: {group}",
        "combined_weight": "Peso combinado",
        "yes": "Sí",
        "no": "No",
        "priorities": "Prioridad",
        "lambda_max": "lambda máx",
        "ci": "IC",
        "cr": "RC",
        "incomplete": "Comparaciones incompletas: matriz no mostrada.",
        "communities_under": "{criterion}: comunidades comparadas por pares",
        "levels_under": "{criterion}: niveles comparados por pares",
        "normalized": "Matriz normalizada",
        "weighted": "Matriz ponderada",
        "ideal_row": "Ideal",
        "anti_ideal": "Anti-ideal",
        "d_plus": "Distancia al ideal (D+)",
        "d_minus": "Distancia al anti-ideal (D-)",
        "local": "Prioridades locales",
        "nothing": "Ninguna comunidad puede clasificarse.",
        "ahp_none": "AHP no puede clasificar estos datos.",
        "model_intro": "Cambie los pesos de la fila amarilla: los puntajes se recalculan.",
        "weight": "Peso (editable)",
        "weight_norm": "Peso normalizado",
        "column_norm": "Norma de la columna",
        "level_priorities": "Prioridades de los niveles",
        "time": "Hora",
        "what": "Qué",
        "old": "Antes",
        "new": "Después",
        "reason_gate": "{criterion}: no",
        "reason_missing": "sin dato: {criterion}",
        "reason_threshold": "{criterion} = {value}, fuera de lo aceptable",
        "sensitivity": "Sensibilidad",
        "stability": "Intervalos de estabilidad: cuánto puede cambiar la parte de un criterio en "
        "el peso total sin que cambien el primer puesto o los {k} primeros (los demás criterios "
        "guardan sus proporciones)",
        "method": "Método",
        "share_now": "Parte actual del peso",
        "first_from": "1.er puesto igual desde",
        "first_to": "1.er puesto igual hasta",
        "first_now": "1.er puesto ahora",
        "first_below": "1.er puesto por debajo",
        "first_above": "1.er puesto por encima",
        "top_from": "{k} primeros iguales desde",
        "top_to": "{k} primeros iguales hasta",
        "tightest": "Más ajustado",
        "tightest_mark": "← el más ajustado",
        "no_change": "(no cambia)",
        "no_intervals": "Sin intervalos: hacen falta al menos dos comunidades clasificadas y un "
        "criterio con peso.",
        "acceptability": "Aceptabilidad de los puestos (SMAA-2): probabilidad de cada puesto "
        "cuando los pesos son inciertos",
        "sampling": "Pesos sorteados",
        "simplex": "al azar, todos los repartos de peso igual de probables",
        "around": "alrededor de los pesos usados",
        "groups_mix": "entre los pesos de los grupos (acuerdos al azar entre ellos)",
        "spread": "Variación de cada peso (±)",
        "samples": "Número de sorteos",
        "seed": "Semilla",
        "rank_n": "Puesto {rank}",
        "rank_rest": "Puesto {rank} o peor",
        "in_top": "Entre los {k} primeros",
        "acceptability_of": "{method}: probabilidad de cada puesto",
        "selection": "Elección de las comunidades focales",
        "focus_count": "Comunidades focales (k)",
        "ranking_used": "Clasificación usada",
        "quotas": "Cuotas por región",
        "minimum": "Mínimo",
        "maximum": "Máximo",
        "no_limit": "sin límite",
        "no_quotas": "sin cuotas",
        "chosen_recorded": "Comunidades elegidas en el taller",
        "proposed": "Propuesta calculada (no elegida en el taller): las {k} mejores según {method} "
        "que respetan las cuotas",
        "screened_out": "descartada",
        "agreement": "Acuerdo entre los métodos",
        "kendall": "tau-b de Kendall (TOPSIS-AHP)",
        "spearman": "rho de Spearman (TOPSIS-AHP)",
        "other_methods": "Puestos según otros métodos (scikit-criteria)",
        "wsm": "Suma ponderada (WSM)",
        "wpm": "Producto ponderado (WPM)",
        "vikor": "VIKOR",
    },
    "en": {
        "summary": "Summary",
        "data": "Data",
        "criteria": "Criteria",
        "judgements": "Judgements",
        "topsis": "TOPSIS",
        "ahp": "AHP",
        "groups": "Groups",
        "model": "Model",
        "log": "Log",
        "record_title": "Decision record",
        "title": "Title",
        "date": "Date",
        "place": "Place",
        "purpose": "Purpose",
        "facilitators": "Facilitators",
        "participants": "Participants",
        "name": "Name",
        "organisation": "Organisation",
        "gender": "Gender",
        "total": "Total",
        "notice": "Notice",
        "weights_used": "Weights used",
        "combined": "Combined (all groups)",
        "group": "Group",
        "ranking": "Final ranking",
        "community": "Community",
        "level": "Level",
        "region": "Region",
        "notes": "Notes",
        "closeness": "TOPSIS closeness",
        "topsis_rank": "TOPSIS rank",
        "global": "AHP global priority",
        "ahp_rank": "AHP rank",
        "tau": "TOPSIS-AHP agreement (Kendall's tau-b)",
        "chosen": "Chosen communities",
        "agreements": "Agreements",
        "action": "Action",
        "responsible": "Responsible",
        "excluded": "Screened-out communities",
        "reasons": "Reasons",
        "version": "Priorizar version",
        "settings": "Method settings",
        "missing_policy": "Missing data",
        "exclude": "screen the community out",
        "worst": "count as the worst value",
        "ahp_mode": "AHP mode",
        "ideal": "ideal (x/max)",
        "distributive": "distributive (x/sum)",
        "top_k": "Top places",
        "chart": "Final scores",
        "unit": "Unit",
        "criterion": "Criterion",
        "id": "Id",
        "description": "Definition",
        "kind": "Kind",
        "numeric": "numeric",
        "ordinal": "verbal",
        "gate": "yes/no (gate)",
        "pairwise": "compared pairwise",
        "direction": "Direction",
        "max": "more is better (max)",
        "min": "less is better (min)",
        "levels": "Levels (priority)",
        "accept_min": "Lowest acceptable",
        "accept_max": "Highest acceptable",
        "weight_of": "Weight: {group}",
        "combined_weight": "Combined weight",
        "yes": "Yes",
        "no": "No",
        "priorities": "Priority",
        "lambda_max": "lambda max",
        "ci": "CI",
        "cr": "CR",
        "incomplete": "Incomplete comparisons: matrix not shown.",
        "communities_under": "{criterion}: communities compared pairwise",
        "levels_under": "{criterion}: levels compared pairwise",
        "normalized": "Normalised matrix",
        "weighted": "Weighted matrix",
        "ideal_row": "Ideal",
        "anti_ideal": "Anti-ideal",
        "d_plus": "Distance to the ideal (D+)",
        "d_minus": "Distance to the anti-ideal (D-)",
        "local": "Local priorities",
        "nothing": "No community can be ranked.",
        "ahp_none": "AHP cannot rank this data.",
        "model_intro": "Change the weights in the yellow row: the scores recalculate.",
        "weight": "Weight (editable)",
        "weight_norm": "Normalised weight",
        "column_norm": "Column norm",
        "level_priorities": "Level priorities",
        "time": "Time",
        "what": "What",
        "old": "Before",
        "new": "After",
        "reason_gate": "{criterion}: no",
        "reason_missing": "no data: {criterion}",
        "reason_threshold": "{criterion} = {value}, outside the acceptable range",
        "sensitivity": "Sensitivity",
        "stability": "Stability intervals: how far a criterion's share of the total weight can "
        "move before the first place or the top {k} change (the other criteria keep their "
        "proportions)",
        "method": "Method",
        "share_now": "Current share of the weight",
        "first_from": "First place unchanged from",
        "first_to": "First place unchanged up to",
        "first_now": "First place now",
        "first_below": "First place below",
        "first_above": "First place above",
        "top_from": "Top {k} unchanged from",
        "top_to": "Top {k} unchanged up to",
        "tightest": "Tightest",
        "tightest_mark": "← tightest",
        "no_change": "(no change)",
        "no_intervals": "No intervals: at least two ranked communities and one weighted "
        "criterion are needed.",
        "acceptability": "Rank acceptability (SMAA-2): probability of each rank when the weights "
        "are uncertain",
        "sampling": "Weights drawn",
        "simplex": "at random, every split of the weight equally likely",
        "around": "around the weights used",
        "groups_mix": "between the groups' weights (random compromises among them)",
        "spread": "Variation of each weight (±)",
        "samples": "Number of samples",
        "seed": "Seed",
        "rank_n": "Rank {rank}",
        "rank_rest": "Rank {rank} or lower",
        "in_top": "In the top {k}",
        "acceptability_of": "{method}: probability of each rank",
        "selection": "Choice of the focus communities",
        "focus_count": "Focus communities (k)",
        "ranking_used": "Ranking used",
        "quotas": "Quotas per region",
        "minimum": "Minimum",
        "maximum": "Maximum",
        "no_limit": "no limit",
        "no_quotas": "no quotas",
        "chosen_recorded": "Communities chosen in the workshop",
        "proposed": "Proposed (computed, not chosen in the workshop): the best {k} by {method} "
        "within the quotas",
        "screened_out": "screened out",
        "agreement": "Agreement between the methods",
        "kendall": "Kendall's tau-b (TOPSIS-AHP)",
        "spearman": "Spearman's rho (TOPSIS-AHP)",
        "other_methods": "Ranks by other methods (scikit-criteria)",
        "wsm": "Weighted sum (WSM)",
        "wpm": "Weighted product (WPM)",
        "vikor": "VIKOR",
    },
}

_YES: Final = frozenset({"sí", "si", "s", "yes", "y", "1", "true", "verdadero", "x"})
_NO: Final = frozenset({"no", "n", "0", "false", "falso"})
_NUMBER: Final = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_SCORE_FORMAT: Final = "0.0000"
#: Most rank columns of a rank acceptability table; later ranks share one column.
_MOST_RANK_COLUMNS: Final = 15

# Fixed places read back on reopening (1-based rows and columns).
_SUMMARY_FIELDS: Final = ("title", "date", "place", "purpose")
_SUMMARY_FIRST_ROW: Final = 3  # title in row 3, date 4, place 5, purpose 6; values in column B
_DATA_HEADER_ROW: Final = 1
_DATA_FIRST_ROW: Final = 3  # row 2 holds the units
_DATA_FIRST_COLUMN: Final = 3  # A community, B region, then the criteria, then notes
_CRITERIA_FIRST_ROW: Final = 2
_CRITERIA_WEIGHT_COLUMN: Final = 10  # J: first group's weight column


# ================================================================================================
# Saving
# ================================================================================================


def save_record(workshop: Workshop, path: str | os.PathLike[str], lang: str = "es") -> None:
    """Write ``workshop``'s decision record to ``path`` (``.xlsx``) atomically.

    ``lang`` is ``"es"`` or ``"en"``: the language of the sheet names and labels. The earlier file
    at ``path`` is untouched if anything fails. Raises :class:`InvalidInputError` when the file is
    locked (open in Excel) or read-only, or the workshop holds a value that cannot be saved; other
    :class:`OSError` s propagate.
    """
    atomic_write_bytes(path, record_bytes(workshop, lang))


def record_bytes(workshop: Workshop, lang: str = "es") -> bytes:
    """The decision record of ``workshop`` as the bytes of an ``.xlsx`` file."""
    if lang not in LABELS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "Unknown language “{lang}” for the decision record."),
            lang=lang,
        )
    payload = json_text(workshop.to_dict(), ensure_ascii=True)
    from openpyxl import Workbook

    book = Workbook()
    writer = _Writer(workshop, lang)
    first = book.active
    assert first is not None
    book.remove(first)
    writer.write(book)
    hidden = book.create_sheet(HIDDEN_SHEET)
    hidden.sheet_state = "hidden"
    chunks = [payload[k : k + CHUNK_CHARS] for k in range(0, len(payload), CHUNK_CHARS)] or [""]
    _put(hidden, 1, 1, MARKER)
    _put(hidden, 1, 2, RECORD_VERSION)
    _put(hidden, 1, 3, lang)
    _put(hidden, 1, 4, len(chunks))
    for k, chunk in enumerate(chunks):
        _put(hidden, k + 2, 1, chunk)
    book.active = 0
    book.properties.title = workshop.metadata.title or _label(lang, "record_title")
    book.properties.creator = "Priorizar"
    book.properties.created = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _label(lang: str, key: str) -> str:
    return LABELS[lang][key]


def _clean(text: str) -> str:
    """``text`` as a cell holds it: line ends as ``"\\n"``, without the control characters an
    ``.xlsx`` cannot hold.

    No ``"\\r"`` reaches the workbook: openpyxl's writer (et_xmlfile) writes each sheet through a
    file in text mode, which on Windows turns ``"\\r\\n"`` into ``"\\r\\r\\n"``, read back as
    two line breaks (and then taken for a colleague's edit). The hidden sheet keeps the text as
    typed (JSON escapes its line ends), and :func:`_same` compares line ends as equal.
    """
    return _ILLEGAL.sub("", _one_line_end(text))


def _one_line_end(text: str) -> str:
    """``text`` with every line end (``"\\r\\n"``, ``"\\r"``, ``"\\n"``) as ``"\\n"``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _put(sheet: Any, row: int, column: int, value: Any, number_format: str | None = None) -> Any:
    """Write ``value`` to a cell; a text always as text, never as a formula (see module doc)."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = _clean(value)
        cell.data_type = "s"  # "=HYPERLINK(...)" typed by a user stays text
    elif isinstance(value, float) and not math.isfinite(value):
        cell.value = None
    elif isinstance(value, np.floating | np.integer):
        cell.value = value.item()
    else:
        cell.value = value
    if number_format is not None:
        cell.number_format = number_format
    return cell


def _formula(sheet: Any, row: int, column: int, formula: str, number_format: str) -> None:
    cell = sheet.cell(row=row, column=column)
    cell.value = formula  # a formula Priorizar composed itself, never user text
    cell.number_format = number_format


def _rendered_value(criterion: Criterion, value: float, lang: str) -> Any:
    """What the Data sheet shows for a value: a number, a level word, yes/no, or blank."""
    if math.isnan(value):
        return None
    if criterion.kind is CriterionKind.GATE:
        if value == 1.0:
            return _label(lang, "yes")
        if value == 0.0:
            return _label(lang, "no")
    if criterion.kind is CriterionKind.ORDINAL:
        label = criterion.level_label(value, lang)
        if label:
            return _clean(label)
    return float(value)


def _fmt_number(value: float) -> str:
    return f"{value:g}"


def _wrap() -> Any:
    from openpyxl.styles import Alignment

    return Alignment(wrap_text=True, vertical="top")


class _Writer:
    """Writes the visible sheets of one record (see the module docstring)."""

    def __init__(self, workshop: Workshop, lang: str) -> None:
        self.w = workshop
        self.lang = lang
        self.weights = workshop.weight_vector()
        #: Why the rankings could not be computed (the inputs are saved all the same).
        self.failure: str | None = None
        try:
            self.problem: Problem = prepare(workshop)
            self.evaluation: Evaluation = self.problem.rank(self.weights)
        except InvalidInputError as error:
            self.failure = self.message(error.template, error.params)
            empty = np.zeros(0, dtype=np.int64)
            self.problem = Problem(
                workshop_criteria=len(workshop.criteria),
                eligible=empty,
                excluded=(),
                columns=empty,
                matrix=np.zeros((0, 0)),
                objectives=(),
                local=None,
                ahp_problem=Note(error.template, error.params),
                notes=(),
            )
            self.evaluation = self.problem.rank(self.weights)
        self.ranked = [workshop.criteria[int(j)] for j in self.problem.columns]

    def t(self, key: str) -> str:
        return _label(self.lang, key)

    def write(self, book: Any) -> None:
        sheets = [
            ("summary", self.summary),
            ("data", self.data),
            ("criteria", self.criteria),
            ("judgements", self.judgements),
            ("topsis", self.topsis),
            ("ahp", self.ahp),
            ("groups", self.groups),
            ("sensitivity", self.sensitivity),
            ("model", self.model),
            ("log", self.log),
        ]
        for key, fill in sheets:
            sheet = book.create_sheet(self.t(key))
            fill(sheet)
            sheet.page_setup.orientation = "landscape"
            sheet.page_setup.fitToWidth = 1
            sheet.page_setup.fitToHeight = 0
            sheet.sheet_properties.pageSetUpPr.fitToPage = True
            sheet.print_options.gridLines = True

    # -- helpers ---------------------------------------------------------------------------------
    def name(self, criterion: Criterion) -> str:
        return criterion.label(self.lang)

    def community(self, eligible_index: int) -> str:
        return self.w.communities[int(self.evaluation.eligible[eligible_index])].name

    def header(self, sheet: Any, row: int, texts: Sequence[str], first_column: int = 1) -> None:
        from openpyxl.styles import Font

        for offset, text in enumerate(texts):
            _put(sheet, row, first_column + offset, text).font = Font(bold=True)

    def widths(self, sheet: Any, widths: Mapping[int, float]) -> None:
        from openpyxl.utils import get_column_letter

        for column, width in widths.items():
            sheet.column_dimensions[get_column_letter(column)].width = width

    def order(self) -> list[int]:
        tops = self.evaluation.topsis
        if tops is None:
            return []
        return [int(k) for k in stable_order(tops.closeness, tops.ranks).tolist()]

    def weight_source(self) -> str:
        if self.w.active_group == COMBINED:
            return self.t("combined")
        return f"{self.t('group')}: {self.w.group(self.w.active_group).name}"

    def reason(self, kind: ReasonKind, criterion: Criterion, value: float) -> str:
        name = self.name(criterion)
        if kind is ReasonKind.GATE:
            return self.t("reason_gate").format(criterion=name)
        if kind is ReasonKind.MISSING:
            return self.t("reason_missing").format(criterion=name)
        shown = criterion.level_label(value, self.lang) or _fmt_number(value)
        return self.t("reason_threshold").format(criterion=name, value=shown)

    # -- sheets ----------------------------------------------------------------------------------
    def summary(self, sheet: Any) -> None:
        from openpyxl.chart import BarChart, Reference
        from openpyxl.styles import Font

        meta = self.w.metadata
        _put(sheet, 1, 1, self.t("record_title")).font = Font(bold=True, size=16)
        for offset, key in enumerate(_SUMMARY_FIELDS):
            self.header(sheet, _SUMMARY_FIRST_ROW + offset, [self.t(key)])
            _put(sheet, _SUMMARY_FIRST_ROW + offset, 2, getattr(meta, key)).alignment = _wrap()
        row = _SUMMARY_FIRST_ROW + len(_SUMMARY_FIELDS)
        self.header(sheet, row, [self.t("facilitators")])
        _put(sheet, row, 2, "; ".join(meta.facilitators))
        row += 1
        if meta.notice:
            self.header(sheet, row, [self.t("notice")])
            _put(sheet, row, 2, meta.notice).font = Font(bold=True, color="C00000")
            row += 1
        self.header(sheet, row, [self.t("version")])
        _put(sheet, row, 2, __version__)
        row += 1
        self.header(sheet, row, [self.t("weights_used")])
        _put(sheet, row, 2, self.weight_source())
        row += 2

        # final rankings, best first
        self.header(sheet, row, [self.t("ranking")])
        row += 1
        self.header(
            sheet,
            row,
            [
                self.t("community"),
                self.t("closeness"),
                self.t("topsis_rank"),
                self.t("global"),
                self.t("ahp_rank"),
            ],
        )
        table_header = row
        tops, scores = self.evaluation.topsis, self.evaluation.ahp_scores
        ahp_ranks = self.evaluation.ahp_ranks
        order = self.order()
        for k in order:
            row += 1
            _put(sheet, row, 1, self.community(k))
            if tops is not None:
                _put(sheet, row, 2, float(tops.closeness[k]), _SCORE_FORMAT)
                _put(sheet, row, 3, int(tops.ranks[k]))
            if scores is not None and ahp_ranks is not None:
                _put(sheet, row, 4, float(scores[k]), _SCORE_FORMAT)
                _put(sheet, row, 5, int(ahp_ranks[k]))
        if not order:
            row += 1
            _put(sheet, row, 1, self.t("nothing"))
            if self.failure is not None:
                _put(sheet, row, 2, self.failure)
        elif scores is None:
            row += 1
            _put(sheet, row, 1, self.t("ahp_none"))
        table_end = table_header + len(order)
        row += 1
        tau = self.evaluation.agreement
        self.header(sheet, row, [self.t("tau")])
        if tau is not None:
            _put(sheet, row, 2, float(tau), "0.000")
        row += 2

        if order:
            chart = BarChart()
            chart.type = "bar"
            chart.title = self.t("chart")
            chart.y_axis.title = self.t("closeness")
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
                [self.t("name"), self.t("organisation"), self.t("gender")],
                [[p.name, p.organisation, p.gender] for p in meta.participants],
            ),
            ("chosen", [self.t("community")], [[self._community_name(c)] for c in meta.chosen]),
            (
                "agreements",
                [self.t("action"), self.t("responsible"), self.t("date")],
                [[a.action, a.responsible, a.date] for a in meta.agreements],
            ),
            (
                "excluded",
                [self.t("community"), self.t("reasons")],
                [
                    [
                        self.w.communities[e.community].name,
                        "; ".join(
                            self.reason(r.kind, self.w.criteria[r.criterion], r.value)
                            for r in e.reasons
                        ),
                    ]
                    for e in self.problem.excluded
                ],
            ),
        ]
        for key, headers, lines in sections:
            self.header(sheet, row, [self.t(key)])
            row += 1
            self.header(sheet, row, headers)
            for line in lines:
                row += 1
                for column, value in enumerate(line, start=1):
                    _put(sheet, row, column, value)
            if key == "participants":
                row += 1
                self.header(sheet, row, [self.t("total")])
                _put(sheet, row, 2, len(meta.participants))
                genders: dict[str, int] = {}
                for p in meta.participants:
                    if p.gender:
                        genders[p.gender] = genders.get(p.gender, 0) + 1
                for gender, count in sorted(genders.items()):
                    row += 1
                    _put(sheet, row, 1, f"{self.t('total')} {gender}")
                    _put(sheet, row, 2, count)
            row += 2

        settings = self.w.settings
        self.header(sheet, row, [self.t("settings")])
        for key, value in (
            ("missing_policy", self.t(settings.missing.value)),
            ("ahp_mode", self.t(settings.ahp_mode.value)),
            ("top_k", settings.top_k),
        ):
            row += 1
            _put(sheet, row, 1, self.t(key))
            _put(sheet, row, 2, value)
        self.widths(sheet, {1: 34, 2: 40, 3: 14, 4: 20, 5: 12})

    def _community_name(self, community_id: str) -> str:
        for community in self.w.communities:
            if community.id == community_id:
                return community.name
        return community_id

    def data(self, sheet: Any) -> None:
        criteria = self.w.criteria
        notes_column = _DATA_FIRST_COLUMN + len(criteria)
        self.header(
            sheet,
            _DATA_HEADER_ROW,
            [self.t("community"), self.t("region"), *(self.name(c) for c in criteria)],
        )
        self.header(sheet, _DATA_HEADER_ROW, [self.t("notes")], notes_column)
        _put(sheet, _DATA_HEADER_ROW + 1, 1, self.t("unit"))
        for j, criterion in enumerate(criteria):
            _put(
                sheet, _DATA_HEADER_ROW + 1, _DATA_FIRST_COLUMN + j, criterion.unit_label(self.lang)
            )
        values = self.w.values
        for i, community in enumerate(self.w.communities):
            row = _DATA_FIRST_ROW + i
            _put(sheet, row, 1, community.name)
            _put(sheet, row, 2, community.region)
            for j, criterion in enumerate(criteria):
                _put(
                    sheet,
                    row,
                    _DATA_FIRST_COLUMN + j,
                    _rendered_value(criterion, values[i, j], self.lang),
                )
            _put(sheet, row, notes_column, community.notes).alignment = _wrap()
        sheet.freeze_panes = sheet.cell(row=_DATA_FIRST_ROW, column=_DATA_FIRST_COLUMN)
        sheet.print_title_rows = f"{_DATA_HEADER_ROW}:{_DATA_FIRST_ROW - 1}"
        widths = {1: 26.0, 2: 14.0, notes_column: 60.0}
        widths.update({_DATA_FIRST_COLUMN + j: 16.0 for j in range(len(criteria))})
        self.widths(sheet, widths)

    def criteria(self, sheet: Any) -> None:
        groups = self.w.groups
        headers = [
            self.t("id"),
            self.t("criterion"),
            self.t("description"),
            self.t("kind"),
            self.t("direction"),
            self.t("unit"),
            self.t("levels"),
            self.t("accept_min"),
            self.t("accept_max"),
            *(self.t("weight_of").format(group=g.name) for g in groups),
            self.t("combined_weight"),
        ]
        self.header(sheet, 1, headers)
        combined = self.w.weight_vector(COMBINED)
        for j, criterion in enumerate(self.w.criteria):
            row = _CRITERIA_FIRST_ROW + j
            levels = "; ".join(
                level.label(self.lang)
                + ("" if level.priority is None else f" ({_fmt_number(level.priority)})")
                for level in criterion.levels
            )
            line: list[Any] = [
                criterion.id,
                self.name(criterion),
                localized(criterion.description, self.lang),
                self.t(criterion.kind.value),
                "" if criterion.is_gate else self.t(criterion.direction.value),
                criterion.unit_label(self.lang),
                levels,
                criterion.accept_min,
                criterion.accept_max,
            ]
            for column, value in enumerate(line, start=1):
                _put(sheet, row, column, value)
            for g, group in enumerate(groups):
                if not criterion.is_gate:
                    _put(
                        sheet,
                        row,
                        _CRITERIA_WEIGHT_COLUMN + g,
                        float(group.weights.get(criterion.id, 0.0)),
                    )
            if not criterion.is_gate:
                _put(sheet, row, _CRITERIA_WEIGHT_COLUMN + len(groups), float(combined[j]), "0.0%")
        sheet.freeze_panes = "C2"
        widths: dict[int, float] = {1: 16, 2: 30, 3: 50, 4: 14, 5: 20, 6: 10, 7: 40, 8: 12, 9: 12}
        widths.update({_CRITERIA_WEIGHT_COLUMN + g: 16 for g in range(len(groups) + 1)})
        self.widths(sheet, widths)

    def judgements(self, sheet: Any) -> None:
        """Each group's judgements of the criteria, then the communities compared under each
        criterion judged pairwise, then the levels compared of each verbal criterion."""
        weighted = self.w.weighted_criteria
        ids = [c.id for c in weighted]
        names = [self.name(c) for c in weighted]
        row = 1
        for group in self.w.groups:
            row = self._judgement_block(
                sheet, row, group.name, names, _pairwise_matrix(ids, group.judgements)
            )
        community_ids = [c.id for c in self.w.communities]
        community_names = [c.name for c in self.w.communities]
        for criterion in self.w.criteria:
            if criterion.kind is CriterionKind.PAIRWISE:
                title = self.t("communities_under").format(criterion=self.name(criterion))
                matrix = _pairwise_matrix(community_ids, criterion.comparisons)
                row = self._judgement_block(sheet, row, title, community_names, matrix, "community")
            elif criterion.level_comparisons:
                title = self.t("levels_under").format(criterion=self.name(criterion))
                labels = [level.label(self.lang) for level in criterion.levels]
                matrix = complete_matrix(len(labels), level_pairs(criterion))
                row = self._judgement_block(sheet, row, title, labels, matrix, "level")
        self.widths(sheet, {1: 30, **{j + 2: 14 for j in range(len(weighted) + 1)}})

    def _judgement_block(
        self,
        sheet: Any,
        row: int,
        title: str,
        labels: Sequence[str],
        matrix: np.ndarray[Any, np.dtype[np.float64]] | None,
        corner: str = "criterion",
    ) -> int:
        """A title, then the full matrix with its priorities, lambda max, CI and CR (or a line
        saying the comparisons are incomplete); returns the next free row."""
        from openpyxl.styles import Font

        _put(sheet, row, 1, title).font = Font(bold=True, size=12)
        row += 1
        if matrix is None:
            _put(sheet, row, 1, self.t("incomplete"))
            return row + 2
        result = ahp.priorities(matrix)
        self.header(sheet, row, [self.t(corner), *labels])
        self.header(sheet, row, [self.t("priorities")], len(labels) + 2)
        for i, label in enumerate(labels):
            row += 1
            _put(sheet, row, 1, label)
            for j in range(len(labels)):
                _put(sheet, row, j + 2, float(matrix[i, j]), "0.000")
            _put(sheet, row, len(labels) + 2, float(result.priorities[i]), _SCORE_FORMAT)
        for key, value in (
            ("lambda_max", result.lambda_max),
            ("ci", result.ci),
            ("cr", result.cr),
        ):
            row += 1
            _put(sheet, row, 1, self.t(key))
            _put(sheet, row, 2, float(value), _SCORE_FORMAT)
        return row + 2

    def topsis(self, sheet: Any) -> None:
        tops = self.evaluation.topsis
        if tops is None:
            _put(sheet, 1, 1, self.t("nothing"))
            return
        names = [self.name(c) for c in self.ranked]
        n = len(self.evaluation.eligible)
        row = 1
        for key, matrix in (("normalized", tops.normalized), ("weighted", tops.weighted)):
            self.header(sheet, row, [self.t(key)])
            row += 1
            self.header(sheet, row, [self.t("community"), *names])
            for i in range(n):
                row += 1
                _put(sheet, row, 1, self.community(i))
                for k in range(len(names)):
                    _put(sheet, row, k + 2, float(matrix[i, k]), "0.000000")
            if key == "weighted":
                for label, vector in (("ideal_row", tops.ideal), ("anti_ideal", tops.anti_ideal)):
                    row += 1
                    self.header(sheet, row, [self.t(label)])
                    for k in range(len(names)):
                        _put(sheet, row, k + 2, float(vector[k]), "0.000000")
            row += 2
        self.header(
            sheet,
            row,
            [
                self.t("community"),
                self.t("d_plus"),
                self.t("d_minus"),
                self.t("closeness"),
                self.t("topsis_rank"),
            ],
        )
        for i in range(n):
            row += 1
            _put(sheet, row, 1, self.community(i))
            _put(sheet, row, 2, float(tops.d_plus[i]), "0.000000")
            _put(sheet, row, 3, float(tops.d_minus[i]), "0.000000")
            _put(sheet, row, 4, float(tops.closeness[i]), _SCORE_FORMAT)
            _put(sheet, row, 5, int(tops.ranks[i]))
        sheet.freeze_panes = "B1"
        self.widths(sheet, {1: 28, **{k + 2: 14 for k in range(max(len(names), 4))}})

    def ahp(self, sheet: Any) -> None:
        local, scores = self.problem.local, self.evaluation.ahp_scores
        ranks = self.evaluation.ahp_ranks
        if local is None or scores is None or ranks is None:
            note = self.problem.ahp_problem
            text = self.t("ahp_none") if note is None else self.message(note.template, note.params)
            _put(sheet, 1, 1, text)
            return
        names = [self.name(c) for c in self.ranked]
        self.header(sheet, 1, [self.t("local")])
        self.header(sheet, 2, [self.t("community"), *names, self.t("global"), self.t("ahp_rank")])
        for i in range(local.shape[0]):
            row = 3 + i
            _put(sheet, row, 1, self.community(i))
            for k in range(len(names)):
                _put(sheet, row, k + 2, float(local[i, k]), _SCORE_FORMAT)
            _put(sheet, row, len(names) + 2, float(scores[i]), _SCORE_FORMAT)
            _put(sheet, row, len(names) + 3, int(ranks[i]))
        sheet.freeze_panes = "B3"
        self.widths(sheet, {1: 28, **{k + 2: 14 for k in range(len(names) + 2)}})

    def groups(self, sheet: Any) -> None:
        sets = [(g.name, g.id) for g in self.w.groups] + [(self.t("combined"), COMBINED)]
        headers = [self.t("community")]
        columns: list[tuple[Any, Any]] = []
        for name, group_id in sets:
            evaluation = self.problem.rank(self.w.weight_vector(group_id))
            columns.append((evaluation.topsis_ranks, evaluation.ahp_ranks))
            headers += [f"{name}: {self.t('topsis_rank')}", f"{name}: {self.t('ahp_rank')}"]
        self.header(sheet, 1, headers)
        for i in range(len(self.evaluation.eligible)):
            _put(sheet, i + 2, 1, self.community(i))
            for g, (topsis_ranks, ahp_ranks) in enumerate(columns):
                if topsis_ranks is not None:
                    _put(sheet, i + 2, 2 + 2 * g, int(topsis_ranks[i]))
                if ahp_ranks is not None:
                    _put(sheet, i + 2, 3 + 2 * g, int(ahp_ranks[i]))
        sheet.freeze_panes = "B2"
        self.widths(sheet, {1: 28, **{k + 2: 18 for k in range(2 * len(sets))}})

    # -- sensitivity -----------------------------------------------------------------------------
    def message(self, template: str, params: Mapping[str, Any]) -> str:
        """A model message (error or note) in the record's language."""
        from app.io.messages import message_text

        return message_text(template, params, self.lang)

    def title(self, sheet: Any, row: int, text: str) -> None:
        from openpyxl.styles import Font

        _put(sheet, row, 1, text).font = Font(bold=True, size=12)

    def names(self, communities: Sequence[int]) -> str:
        """Workshop communities by name, joined (tied communities share a place)."""
        return "; ".join(self.w.communities[int(i)].name for i in communities)

    def method_ranks(self, method: str) -> np.ndarray[Any, np.dtype[np.int64]] | None:
        """The current ranks of the eligible communities by ``method`` ("topsis" or "ahp")."""
        if method == "ahp":
            return self.evaluation.ahp_ranks
        return self.evaluation.topsis_ranks

    def sensitivity(self, sheet: Any) -> None:
        """How firm the ranking is at the weights used: stability intervals, rank acceptability
        (SMAA-2), the choice of the focus communities within the quotas, and how much the
        methods agree (see :mod:`app.models.sensitivity`). Each section says why when empty."""
        from openpyxl.styles import Font

        _put(sheet, 1, 1, self.t("sensitivity")).font = Font(bold=True, size=14)
        self.header(sheet, 2, [self.t("weights_used")])
        _put(sheet, 2, 2, self.weight_source())
        row = 4
        for section in (
            self._stability,
            self._acceptability,
            self._selection,
            self._agreement,
        ):
            row = section(sheet, row) + 2
        sheet.freeze_panes = "B3"
        self.widths(sheet, {1: 30, 2: 22, **{k: 16 for k in range(3, 12)}})

    def _empty_reason(self) -> str | None:
        """Why no sensitivity can be computed, or None."""
        if self.failure is not None:
            return self.failure
        if self.evaluation.topsis is None:
            return self.t("nothing")
        return None

    def _stability(self, sheet: Any, row: int) -> int:
        from app.models.sensitivity import stability_intervals, tightest

        k = self.w.settings.top_k
        self.title(sheet, row, self.t("stability").format(k=k))
        row += 1
        try:
            intervals = stability_intervals(self.problem, self.weights, k)
        except InvalidInputError as error:
            _put(sheet, row, 1, self.message(error.template, error.params))
            return row
        if not intervals:
            _put(sheet, row, 1, self._empty_reason() or self.t("no_intervals"))
            return row
        self.header(
            sheet,
            row,
            [
                self.t("criterion"),
                self.t("method"),
                self.t("share_now"),
                self.t("first_from"),
                self.t("first_to"),
                self.t("first_now"),
                self.t("first_below"),
                self.t("first_above"),
                self.t("top_from").format(k=k),
                self.t("top_to").format(k=k),
                self.t("tightest"),
            ],
        )
        marked = {tightest(intervals, method) for method in ("topsis", "ahp")}
        for interval in intervals:
            row += 1
            first, top = interval.first, interval.top
            line: list[tuple[Any, str | None]] = [
                (self.name(self.w.criteria[interval.criterion]), None),
                (self.t(interval.method), None),
                (interval.current, "0.0%"),
                (first.low, "0.0%"),
                (first.high, "0.0%"),
                (self.names(interval.leaders), None),
                (self.names(first.below) or self.t("no_change"), None),
                (self.names(first.above) or self.t("no_change"), None),
                (top.low, "0.0%"),
                (top.high, "0.0%"),
                (self.t("tightest_mark") if interval in marked else "", None),
            ]
            for column, (value, number_format) in enumerate(line, start=1):
                _put(sheet, row, column, value, number_format)
        return row

    def _acceptability(self, sheet: Any, row: int) -> int:
        from app.models.judgements import group_weight_batch
        from app.models.sensitivity import rank_acceptability, sample_weights

        settings = self.w.settings
        self.title(sheet, row, self.t("acceptability"))
        mode = settings.sampling.value
        lines: list[tuple[str, Any, str | None]] = [
            ("sampling", self.t("groups_mix" if mode == "groups" else mode), None)
        ]
        if mode == "around":
            lines.append(("spread", settings.spread, "0%"))
        lines += [("samples", settings.samples, "0"), ("seed", settings.seed, "0")]
        for key, value, number_format in lines:
            row += 1
            _put(sheet, row, 1, self.t(key))
            _put(sheet, row, 2, value, number_format)
        row += 2
        reason = self._empty_reason()
        if reason is not None or not self.ranked:
            _put(sheet, row, 1, reason or self.t("no_intervals"))
            return row
        try:
            samples = sample_weights(
                self.problem,
                mode,
                settings.samples,
                settings.seed,
                current=self.weights,
                spread=settings.spread,
                groups=group_weight_batch(self.w, self.w.groups),
            )
            results = rank_acceptability(self.problem, samples, settings.top_k, seed=settings.seed)
        except InvalidInputError as error:
            _put(sheet, row, 1, self.message(error.template, error.params))
            return row
        for method in ("topsis", "ahp"):
            row += 1  # a blank row between the tables
            result = results.get(method)
            ranks = self.method_ranks(method)
            if result is None or ranks is None:
                _put(sheet, row, 1, self.t("ahp_none"))
                continue
            row = self._acceptability_table(sheet, row, result, ranks) + 1
        return row - 1

    def _acceptability_table(
        self, sheet: Any, row: int, result: Any, ranks: np.ndarray[Any, np.dtype[np.int64]]
    ) -> int:
        """One method's community x rank probabilities, best first now, as a heat map: ranks 1
        to :data:`_MOST_RANK_COLUMNS` (or ``top_k`` if more), then the rest in one column, so that
        each row still sums to 100 % and the table stays readable and printable."""
        from openpyxl.formatting.rule import ColorScaleRule
        from openpyxl.utils import get_column_letter as letter

        n = result.acceptability.shape[0]
        shown = min(n, max(_MOST_RANK_COLUMNS, result.top_k))
        table = result.acceptability[:, :shown]
        headers = [self.t("rank_n").format(rank=r) for r in range(1, shown + 1)]
        if shown < n:
            table = np.column_stack([table, result.acceptability[:, shown:].sum(axis=1)])
            headers.append(self.t("rank_rest").format(rank=shown + 1))
        table = np.column_stack([table, result.top])
        headers.append(self.t("in_top").format(k=result.top_k))
        self.header(sheet, row, [self.t("acceptability_of").format(method=self.t(result.method))])
        row += 1
        self.header(sheet, row, [self.t("community"), *headers])
        top_row = row + 1
        for i in np.argsort(ranks, kind="stable").tolist():
            row += 1
            _put(sheet, row, 1, self.community(i))
            for column, value in enumerate(table[i].tolist(), start=2):
                _put(sheet, row, column, value, "0.0%")
        sheet.conditional_formatting.add(
            f"B{top_row}:{letter(len(headers) + 1)}{row}",
            ColorScaleRule(
                start_type="num",
                start_value=0,
                start_color="FFFFFF",
                end_type="num",
                end_value=1,
                end_color="63BE7B",
            ),
        )
        return row

    def _selection(self, sheet: Any, row: int) -> int:
        from app.models.sensitivity import select_with_quotas

        settings = self.w.settings
        method = settings.selection_method
        self.title(sheet, row, self.t("selection"))
        for key, value in (
            ("focus_count", settings.top_k),
            ("ranking_used", self.t(method)),
        ):
            row += 1
            _put(sheet, row, 1, self.t(key))
            _put(sheet, row, 2, value)
        row += 1
        _put(sheet, row, 1, self.t("quotas"))
        if not settings.quotas:
            _put(sheet, row, 2, self.t("no_quotas"))
        else:
            self.header(sheet, row, [self.t("region"), self.t("minimum"), self.t("maximum")], 2)
            for quota in settings.quotas:
                row += 1
                _put(sheet, row, 2, quota.value)
                _put(sheet, row, 3, quota.minimum)
                maximum = quota.maximum
                _put(sheet, row, 4, self.t("no_limit") if maximum is None else maximum)
        ranks = self.method_ranks(method)
        position = {int(c): i for i, c in enumerate(self.evaluation.eligible.tolist())}
        row += 2
        if self.w.metadata.chosen:
            self.header(sheet, row, [self.t("chosen_recorded")])
            known = {c.id for c in self.w.communities}
            chosen = [self.w.community_index(c) for c in self.w.metadata.chosen if c in known]
        else:
            proposed = self.t("proposed").format(k=settings.top_k, method=self.t(method))
            self.header(sheet, row, [proposed])
            reason = self._empty_reason()
            if reason is not None or ranks is None:
                _put(sheet, row + 1, 1, reason or self.t("ahp_none"))
                return row + 1
            best_first = np.argsort(ranks, kind="stable").tolist()
            order = [int(self.evaluation.eligible[i]) for i in best_first]
            regions = {i: self.w.communities[i].region for i in order}
            try:
                chosen = list(select_with_quotas(order, regions, settings.top_k, settings.quotas))
            except InvalidInputError as error:
                _put(sheet, row + 1, 1, self.message(error.template, error.params))
                return row + 1
        row += 1
        rank_label = self.t("ahp_rank" if method == "ahp" else "topsis_rank")
        self.header(sheet, row, [self.t("community"), self.t("region"), rank_label])
        for index in chosen:
            row += 1
            community = self.w.communities[index]
            _put(sheet, row, 1, community.name)
            _put(sheet, row, 2, community.region)
            if index not in position:
                _put(sheet, row, 3, self.t("screened_out"))
            elif ranks is not None:
                _put(sheet, row, 3, int(ranks[position[index]]))
        return row

    def _agreement(self, sheet: Any, row: int) -> int:
        from app.models.sensitivity import rank_correlations

        self.title(sheet, row, self.t("agreement"))
        row += 1
        agreement = rank_correlations(self.evaluation)
        if agreement is None:
            _put(sheet, row, 1, self._empty_reason() or self.t("ahp_none"))
        else:
            _put(sheet, row, 1, self.t("kendall"))
            _put(sheet, row, 2, agreement.kendall_tau_b, "0.000")
            row += 1
            _put(sheet, row, 1, self.t("spearman"))
            _put(sheet, row, 2, agreement.spearman_rho, "0.000")
        if self.w.settings.compare_methods and self._empty_reason() is None:
            row = self._other_methods(sheet, row + 2)
        return row

    def _other_methods(self, sheet: Any, row: int) -> int:
        """Ranks by scikit-criteria's WSM, WPM and VIKOR beside the program's two (imported only
        here: scikit-criteria takes seconds to import)."""
        from app.models.sensitivity import OTHER_METHODS, other_methods

        others = other_methods(self.problem, self.weights)
        self.title(sheet, row, self.t("other_methods"))
        row += 1
        self.header(
            sheet,
            row,
            [
                self.t("community"),
                self.t("topsis_rank"),
                self.t("ahp_rank"),
                *(self.t(name) for name in OTHER_METHODS),
            ],
        )
        columns = [self.evaluation.topsis_ranks, self.evaluation.ahp_ranks]
        columns += [others.ranks[name] for name in OTHER_METHODS]
        for i in self.order():
            row += 1
            _put(sheet, row, 1, self.community(i))
            for column, ranks in enumerate(columns, start=2):
                if ranks is not None:
                    _put(sheet, row, column, int(ranks[i]))
        row += 1  # a blank row before the notes
        for name in OTHER_METHODS:
            note = others.notes.get(name)
            if note is not None:
                row += 1
                _put(sheet, row, 1, f"{self.t(name)}: {self.message(note.template, note.params)}")
        return row

    def model(self, sheet: Any) -> None:
        """Formulas only: weights -> TOPSIS closeness and AHP global priorities (see module)."""
        from openpyxl.styles import Font, PatternFill
        from openpyxl.utils import get_column_letter as letter

        matrix = self.problem.matrix
        n, m = matrix.shape
        _put(sheet, 1, 1, self.t("model_intro")).font = Font(bold=True)
        if n == 0 or m == 0:
            _put(sheet, 2, 1, self.t("nothing"))
            return
        first, last = letter(2), letter(m + 1)
        self.header(sheet, 3, [self.t("criterion"), *(self.name(c) for c in self.ranked)])
        _put(sheet, 4, 1, self.t("direction"))
        for k, criterion in enumerate(self.ranked):
            _put(sheet, 4, k + 2, criterion.direction.value)
        # row 5: the weights a colleague edits; row 6: their shares
        _put(sheet, 5, 1, self.t("weight")).font = Font(bold=True)
        _put(sheet, 6, 1, self.t("weight_norm"))
        used = self.weights[self.problem.columns]
        fill = PatternFill("solid", fgColor="FFF2CC")
        for k in range(m):
            column = letter(k + 2)
            _put(sheet, 5, k + 2, float(used[k]), "0.0000").fill = fill
            total = f"SUM(${first}$5:${last}$5)"
            _formula(sheet, 6, k + 2, f"=IF({total}=0,0,{column}5/{total})", "0.0000")
        # data of the eligible communities (missing cells already counted as the worst value)
        data_top = 9
        self.header(sheet, data_top - 1, [self.t("data")])
        for i in range(n):
            _put(sheet, data_top + i, 1, self.community(i))
            for k in range(m):
                _put(sheet, data_top + i, k + 2, float(matrix[i, k]))
        data_end = data_top + n - 1
        norm_row = data_end + 1
        _put(sheet, norm_row, 1, self.t("column_norm"))
        for k in range(m):
            column = letter(k + 2)
            _formula(
                sheet,
                norm_row,
                k + 2,
                f"=SQRT(SUMSQ({column}{data_top}:{column}{data_end}))",
                "0.0000",
            )
        # normalised and weighted matrices
        normal_top = norm_row + 3
        self.header(sheet, normal_top - 1, [self.t("normalized")])
        weighted_top = normal_top + n + 2
        self.header(sheet, weighted_top - 1, [self.t("weighted")])
        for i in range(n):
            _put(sheet, normal_top + i, 1, self.community(i))
            _put(sheet, weighted_top + i, 1, self.community(i))
            for k in range(m):
                column = letter(k + 2)
                norm = f"{column}${norm_row}"
                _formula(
                    sheet,
                    normal_top + i,
                    k + 2,
                    f"=IF({norm}=0,0,{column}{data_top + i}/{norm})",
                    "0.000000",
                )
                _formula(
                    sheet,
                    weighted_top + i,
                    k + 2,
                    f"={column}$6*{column}{normal_top + i}",
                    "0.000000",
                )
        weighted_end = weighted_top + n - 1
        ideal_row, anti_row = weighted_end + 1, weighted_end + 2
        _put(sheet, ideal_row, 1, self.t("ideal_row"))
        _put(sheet, anti_row, 1, self.t("anti_ideal"))
        for k, criterion in enumerate(self.ranked):
            column = letter(k + 2)
            span = f"{column}{weighted_top}:{column}{weighted_end}"
            best, worst = ("MAX", "MIN") if criterion.direction is Direction.MAX else ("MIN", "MAX")
            _formula(sheet, ideal_row, k + 2, f"={best}({span})", "0.000000")
            _formula(sheet, anti_row, k + 2, f"={worst}({span})", "0.000000")

        # AHP local priorities
        local_top = anti_row + 3
        ahp_ok = self.problem.local is not None
        level_rows: dict[int, int] = {}
        if ahp_ok:
            levels_top = local_top
            ordinals = [k for k, c in enumerate(self.ranked) if c.kind is CriterionKind.ORDINAL]
            if ordinals:
                self.header(sheet, levels_top - 1, [self.t("level_priorities")])
                most = max(len(self.ranked[k].levels) for k in ordinals)
                for number in range(1, most + 1):
                    _put(sheet, levels_top - 1, number + 1, number)
                for offset, k in enumerate(ordinals):
                    criterion = self.ranked[k]
                    row = levels_top + offset
                    level_rows[k] = row
                    _put(sheet, row, 1, self.name(criterion))
                    for index, value in enumerate(rating_priorities(criterion)):
                        _put(sheet, row, index + 2, float(value), "0.0000")
                local_top = levels_top + len(ordinals) + 3
            self.header(sheet, local_top - 1, [self.t("local")])
            distributive = self.w.settings.ahp_mode.value == "distributive"
            for i in range(n):
                row = local_top + i
                _put(sheet, row, 1, self.community(i))
                for k, criterion in enumerate(self.ranked):
                    column = letter(k + 2)
                    x = f"{column}{data_top + i}"
                    span = f"{column}${data_top}:{column}${data_end}"
                    if k in level_rows:
                        count = len(criterion.levels)
                        levels = f"$B${level_rows[k]}:${letter(count + 1)}${level_rows[k]}"
                        chosen = f"INDEX({levels},1,{x})"
                        if distributive:
                            numbers = f"$B${levels_top - 1}:${letter(count + 1)}${levels_top - 1}"
                            total = f"SUMPRODUCT(COUNTIF({span},{numbers}),{levels})"
                            formula = f"={chosen}/({total})"
                        else:
                            formula = f"={chosen}/MAX({levels})"
                    elif criterion.direction is Direction.MAX:
                        formula = f"={x}/SUM({span})" if distributive else f"={x}/MAX({span})"
                    else:
                        formula = (
                            f"=(1/{x})/SUMPRODUCT(1/{span})"
                            if distributive
                            else f"=MIN({span})/{x}"
                        )
                    _formula(sheet, row, k + 2, formula, _SCORE_FORMAT)
        local_end = local_top + n - 1

        # results: both methods side by side
        result_top = (local_end + 3) if ahp_ok else local_top
        self.header(
            sheet,
            result_top - 1,
            [
                self.t("community"),
                self.t("d_plus"),
                self.t("d_minus"),
                self.t("closeness"),
                self.t("topsis_rank"),
                self.t("global"),
                self.t("ahp_rank"),
            ],
        )
        result_end = result_top + n - 1
        for i in range(n):
            row = result_top + i
            weighted = f"${first}{weighted_top + i}:${last}{weighted_top + i}"
            _put(sheet, row, 1, self.community(i))
            _formula(
                sheet,
                row,
                2,
                f"=SQRT(SUMXMY2({weighted},${first}${ideal_row}:${last}${ideal_row}))",
                "0.000000",
            )
            _formula(
                sheet,
                row,
                3,
                f"=SQRT(SUMXMY2({weighted},${first}${anti_row}:${last}${anti_row}))",
                "0.000000",
            )
            _formula(
                sheet, row, 4, f"=IF(B{row}+C{row}=0,0.5,C{row}/(B{row}+C{row}))", _SCORE_FORMAT
            )
            _formula(sheet, row, 5, f"=RANK(D{row},$D${result_top}:$D${result_end},0)", "0")
            if ahp_ok:
                local = f"${first}{local_top + i}:${last}{local_top + i}"
                _formula(sheet, row, 6, f"=SUMPRODUCT(${first}$6:${last}$6,{local})", _SCORE_FORMAT)
                _formula(sheet, row, 7, f"=RANK(F{row},$F${result_top}:$F${result_end},0)", "0")
        sheet.freeze_panes = "B4"
        self.widths(sheet, {1: 30, **{k + 2: 14 for k in range(max(m, 6))}})

    def log(self, sheet: Any) -> None:
        self.header(
            sheet,
            1,
            [self.t("time"), self.t("group"), self.t("what"), self.t("old"), self.t("new")],
        )
        for row, entry in enumerate(self.w.log, start=2):
            for column, value in enumerate(
                (entry.time, entry.group, entry.what, entry.old, entry.new), start=1
            ):
                _put(sheet, row, column, value)
        sheet.freeze_panes = "A2"
        self.widths(sheet, {1: 20, 2: 20, 3: 40, 4: 20, 5: 20})


def _pairwise_matrix(
    ids: Sequence[str], judgements: Mapping[tuple[str, str], float]
) -> np.ndarray[Any, np.dtype[np.float64]] | None:
    """The full reciprocal matrix over ``ids``, or ``None`` if a pair is not judged (or n < 2)."""
    if len(ids) < 2:
        return None
    return complete_matrix(len(ids), index_pairs(ids, judgements))


# ================================================================================================
# Reading
# ================================================================================================


def load_record(
    path: str | os.PathLike[str], notes: list[InvalidInputError] | None = None
) -> Workshop:
    """Reopen a decision record written by :func:`save_record` (in either language).

    Inputs come from the hidden sheet; edits a person made in the visible Data, Criteria and
    Summary sheets are taken up (see the module docstring). What the reader should know but that
    does not stop the opening (a community whose Data row is gone, and is kept) is appended to
    ``notes`` as messages, when a list is given. Raises :class:`InvalidInputError`
    naming the file, and the sheet, row and column where one is at fault, for anything that is not
    a readable decision record.
    """
    file = Path(path)
    with open_workbook(file) as book:
        if HIDDEN_SHEET not in book.sheetnames:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}” is a workbook but not a Priorizar decision record (its hidden "
                    "sheet is missing). To use a table of communities, import it.",
                ),
                file=file.name,
            )
        lang, data = _hidden_payload(book, file)
        return _take_up_edits(book, file, lang, _workshop_from(data, file), notes)


def is_record(path: str | os.PathLike[str]) -> bool:
    """True if ``path`` is a readable workbook with Priorizar's hidden sheet."""
    with open_workbook(Path(path)) as book:
        return HIDDEN_SHEET in book.sheetnames


class _Book:
    """An openpyxl workbook opened read-only; closes its file on exit."""

    def __init__(self, book: Any, file: Path) -> None:
        self.book = book
        self.file = file

    @property
    def sheetnames(self) -> list[str]:
        names: list[str] = self.book.sheetnames
        return names

    def __enter__(self) -> _Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.book.close()

    def rows(self, name: str) -> list[tuple[Any, ...]]:
        """Every row of sheet ``name`` as values (row 1 first), within the size limits."""
        sheet = self.book[name]
        rows: list[tuple[Any, ...]] = []
        try:
            declared_rows, declared_columns = sheet.max_row or 0, sheet.max_column or 0
            self._check_size(name, declared_rows, declared_columns)
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                self._check_size(name, number, len(row))
                rows.append(tuple(row))
        except InvalidInputError:
            raise
        except Exception as error:  # anything openpyxl raises on a damaged sheet
            raise _damaged(self.file, error, sheet=name) from error
        return rows

    def _check_size(self, name: str, rows: int, columns: int) -> None:
        if rows > MAX_ROWS or columns > MAX_COLUMNS:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}”, sheet “{sheet}”: {rows} rows and {columns} columns is more than "
                    "this program reads (at most {max_rows} rows and {max_columns} columns).",
                ),
                file=self.file.name,
                sheet=name,
                rows=rows,
                columns=columns,
                max_rows=MAX_ROWS,
                max_columns=MAX_COLUMNS,
            )
        return None


def _damaged(file: Path, error: BaseException, sheet: str | None = None) -> InvalidInputError:
    detail = f"{type(error).__name__}: {error}"
    if sheet is None:
        return InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” is damaged or not a valid Excel workbook; it cannot be opened "
                "({detail}).",
            ),
            file=file.name,
            detail=detail,
        )
    return InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Messages", "“{file}”, sheet “{sheet}” is damaged and cannot be read ({detail})."
        ),
        file=file.name,
        sheet=sheet,
        detail=detail,
    )


def open_workbook(file: Path) -> _Book:
    """Check ``file`` (size, signature, zip contents) and open it read-only with openpyxl.

    The file is read into memory once (it is at most :data:`MAX_FILE_BYTES`), so the checks and
    openpyxl see the same bytes and no file handle is left open when openpyxl fails half-way.
    """
    content = _check_archive(file)
    import openpyxl

    try:
        book = openpyxl.load_workbook(
            io.BytesIO(content), read_only=True, data_only=True, keep_links=False
        )
    except InvalidInputError:
        raise
    except Exception as error:  # openpyxl, zipfile, zlib and defusedxml errors alike
        raise _damaged(file, error) from error
    return _Book(book, file)


def _check_archive(file: Path) -> bytes:
    content = read_limited(file, MAX_FILE_BYTES)
    head = content[:8]
    if not head:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}” is empty: it holds no workbook."),
            file=file.name,
        )
    if head == _OLE_SIGNATURE:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” is protected with a password or is an old Excel file (.xls). Open it "
                "in Excel, remove the password and save it as an Excel workbook (.xlsx).",
            ),
            file=file.name,
        )
    if not head.startswith(_ZIP_SIGNATURE):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "“{file}” is not an Excel workbook (.xlsx); it cannot be opened."
            ),
            file=file.name,
        )
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” is damaged or incomplete (perhaps cut off while copying); it cannot be "
                "opened.",
            ),
            file=file.name,
            detail=str(error),
        ) from error
    total = sum(entry.file_size for entry in entries)
    bomb = any(
        entry.file_size > _RATIO_FLOOR and entry.file_size > MAX_RATIO * max(entry.compress_size, 1)
        for entry in entries
    )
    if len(entries) > MAX_ENTRIES or total > MAX_UNCOMPRESSED_BYTES or bomb:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” unpacks to far more data than a workbook of communities holds; it is "
                "refused for safety.",
            ),
            file=file.name,
        )
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "“{file}” is not an Excel workbook (.xlsx); it cannot be opened."
            ),
            file=file.name,
        )
    return content


def _hidden_payload(book: _Book, file: Path) -> tuple[str, dict[str, Any]]:
    rows = book.rows(HIDDEN_SHEET)

    def broken(detail: str) -> InvalidInputError:
        return InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}”: the hidden sheet “{sheet}” that holds the workshop is damaged "
                "({detail}).",
            ),
            file=file.name,
            sheet=HIDDEN_SHEET,
            detail=detail,
        )

    if not rows or len(rows[0]) < 4 or rows[0][0] != MARKER:
        raise broken("no marker in A1")
    version, lang, count = rows[0][1], rows[0][2], rows[0][3]
    if not isinstance(version, int) or version > RECORD_VERSION:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” was saved by a newer Priorizar (record format {version}); please "
                "update Priorizar.",
            ),
            file=file.name,
            version=version,
        )
    if not isinstance(count, int) or not 0 < count <= len(rows) - 1:
        raise broken("wrong number of parts")
    parts = []
    for k in range(count):
        row = rows[k + 1]
        value = row[0] if row else None
        if not isinstance(value, str):
            raise broken(f"cell A{k + 2} is not text")
        parts.append(value)
    try:
        data = json.loads("".join(parts))
    except (ValueError, RecursionError) as error:
        raise broken(str(error)) from error
    if not isinstance(data, dict):
        raise broken("not a workshop")
    return (lang if lang in LABELS else "es"), data


def _sheet_rows(book: _Book, lang: str, key: str) -> list[tuple[Any, ...]] | None:
    """The rows of the record sheet ``key`` (in ``lang``, else in any language), or None."""
    for code in (lang, *LANGUAGES):
        name = _label(code, key)
        if name in book.sheetnames:
            return book.rows(name)
    return None


def _cell(rows: Sequence[Sequence[Any]], row: int, column: int) -> Any:
    """The value at 1-based ``row``, ``column`` ('' for a blank or absent cell)."""
    if row - 1 < len(rows) and column - 1 < len(rows[row - 1]):
        value = rows[row - 1][column - 1]
        return "" if value is None else value
    return ""


def _same(shown: Any, expected: Any) -> bool:
    """Whether a cell still holds what Priorizar wrote (blank and '' are the same)."""
    shown = "" if shown is None else shown
    expected = "" if expected is None else expected
    if isinstance(shown, int | float) and isinstance(expected, int | float):
        # openpyxl writes 16 significant digits and LibreOffice re-saves 15: a number that
        # agrees to 1e-14 is the one Priorizar wrote, not an edit (a person's edit differs more).
        return not isinstance(shown, bool) and math.isclose(
            float(shown), float(expected), rel_tol=1e-14, abs_tol=0.0
        )
    if isinstance(shown, str) and isinstance(expected, str):
        # XML turns line ends into "\n"; spreadsheets trim nothing, but people do not see spaces
        return _plain(shown) == _plain(expected)
    return False


def _plain(text: str) -> str:
    return _one_line_end(text).strip()


def _text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value).strip()


def _take_up_edits(
    book: _Book,
    file: Path,
    lang: str,
    workshop: Workshop,
    notes: list[InvalidInputError] | None,
) -> Workshop:
    data = workshop.to_dict()
    changed = False
    summary = _sheet_rows(book, lang, "summary")
    if summary is not None:
        for offset, key in enumerate(_SUMMARY_FIELDS):
            shown = _cell(summary, _SUMMARY_FIRST_ROW + offset, 2)
            expected = _clean(data["metadata"][key])
            if not _same(shown, expected):
                data["metadata"][key] = _text_of(shown)
                changed = True
    sheet_name = _sheet_name(book, lang, "data")
    rows = _sheet_rows(book, lang, "data")
    if rows is not None and sheet_name is not None:
        changed |= _take_up_data(rows, file, sheet_name, lang, workshop, data, notes)
    sheet_name = _sheet_name(book, lang, "criteria")
    rows = _sheet_rows(book, lang, "criteria")
    if rows is not None and sheet_name is not None:
        changed |= _take_up_weights(rows, file, sheet_name, workshop, data)
    if not changed:
        return workshop
    return _workshop_from(data, file)


def _workshop_from(data: Any, file: Path) -> Workshop:
    """The workshop of a record's inputs; a problem in them names the file."""
    try:
        return Workshop.from_dict(data)
    except InvalidInputError as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}”: {problem}"),
            file=file.name,
            problem=str(error),
        ) from error


def _sheet_name(book: _Book, lang: str, key: str) -> str | None:
    for code in (lang, *LANGUAGES):
        name = _label(code, key)
        if name in book.sheetnames:
            return name
    return None


def _take_up_data(
    rows: Sequence[Sequence[Any]],
    file: Path,
    sheet: str,
    lang: str,
    workshop: Workshop,
    data: dict[str, Any],
    notes: list[InvalidInputError] | None,
) -> bool:
    """Take up the Data sheet: each row is matched to its community by :func:`_match_rows`; the
    communities follow the sheet's order, a new row adds a community, a community whose row is
    gone is kept last with a note. Returns whether anything changed."""
    criteria = workshop.criteria
    notes_column = _DATA_FIRST_COLUMN + len(criteria)
    table = _data_table(rows, notes_column, file, sheet)
    match = _match_rows(table, workshop, file, sheet)
    communities: list[dict[str, Any]] = []
    values: list[list[float | None]] = []
    taken = {c.id for c in workshop.communities}
    for row, cells in table:
        i = match.rows.get(row)
        if i is None:
            entry: dict[str, Any] = {"id": _new_id(_text_of(cells[0]), taken)}
            values_row: list[float | None] = [None] * len(criteria)
            shown_values = [math.nan] * len(criteria)
            written: Sequence[str] = ("", "", "")
        else:
            community = workshop.communities[i]
            entry = dict(data["communities"][i])
            values_row = list(data["values"][i])
            shown_values = [float(v) for v in workshop.values[i]]
            written = (community.name, community.region, community.notes)
        fields = zip(("name", "region", "notes"), (1, 2, notes_column), written, strict=True)
        for key, column, expected in fields:
            shown = _cell(rows, row, column)
            if i is None or not _same(shown, _clean(expected)):
                entry[key] = _text_of(shown)
        for j, criterion in enumerate(criteria):
            column = _DATA_FIRST_COLUMN + j
            shown = _cell(rows, row, column)
            if i is not None and _same(shown, _rendered_value(criterion, shown_values[j], lang)):
                continue
            value = _parse_value(criterion, shown, file, sheet, row, column)
            values_row[j] = None if math.isnan(value) else value
        communities.append(entry)
        values.append(values_row)
    for i in match.missing:
        communities.append(data["communities"][i])
        values.append(data["values"][i])
        if notes is not None:
            notes.append(
                InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, sheet “{sheet}”: the row of “{name}” (row {row} when saved) is "
                        "gone. The community is kept with all its data, last in the table; "
                        "remove it in Priorizar if it should go.",
                    ),
                    file=file.name,
                    sheet=sheet,
                    name=workshop.communities[i].name,
                    row=_DATA_FIRST_ROW + i,
                )
            )
    changed = bool(communities != data["communities"] or values != data["values"])
    data["communities"], data["values"] = communities, values
    return changed


def _data_table(
    rows: Sequence[Sequence[Any]], notes_column: int, file: Path, sheet: str
) -> list[tuple[int, tuple[Any, ...]]]:
    """The Data sheet's community rows as (Excel row number, cells up to the notes column).

    Blank rows (nothing in columns A to the notes) are skipped: a spacer row holds nothing to
    take up. A row with something in it but no name in column A is an error naming the row."""
    table: list[tuple[int, tuple[Any, ...]]] = []
    for row in range(_DATA_FIRST_ROW, len(rows) + 1):
        cells = tuple(_cell(rows, row, column) for column in range(1, notes_column + 1))
        if all(not _text_of(value) for value in cells):
            continue
        if not _text_of(cells[0]):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}”, sheet “{sheet}”, row {row}: this row has data but no community "
                    "name in column A. Type the name, or delete the row.",
                ),
                file=file.name,
                sheet=sheet,
                row=row,
            )
        table.append((row, cells))
    return table


class _Match(NamedTuple):
    """Which community each Data row is: ``rows`` maps an Excel row to a community's index
    (rows not in it are new communities); ``missing`` are the indices of communities no row is."""

    rows: dict[int, int]
    missing: list[int]


def _match_rows(
    table: Sequence[tuple[int, Sequence[Any]]], workshop: Workshop, file: Path, sheet: str
) -> _Match:
    """Match the Data sheet's rows to the record's communities.

    1. By name: a row whose name (see :func:`app.models.workshop.name_key`) is on one row only
       and is the name of one community only is that community, wherever the row now is (rows
       sorted or moved).
    2. In place: a community not matched by name whose row when saved (row ``3 + i``) is not
       matched either is the row there: its name was edited (a rename).
    3. In order: if as many rows as communities are still unmatched, they pair up in order (a
       rename in rows that were also sorted).
    4. The rows left over are new communities (a name already on another row or of a community
       is an error naming both rows); the communities left over are kept (see
       :func:`_take_up_data`).

    A sort and a rename in the same editing are told apart as long as the renamed row's other
    names are still there; renaming several communities and sorting in one go may pair renamed
    rows in order, so rename and sort in separate steps when in doubt.
    """
    keys = [name_key(_text_of(cells[0])) for _, cells in table]
    on_rows: dict[str, list[int]] = {}
    for position, key in enumerate(keys):
        on_rows.setdefault(key, []).append(position)
    of_communities: dict[str, list[int]] = {}
    for i, community in enumerate(workshop.communities):
        of_communities.setdefault(name_key(community.name), []).append(i)
    matched: dict[int, int] = {}  # position in table -> community index
    for position, key in enumerate(keys):
        if len(on_rows[key]) == 1 and len(of_communities.get(key, ())) == 1:
            matched[position] = of_communities[key][0]
    free_communities = [i for i in range(len(workshop.communities)) if i not in matched.values()]
    free_rows = {table[p][0]: p for p in range(len(table)) if p not in matched}
    for i in list(free_communities):
        if _DATA_FIRST_ROW + i in free_rows:
            position = free_rows.pop(_DATA_FIRST_ROW + i)
            matched[position] = i
            free_communities.remove(i)
    if len(free_rows) == len(free_communities):
        matched.update(zip(free_rows.values(), free_communities, strict=True))
        free_rows, free_communities = {}, []
    for row, position in free_rows.items():
        first = on_rows[keys[position]][0]
        if first != position:
            raise _repeated_name(file, sheet, table[position][1][0], row, table[first][0])
        for i in of_communities.get(keys[position], ()):
            where = next((table[p][0] for p, c in matched.items() if c == i), None)
            if where is not None:
                raise _repeated_name(file, sheet, table[position][1][0], row, where)
    return _Match({table[p][0]: i for p, i in matched.items()}, free_communities)


def _repeated_name(file: Path, sheet: str, name: Any, row: int, first: int) -> InvalidInputError:
    return InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}”, sheet “{sheet}”, row {row}: the community “{name}” is already in row "
            "{first}. Each community can appear only once.",
        ),
        file=file.name,
        sheet=sheet,
        row=row,
        name=_text_of(name),
        first=first,
    )


def _new_id(name: str, taken: set[str]) -> str:
    """An id for a community added in the Data sheet: its name's slug, distinct from ``taken``
    (to which it is added)."""
    from app.io.table_import import unique_slugs

    (identifier,) = unique_slugs([name], "k", taken)
    taken.add(identifier)
    return identifier


def _take_up_weights(
    rows: Sequence[Sequence[Any]], file: Path, sheet: str, workshop: Workshop, data: dict[str, Any]
) -> bool:
    changed = False
    for g, group in enumerate(workshop.groups):
        column = _CRITERIA_WEIGHT_COLUMN + g
        entry = data["groups"][g]
        for j, criterion in enumerate(workshop.criteria):
            if criterion.is_gate:
                continue
            row = _CRITERIA_FIRST_ROW + j
            shown = _cell(rows, row, column)
            if _same(shown, float(group.weights.get(criterion.id, 0.0))):
                continue
            number = _number(shown)
            if number is None or number < 0:
                raise _cell_error(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, sheet “{sheet}”, row {row}, column {column}: the weight "
                        "“{text}” must be a number of zero or more.",
                    ),
                    file,
                    sheet,
                    row,
                    column,
                    shown,
                )
            entry["weights"][criterion.id] = number
            entry["weights_from_judgements"] = False
            changed = True
    return changed


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        number = float(value.strip().replace(",", "."))
    else:
        return None
    return number if math.isfinite(number) else None


def _parse_value(
    criterion: Criterion, value: Any, file: Path, sheet: str, row: int, column: int
) -> float:
    """A Data cell as the workshop's value (NaN for blank); error naming the cell otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return math.nan
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, str):
        key = value.strip().casefold()
        if criterion.kind is CriterionKind.GATE:
            if key in _YES:
                return 1.0
            if key in _NO:
                return 0.0
        if criterion.kind is CriterionKind.ORDINAL:
            for index, level in enumerate(criterion.levels):
                if any(key == text.strip().casefold() for text in level.name.values()):
                    return float(index + 1)
    number = _number(value)
    if number is not None:
        return number
    template = (
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” is not yes or no.",
        )
        if criterion.kind is CriterionKind.GATE
        else QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” is not one of the "
            "levels of {criterion}.",
        )
        if criterion.kind is CriterionKind.ORDINAL
        else QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” is not a number.",
        )
    )
    raise _cell_error(template, file, sheet, row, column, value, criterion=criterion.id)


def _cell_error(
    template: str, file: Path, sheet: str, row: int, column: int, value: Any, **extra: Any
) -> InvalidInputError:
    from app.io.table_import import column_letter

    return InvalidInputError(
        template,
        file=file.name,
        sheet=sheet,
        row=row,
        column=column_letter(column - 1),
        text=_text_of(value),
        **extra,
    )


# ================================================================================================
# Plain spreadsheets
# ================================================================================================


def read_table_xlsx(path: str | os.PathLike[str]) -> Workshop:
    """A workshop from the first sheet of a plain workbook (first row headers, first column the
    communities), read as :func:`app.io.table_import.read_table_csv` reads a CSV table."""
    from app.io.table_import import workshop_from_rows

    file = Path(path)
    with open_workbook(file) as book:
        names = [n for n in book.sheetnames if n != HIDDEN_SHEET]
        if not names:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Messages", "“{file}” has no sheet."), file=file.name
            )
        rows = book.rows(names[0])
    table = [
        (number, [_table_text(value) for value in row])
        for number, row in enumerate(rows, start=1)
        if any(_table_text(value) for value in row)
    ]
    if not table:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}”, sheet “{sheet}” is empty: it holds no table."),
            file=file.name,
            sheet=names[0],
        )
    return workshop_from_rows(table, file, decimal_comma=True)


def _table_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return repr(float(value)) if math.isfinite(float(value)) else str(value)
    return str(value)


def load_xlsx(
    path: str | os.PathLike[str], notes: list[InvalidInputError] | None = None
) -> Workshop:
    """A decision record (its notes appended to ``notes``, see :func:`load_record`), or else the
    first sheet of a plain workbook as a table."""
    return load_record(path, notes) if is_record(path) else read_table_xlsx(path)


__all__ = [
    "FILE_FILTER",
    "HIDDEN_SHEET",
    "LABELS",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "MAX_UNCOMPRESSED_BYTES",
    "is_record",
    "load_record",
    "load_xlsx",
    "read_table_xlsx",
    "record_bytes",
    "save_record",
]
