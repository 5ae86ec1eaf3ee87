"""The change log in plain words (issue 19): every edit's line names criteria, communities and
groups by their names in the record's language, never by an internal id; numbers have the
language's decimal mark, judgements are Saaty's fractions, settings are words; the Log sheet of a
Spanish record holds no English word of the templates; an older file's log shows as it was."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from app.io.example import example_workshop
from app.io.log_text import LogTexts, entry_texts, judgement_text, number_text, value_text
from app.io.record.labels import label
from app.io.record.reading import load_record
from app.io.record.writing import save_record
from app.io.workshop_file import load_workshop_json, save_workshop_json
from app.models import edits
from app.models.criterion import Criterion, CriterionKind, Direction
from app.models.document import Document, Edit
from app.models.log import LogEntry, Phrase
from app.models.workshop import (
    AhpMode,
    Baseline,
    Community,
    Group,
    MissingPolicy,
    Quota,
    Sampling,
    Workshop,
)
from tests.factories import make_workshop

EXAMPLE = example_workshop()
NEW_IDS = ("water_access", "comparing", "comuneros_id", "nueva_esperanza", "otra_comunidad")
IDS = (
    *(c.id for c in EXAMPLE.criteria),
    *(c.id for c in EXAMPLE.communities),
    *(g.id for g in EXAMPLE.groups),
    *NEW_IDS,
)
#: Every name of the example, in every language: an id that is a word of a name
#: ("connectivity", "Mobile connectivity") cannot be told from it and is left out.
NAMES = " ".join(
    [*(n for c in EXAMPLE.criteria for n in c.name.values()),
     *(c.name for c in EXAMPLE.communities), *(g.name for g in EXAMPLE.groups)]
).casefold()  # fmt: skip
#: An internal id as a whole word (ids are lower case: "ANDES" and "Cusco" are names).
ID_PATTERN = re.compile(
    r"\b(" + "|".join(re.escape(i) for i in IDS if i.casefold() not in NAMES) + r")\b"
)
#: What a Python internal looks like in a cell: a repr, an enum, a long float.
INTERNALS = re.compile(r"[<>]|\w\(|Policy|Sampling|AhpMode|\d[.,]\d{4,}|\bNone\b|\bTrue\b")

WATER = Criterion("water_access", {"es": "Acceso al agua", "en": "Water access"},
                  unit={"es": "horas", "en": "hours"})  # fmt: skip
COMPARED = Criterion("comparing", {"es": "Belleza del paisaje", "en": "Landscape beauty"},
                     kind=CriterionKind.PAIRWISE)  # fmt: skip


def column(workshop: Workshop, criterion_id: str) -> int:
    return workshop.criterion_index(criterion_id)


def row(workshop: Workshop, community_id: str) -> int:
    return workshop.community_index(community_id)


def es(workshop: Workshop, criterion_id: str) -> str:
    return workshop.criteria[column(workshop, criterion_id)].label("es")


def en(workshop: Workshop, criterion_id: str) -> str:
    return workshop.criteria[column(workshop, criterion_id)].label("en")


def level(workshop: Workshop, criterion_id: str, score: int, lang: str) -> str:
    return workshop.criteria[column(workshop, criterion_id)].level_label(score, lang)


Case = tuple[
    Callable[[Workshop], list[Edit]],  # the edits, the last of which is checked
    Callable[[Workshop], list[str]],  # what its lines say in Spanish (parts of them)
    Callable[[Workshop], list[str]],  # and in English
]

W = EXAMPLE
CASES: dict[str, Case] = {
    "set_weight": (
        lambda w: [edits.set_weight("cusco", "mining_threat", 72.5)],
        lambda w: ["Expertos comunitarios Cusco", f"Peso de {es(w, 'mining_threat')}", "60",
                   "72,5"],
        lambda w: [f"Weight of {en(w, 'mining_threat')}", "72.5"],
    ),
    "set_weights": (
        lambda w: [edits.set_weights("entornos_iied", {"commitment": 100 / 7, "land_tenure": 0.0})],
        lambda w: ["Entornos/IIED", f"Peso de {es(w, 'commitment')} | 70 | 14,29",
                   f"Peso de {es(w, 'land_tenure')} | 50 | 0"],
        lambda w: [f"Weight of {en(w, 'commitment')} | 70 | 14.29"],
    ),
    "set_rank_order_weights": (
        lambda w: [edits.set_rank_order_weights("andes", {"commitment": 12.5})],
        lambda w: ["ANDES", f"Peso de {es(w, 'commitment')}", "12,5"],
        lambda w: ["ANDES", f"Weight of {en(w, 'commitment')}", "12.5"],
    ),
    "update_group": (
        lambda w: [edits.update_group(replace(w.group("andes"), name="Comuneros",
                                              combination_weight=0.25))],
        lambda w: ["Nombre de un grupo", "ANDES", "Comuneros", "Peso del grupo en la combinación",
                   "0,25"],
        lambda w: ["Name of a group", "ANDES", "Comuneros",
                   "Weight of the group in the combination", "0.25"],
    ),
    "add_group": (
        lambda w: [edits.add_group(Group("comuneros_id", "Mujeres comuneras"))],
        lambda w: ["Grupo nuevo", "Mujeres comuneras"],
        lambda w: ["New group", "Mujeres comuneras"],
    ),
    "remove_group": (
        lambda w: [edits.remove_group("entornos_iied")],
        lambda w: ["Grupo eliminado", "Entornos/IIED"],
        lambda w: ["Group removed", "Entornos/IIED"],
    ),
    "set_value_number": (
        lambda w: [edits.set_value(row(w, "sani_wikuna"), column(w, "connectivity"), 52.5)],
        lambda w: [f"Valor de Sani Wik'uña* en {es(w, 'connectivity')}", "50 %", "52,5 %"],
        lambda w: [f"Value of Sani Wik'uña* for {en(w, 'connectivity')}", "52.5 %"],
    ),
    "set_value_level": (
        lambda w: [edits.set_value(row(w, "yana_pisaqa"), column(w, "land_tenure"), 5.0)],
        lambda w: [f"Valor de Yana Pisaqa* en {es(w, 'land_tenure')}",
                   level(w, "land_tenure", 3, "es"), level(w, "land_tenure", 5, "es")],
        lambda w: [level(w, "land_tenure", 3, "en"), level(w, "land_tenure", 5, "en")],
    ),
    "set_value_gate": (
        lambda w: [edits.set_value(row(w, "yuraq_atuq"), column(w, "fpic"), 1.0)],
        lambda w: [f"Valor de Yuraq Atuq* en {es(w, 'fpic')}", "no", "sí"],
        lambda w: [f"Value of Yuraq Atuq* for {en(w, 'fpic')}", "no", "yes"],
    ),
    "set_value_missing": (
        lambda w: [edits.set_value(row(w, "muru_taruka"), column(w, "connectivity"), 35.0)],
        lambda w: ["sin dato", "35 %"],
        lambda w: ["no data", "35 %"],
    ),
    "add_community": (
        lambda w: [edits.add_community(Community("nueva_esperanza", "Nueva Esperanza*"))],
        lambda w: ["Comunidad nueva", "Nueva Esperanza*"],
        lambda w: ["New community", "Nueva Esperanza*"],
    ),
    "remove_community": (
        lambda w: [edits.remove_community(row(w, "qumir_kuntur"))],
        lambda w: ["Comunidad eliminada", "Q'umir Kuntur*"],
        lambda w: ["Community removed", "Q'umir Kuntur*"],
    ),
    "update_community": (
        lambda w: [edits.update_community(0, replace(w.communities[0], name="Q'umir Alto*",
                                                     region="Apurímac"))],
        lambda w: ["Nombre de una comunidad", "Q'umir Kuntur*", "Q'umir Alto*",
                   "Región de Q'umir Alto*", "Cusco", "Apurímac"],
        lambda w: ["Name of a community", "Region of Q'umir Alto*"],
    ),
    "import_communities": (
        lambda w: [edits.import_communities(
            (*w.communities, Community("nueva_esperanza", "Nueva Esperanza*")),
            np.vstack([w.values, np.full((1, len(w.criteria)), np.nan)]),
            added=1, updated=12)],
        lambda w: ["Importación de comunidades", "nuevas: 1; actualizadas: 12"],
        lambda w: ["Import communities", "new: 1; updated: 12"],
    ),
    "import_communities_and_a_criterion": (
        lambda w: [edits.import_communities(
            w.communities, np.hstack([w.values, np.full((len(w.communities), 1), 2.5)]),
            added=0, updated=12, criteria=[WATER])],
        lambda w: ["Criterio nuevo |  | Acceso al agua", "Importación de comunidades",
                   "nuevas: 0; actualizadas: 12"],
        lambda w: ["New criterion |  | Water access", "new: 0; updated: 12"],
    ),
    "add_criterion": (
        lambda w: [edits.add_criterion(WATER)],
        lambda w: ["Criterio nuevo", "Acceso al agua"],
        lambda w: ["New criterion", "Water access"],
    ),
    "remove_criterion": (
        lambda w: [edits.remove_criterion(column(w, "connectivity"))],
        lambda w: ["Criterio eliminado", es(w, "connectivity")],
        lambda w: ["Criterion removed", en(w, "connectivity")],
    ),
    "update_criterion": (
        lambda w: [edits.add_criterion(WATER),
                   edits.update_criterion(len(w.criteria), replace(
                       WATER, name={"es": "Agua segura", "en": "Safe water"},
                       direction=Direction.MIN, accept_max=2.5,
                       unit={"es": "km", "en": "km"}))],
        lambda w: ["Nombre de un criterio", "Acceso al agua", "Agua segura",
                   "Dirección de Agua segura", "más es mejor", "menos es mejor",
                   "Unidad de Agua segura", "horas", "km",
                   "Valor máximo aceptable de Agua segura", "sin límite", "2,5 km"],
        lambda w: ["Name of a criterion", "Water access", "Safe water",
                   "Direction of Safe water", "more is better", "less is better",
                   "Highest acceptable value of Safe water", "no limit", "2.5 km"],
    ),
    "set_baseline": (
        lambda w: [edits.set_baseline(Baseline({"anqas_luwichu": 1}, {}))],
        lambda w: ["Clasificación actual fijada como línea base"],
        lambda w: ["Current ranking fixed as the baseline"],
    ),
    "clear_baseline": (
        lambda w: [edits.set_baseline(None)],
        lambda w: ["Línea base quitada"],
        lambda w: ["Baseline removed"],
    ),
    "set_metadata": (
        lambda w: [edits.set_metadata(replace(w.metadata, place="Haquira",
                                              chosen=("anqas_luwichu", "sani_wikuna")))],
        lambda w: ["Lugar", "Haquira", "Comunidades elegidas",
                   "Anqas Luwichu*; Sani Wik'uña*"],
        lambda w: ["Place", "Chosen communities", "Anqas Luwichu*; Sani Wik'uña*"],
    ),
    "set_settings": (
        lambda w: [edits.set_settings(replace(
            w.settings, missing=MissingPolicy.WORST, spread=0.505, top_k=4,
            sampling=Sampling.AROUND, quotas=(Quota("Cusco", 1, 2), Quota("Apurímac", 1)),
            selection_method="ahp", compare_methods=True))],
        lambda w: ["Datos faltantes", "descartar la comunidad", "contar como el peor valor",
                   "Variación de cada peso (±) | 20 % | 50,5 %", "Comunidades focales", "4",
                   "alrededor de los pesos usados", "Cuotas por región", "sin cuotas",
                   "Cusco: de 1 a 2; Apurímac: al menos 1", "TOPSIS", "AHP",
                   "Comparar con otros métodos", "sí"],
        lambda w: ["Missing data", "screen the community out", "count as the worst value",
                   "Variation of each weight (±) | 20 % | 50.5 %",
                   "Cusco: 1 to 2; Apurímac: at least 1", "yes"],
    ),
    "set_ahp_mode": (
        lambda w: [edits.set_ahp_mode(AhpMode.DISTRIBUTIVE)],
        lambda w: ["Modo AHP", "ideal (x/máx)", "distributivo (x/suma)"],
        lambda w: ["AHP mode", "ideal (x/max)", "distributive (x/sum)"],
    ),
    "set_judgement": (
        lambda w: [edits.set_judgement("cusco", "commitment", "mining_threat", 9.0)],
        lambda w: ["Expertos comunitarios Cusco",
                   f"Cuántas veces importa más {es(w, 'mining_threat')} que "
                   f"{es(w, 'commitment')}",
                   "1/9"],
        lambda w: [f"How many times {en(w, 'mining_threat')} matters more than "
                   f"{en(w, 'commitment')}", "1/9"],
    ),
    "remove_judgement": (
        lambda w: [edits.set_judgement("andes", "mining_threat", "commitment", None)],
        lambda w: ["ANDES", "1/5", "sin respuesta"],
        lambda w: ["1/5", "not answered"],
    ),
    "use_judgement_weights": (
        lambda w: [edits.use_judgement_weights("apurimac")],
        lambda w: ["Expertos comunitarios Apurímac", "Pesos tomados de las comparaciones",
                   f"Peso de {es(w, 'mining_threat')} | 90 | "],
        lambda w: ["Weights taken from the comparisons", f"Weight of {en(w, 'mining_threat')}"],
    ),
    "set_combination_weight": (
        lambda w: [edits.set_combination_weight("andes", 0.5)],
        lambda w: ["ANDES", "Peso del grupo en la combinación", "1", "0,5"],
        lambda w: ["Weight of the group in the combination", "0.5"],
    ),
    "set_comparison": (
        lambda w: [edits.add_criterion(COMPARED),
                   edits.set_comparison(len(w.criteria), "puka_wallata", "qumir_kuntur", 3.0)],
        lambda w: ["Belleza del paisaje: cuántas veces es mejor Q'umir Kuntur* que "
                   "Puka Wallata*", "1/3"],
        lambda w: ["Landscape beauty: how many times Q'umir Kuntur* is better than "
                   "Puka Wallata*", "1/3"],
    ),
    "set_level_comparison": (
        lambda w: [edits.set_level_comparison(column(w, "land_tenure"), 4, 0, 7.0)],
        lambda w: [f"{es(w, 'land_tenure')}: cuántas veces es mejor el nivel "
                   f"“{level(w, 'land_tenure', 1, 'es')}” que "
                   f"“{level(w, 'land_tenure', 5, 'es')}”", "sin respuesta", "1/7"],
        lambda w: [f"{en(w, 'land_tenure')}: how many times the level "
                   f"“{level(w, 'land_tenure', 1, 'en')}” is better than "
                   f"“{level(w, 'land_tenure', 5, 'en')}”", "1/7"],
    ),
    "use_default_level_priorities": (
        lambda w: [edits.use_default_level_priorities(column(w, "land_tenure"))],
        lambda w: [f"Prioridades por defecto para los niveles de {es(w, 'land_tenure')}"],
        lambda w: [f"Default priorities for the levels of {en(w, 'land_tenure')}"],
    ),
}  # fmt: skip


def new_lines(edits_made: list[Edit], workshop: Workshop = EXAMPLE) -> list[LogEntry]:
    document = Document(workshop)
    for edit in edits_made[:-1]:
        document.apply(edit)
    before = len(document.workshop.log)
    document.apply(edits_made[-1])
    return list(document.workshop.log[before:])


def texts(lines: list[LogEntry], lang: str) -> list[LogTexts]:
    return [entry_texts(line, lang, label(lang, "combined")) for line in lines]


def cells(lines: list[LogTexts]) -> Iterator[str]:
    for line in lines:
        yield from line[1:]


@pytest.mark.parametrize("kind", list(CASES))
@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_edit_logs_names_in_plain_words_never_ids(kind: str, lang: str) -> None:
    make, spanish, english = CASES[kind]
    lines = new_lines(make(EXAMPLE))
    assert lines, f"{kind} wrote no line in the log"
    shown = texts(lines, lang)
    joined = " | ".join(cells(shown))
    for expected in (spanish if lang == "es" else english)(EXAMPLE):
        assert expected in joined, f"{expected!r} not in {joined!r}"
    assert not ID_PATTERN.search(joined), joined
    assert not INTERNALS.search(joined), joined
    assert all(line.group for line in shown)


def test_the_example_line_reads_as_the_issue_says() -> None:
    """ "Peso de Amenaza minera: 50 -> 70 (Comuneros)"."""
    comuneros = Group("comuneros_id", "Comuneros", {"mining_threat": 50.0})
    workshop = EXAMPLE.replace(groups=(*EXAMPLE.groups, comuneros))
    (line,) = new_lines([edits.set_weight("comuneros_id", "mining_threat", 70)], workshop)
    assert texts([line], "es")[0][1:] == ("Comuneros", "Peso de Amenaza minera", "50", "70")
    assert texts([line], "en")[0][1:] == ("Comuneros", "Weight of Mining threat", "50", "70")


def test_the_weights_that_rank_the_record_are_logged_by_the_groups_name() -> None:
    group = EXAMPLE.groups[0]
    chosen = replace(EXAMPLE.metadata, ranking_weights=group.id)
    (line,) = new_lines([edits.set_metadata(chosen)])
    assert texts([line], "es")[0][2:] == (
        "Pesos que ordenan el registro",
        "Combinado (todos los grupos)",
        group.name,
    )
    (back,) = new_lines([edits.set_metadata(chosen), edits.remove_group(group.id)])
    assert "Grupo" in texts([back], "es")[0].what and group.name in texts([back], "es")[0].old


def test_the_group_column_names_the_combined_set_in_the_language() -> None:
    workshop = EXAMPLE.replace(active_group="combined")
    (line,) = new_lines([edits.set_value(0, column(workshop, "connectivity"), 36.0)], workshop)
    assert texts([line], "es")[0].group == "Combinado (todos los grupos)"
    assert texts([line], "en")[0].group == "Combined (all groups)"


@pytest.mark.parametrize(
    ("value", "spanish", "english"),
    [(0.5, "0,5", "0.5"), (10000, "10000", "10000"), (72.0, "72", "72"),
     (1 / 3, "0,333333", "0.333333"), (1234567.5, "1234567,5", "1234567.5"),
     (1e-7, "0,0000001", "0.0000001"), (-2.25, "-2,25", "-2.25")],
)  # fmt: skip
def test_numbers_have_the_languages_decimal_mark(value: float, spanish: str, english: str) -> None:
    assert number_text(value, "es") == spanish
    assert number_text(value, "en") == english


@pytest.mark.parametrize(
    ("value", "shown"),
    [(9.0, "9"), (1.0, "1"), (1 / 9, "1/9"), (0.111111, "1/9"), (1 / 3, "1/3"), (2.5, "2,5"),
     (0.4, "0,4")],
)  # fmt: skip
def test_judgements_are_saaty_fractions(value: float, shown: str) -> None:
    assert judgement_text(value, "es") == shown


def test_a_phrase_and_a_list_are_in_the_language() -> None:
    quota = {"region": "Cusco", "minimum": 1, "maximum": 2.5}
    value = (Phrase("{region}: {minimum} to {maximum}", quota), Phrase("yes"))
    assert value_text(value, "es") == "Cusco: de 1 a 2,5; sí"
    assert value_text(value, "en") == "Cusco: 1 to 2.5; yes"


#: The order in which :func:`_all_edits` applies one edit of every kind: the comparisons'
#: weights while the answers link every criterion, new criteria after the edits that look
#: columns up, removals last.
ORDER = (
    "use_judgement_weights", "set_weight", "set_weights", "set_rank_order_weights",
    "update_group", "add_group",
    "set_value_number", "set_value_level", "set_value_gate", "set_value_missing",
    "update_community", "set_baseline", "clear_baseline", "set_metadata", "set_settings",
    "set_ahp_mode", "set_judgement", "remove_judgement", "set_combination_weight",
    "set_level_comparison", "use_default_level_priorities",
    "update_criterion",  # adds a criterion, then changes it
    "set_comparison",  # adds a criterion judged pairwise, then compares two communities
    "import_communities", "remove_community", "remove_criterion", "remove_group",
)  # fmt: skip


def _all_edits(workshop: Workshop) -> Workshop:
    """``workshop`` after one edit of every kind."""
    left_out = {"add_criterion", "add_community", "import_communities_and_a_criterion"}
    assert set(ORDER) | left_out == set(CASES)
    document = Document(workshop)
    for kind in ORDER:
        for edit in CASES[kind][0](document.workshop):
            document.apply(edit)
    document.apply(edits.add_community(Community("otra_comunidad", "Otra Comunidad*")))
    return document.workshop


def _sheet_texts(path: Path, sheet: str) -> list[str]:
    book = openpyxl.load_workbook(path)
    found = [
        str(cell)
        for row in book[sheet].iter_rows(min_row=2, min_col=2, values_only=True)
        for cell in row
        if cell is not None
    ]
    book.close()
    return found


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", re.sub(r"\{\w+\}", " ", text))}


def test_a_spanish_records_log_sheet_has_no_english_word_of_the_templates(tmp_path: Path) -> None:
    workshop = _all_edits(EXAMPLE)
    assert len(workshop.log) > len(EXAMPLE.log) + 20
    templates: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, Phrase):
            templates.add(value.template)
            for item in value.params.values():
                collect(item)
        elif isinstance(value, tuple):
            for item in value:
                collect(item)

    for entry in workshop.log:
        templates.add(entry.what)
        for value in (entry.old, entry.new, *(entry.params or {}).values()):
            collect(value)
    english = set().union(*(_words(t) for t in templates))
    # the same word in both languages, or a name the workshop gives (a place, a group)
    same = {"ahp", "topsis", "ideal", "cusco", "apurímac", "andes"}
    path = tmp_path / "registro.xlsx"
    save_record(workshop, path, "es")
    spanish = _sheet_texts(path, "Registro")
    found = set().union(*(_words(t) for t in spanish)) & (english - same)
    assert not found, sorted(found)
    assert not ID_PATTERN.search(" ".join(spanish))
    assert load_record(path).log == workshop.log  # the log round-trips exactly


def test_the_examples_record_has_a_log_sheet_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "ejemplo.xlsx"
    save_record(EXAMPLE, path, "es")
    book = openpyxl.load_workbook(path)
    rows = list(book["Registro"].iter_rows(values_only=True))
    book.close()
    assert rows[0] == ("Hora", "Grupo", "Qué", "Antes", "Después")
    assert 5 <= len(rows) - 1 == len(EXAMPLE.log) <= 12
    assert ("2025-02-06 09:42:10", "Combinado (todos los grupos)",
            "Valor de Anqas Luwichu* en Variedades nativas", "280 variedades",
            "310 variedades") in rows  # fmt: skip
    compared = [r for r in rows if r[2] and r[2].startswith("Cuántas veces importa más")]
    assert [(r[3], r[4]) for r in compared] == [("1/3", "1/2")]
    groups = {r[1] for r in rows[1:] if r[2] and r[2].startswith("Peso de")}
    assert len(groups) >= 2 and not groups & {g.id for g in EXAMPLE.groups}
    assert not ID_PATTERN.search(" ".join(str(c) for r in rows for c in r if c))


LEGACY = [
    {"time": "2025-01-29T10:00:00", "group": "Cusco", "what": "weight c1", "old": "50",
     "new": "60"},
    {"time": "2025-01-29 10:05", "group": "", "what": "import communities", "old": "",
     "new": "1 new, 1 updated"},
]  # fmt: skip


def test_an_older_workshop_file_opens_and_its_record_shows_the_old_texts(tmp_path: Path) -> None:
    data = make_workshop(4, 3).to_dict()
    data["log"] = LEGACY
    old_file = tmp_path / "antiguo.json"
    old_file.write_text(json.dumps(data), encoding="utf-8")
    workshop = load_workshop_json(old_file)
    assert [e.what for e in workshop.log] == ["weight c1", "import communities"]
    save_workshop_json(workshop, tmp_path / "again.json")
    saved = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert saved["log"] == LEGACY
    record = tmp_path / "antiguo.xlsx"
    save_record(workshop, record, "es")
    assert load_record(record).log == workshop.log
    book = openpyxl.load_workbook(record)
    rows = list(book["Registro"].iter_rows(min_row=2, values_only=True))
    book.close()
    assert rows == [
        ("2025-01-29 10:00:00", "Cusco", "weight c1", "50", "60"),
        ("2025-01-29 10:05", "Combinado (todos los grupos)", "import communities", None,
         "1 new, 1 updated"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "template", ["{missing} of {criterion}", "{0}", "{criterion.upper}", "{criterion!r}",
                 "{criterion:>40}", "Weight of {criterion", "Weight of }"],
)  # fmt: skip
def test_a_template_edited_by_hand_is_shown_as_it_is(template: str) -> None:
    entry = LogEntry("2026-01-01T10:00:00", "", template, 1, Phrase(template, {"x": 1}),
                     {"criterion": "Agua"})  # fmt: skip
    assert entry_texts(entry, "es", "Combinado")[2:] == (template, "1", template)


def test_the_log_sheets_texts_wrap_in_their_cells(tmp_path: Path) -> None:
    """A comparison's question is longer than its column: it wraps, never hidden by the next."""
    path = tmp_path / "registro.xlsx"
    save_record(EXAMPLE, path, "es")
    sheet = openpyxl.load_workbook(path)[label("es", "log")]
    assert all(sheet.cell(row=2, column=c).alignment.wrap_text for c in (3, 4, 5))
    assert not sheet.cell(row=2, column=1).alignment.wrap_text
