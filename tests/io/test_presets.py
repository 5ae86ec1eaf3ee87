"""The shipped criteria presets, and reading, reporting and saving preset files."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from app.io import presets as presets_module
from app.io.presets import (
    PRESET_SCHEMA_VERSION,
    PRESETS_DIR,
    USER_PRESETS_ENV,
    Preset,
    load_preset,
    load_presets,
    new_preset_path,
    preset_by_id,
    preset_slug,
    save_preset,
    user_presets_dir,
)
from app.models.criterion import (
    Criterion,
    CriterionKind,
    Direction,
    criterion_from_dict,
    criterion_to_dict,
)
from app.models.errors import InvalidInputError
from app.models.workshop import Workshop

SHIPPED_FILES = sorted(PRESETS_DIR.glob("*.json"))

#: The presets the project ships, with their number of criteria.
EXPECTED = {
    "potato-park-focus-communities": 8,
    "potato-park-agenda-criteria": 10,
    "apurimac-entornos-criteria": 7,
    "potato-park-phase1-assessment": 7,
    "ecocuenca-watershed-sites": 7,
    "amazon-communal-reserves-support": 7,
    "mountain-partnership-project-sites": 8,
}
STARTING_POINTS = {
    "ecocuenca-watershed-sites",
    "amazon-communal-reserves-support",
    "mountain-partnership-project-sites",
}

KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


@pytest.fixture(scope="module")
def shipped() -> list[Preset]:
    presets, problems = load_presets([PRESETS_DIR])
    assert problems == []
    return presets


def all_criteria(presets: list[Preset]) -> list[tuple[Preset, Criterion]]:
    return [(preset, criterion) for preset in presets for criterion in preset.criteria]


# -- the shipped presets -------------------------------------------------------------------------
def test_the_expected_presets_are_shipped_with_their_criteria_counts(shipped: list[Preset]) -> None:
    assert {p.id: len(p.criteria) for p in shipped} == EXPECTED


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_every_shipped_preset_loads_and_its_criteria_make_a_valid_workshop(path: Path) -> None:
    preset = load_preset(path)
    assert preset.path == path
    assert path.stem == preset.id
    Workshop(criteria=preset.criteria).validate()


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=lambda p: p.name)
def test_every_shipped_file_is_in_the_canonical_form(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == PRESET_SCHEMA_VERSION
    assert set(data) == {
        "schema_version",
        "id",
        "name",
        "description",
        "source",
        "starting_point",
        "criteria",
    }
    for entry in data["criteria"]:
        assert entry == criterion_to_dict(criterion_from_dict(entry))
    # saving the loaded preset writes the very same text
    assert json.dumps(load_preset(path).to_dict(), ensure_ascii=False, indent=2) + "\n" == (
        path.read_text(encoding="utf-8")
    )


def test_preset_ids_are_unique_kebab_case_and_criterion_ids_snake_case(
    shipped: list[Preset],
) -> None:
    ids = [p.id for p in shipped]
    assert len(ids) == len(set(ids))
    assert all(KEBAB.match(i) for i in ids)
    for preset, criterion in all_criteria(shipped):
        assert SNAKE.match(criterion.id), (preset.id, criterion.id)
        assert len(criterion.id) <= 30


def test_every_preset_has_a_name_description_and_source_in_both_languages(
    shipped: list[Preset],
) -> None:
    for preset in shipped:
        for lang in ("es", "en"):
            assert preset.name.get(lang, "").strip(), (preset.id, lang)
            assert preset.description.get(lang, "").strip(), (preset.id, lang)
        assert preset.source.strip()


def test_every_criterion_has_spanish_and_english_names_and_descriptions(
    shipped: list[Preset],
) -> None:
    for preset, criterion in all_criteria(shipped):
        for lang in ("es", "en"):
            assert criterion.name.get(lang, "").strip(), (preset.id, criterion.id, lang)
            assert len(criterion.description.get(lang, "")) > 40, (preset.id, criterion.id, lang)
            # short enough to head a column on a projector
            assert len(criterion.name[lang]) <= 36, (preset.id, criterion.id, lang)


def test_verbal_criteria_have_five_named_levels_and_are_maximised(shipped: list[Preset]) -> None:
    ordinal = [(p, c) for p, c in all_criteria(shipped) if c.kind is CriterionKind.ORDINAL]
    assert ordinal
    for preset, criterion in ordinal:
        assert len(criterion.levels) == 5, (preset.id, criterion.id)
        # levels are listed worst first, so a verbal criterion is always "more is better"
        assert criterion.direction is Direction.MAX, (preset.id, criterion.id)
        for level in criterion.levels:
            assert level.name.get("es") and level.name.get("en"), (preset.id, criterion.id)
            assert level.priority is None


def test_only_verbal_criteria_have_levels_and_numeric_ones_have_units(
    shipped: list[Preset],
) -> None:
    for preset, criterion in all_criteria(shipped):
        if criterion.kind is not CriterionKind.ORDINAL:
            assert criterion.levels == (), (preset.id, criterion.id)
        if criterion.kind is CriterionKind.NUMERIC:
            assert criterion.unit_label("es") and criterion.unit_label("en"), (
                preset.id,
                criterion.id,
            )


def test_fpic_is_a_gate_and_every_gate_says_why_it_screens(shipped: list[Preset]) -> None:
    fpic = [c for _, c in all_criteria(shipped) if c.id == "fpic"]
    assert fpic
    assert all(c.kind is CriterionKind.GATE for c in fpic)
    assert "FPIC" in fpic[0].name["en"] and "CLPI" in fpic[0].name["es"]
    for preset, criterion in all_criteria(shipped):
        if criterion.is_gate:
            assert "filtro" in criterion.description["es"], (preset.id, criterion.id)
            assert "screen" in criterion.description["en"], (preset.id, criterion.id)
            assert not criterion.has_threshold


def test_the_mining_screen_excludes_only_the_direct_area_of_influence_and_says_why(
    shipped: list[Preset],
) -> None:
    thresholds = [(p, c) for p, c in all_criteria(shipped) if c.has_threshold]
    assert {c.id for _, c in thresholds} == {"mining_threat", "mining_impact", "mega_mining_threat"}
    for preset, criterion in thresholds:
        assert criterion.kind is CriterionKind.ORDINAL
        assert criterion.direction is Direction.MAX  # the project targets threatened communities
        assert (criterion.accept_min, criterion.accept_max) == (None, 4.0)
        assert "influencia directa" in criterion.levels[4].name["es"]
        assert "direct area of influence" in criterion.levels[4].name["en"]
        assert "Entornos" in criterion.description["es"], preset.id
        assert "nivel 5" in criterion.description["es"]
        assert "level 5" in criterion.description["en"]


def test_starting_point_presets_say_so_in_both_languages(shipped: list[Preset]) -> None:
    assert {p.id for p in shipped if p.starting_point} == STARTING_POINTS
    for preset in shipped:
        says_es = "punto de partida" in preset.description["es"].lower()
        says_en = "starting point" in preset.description["en"].lower()
        assert says_es is preset.starting_point and says_en is preset.starting_point, preset.id
        if preset.starting_point:
            assert "adapt" in preset.description["es"] and "adapt" in preset.description["en"]


def test_report_presets_cite_the_workshop_report(shipped: list[Preset]) -> None:
    for preset in shipped:
        if not preset.starting_point:
            assert "Huarán" in preset.source, preset.id
            assert "section" in preset.source or "Annex" in preset.source, preset.id


def test_shipped_presets_come_first_then_starting_points(shipped: list[Preset]) -> None:
    flags = [p.starting_point for p in shipped]
    assert flags == sorted(flags)


def test_default_folders_are_the_shipped_and_the_users(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = tmp_path / "mine"
    monkeypatch.setenv(USER_PRESETS_ENV, str(user))
    assert user_presets_dir() == user
    presets, problems = load_presets()  # the user folder does not exist yet: not a problem
    assert problems == []
    assert {p.id for p in presets} == set(EXPECTED)

    mine = Preset(
        id="mi-taller",
        name={"es": "Mi taller", "en": "My workshop"},
        criteria=preset_by_id(presets, "potato-park-focus-communities").criteria[:3],
    )
    save_preset(mine, user / "mi-taller.json")
    presets, problems = load_presets()
    assert problems == []
    assert presets[-1].id == "mi-taller"
    assert presets[-1].path == user / "mi-taller.json"


def test_user_presets_dir_without_override_is_per_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(USER_PRESETS_ENV, raising=False)
    folder = user_presets_dir()
    assert folder.name == "criteria_presets"
    assert folder.parent.name.lower() == "priorizar"


def test_a_unit_is_a_plain_string_or_one_per_language(tmp_path: Path) -> None:
    data = good_preset_data()
    data["criteria"][1] = {
        "id": "b",
        "name": {"es": "Familias", "en": "Families"},
        "unit": {"es": "familias", "en": "families"},
    }
    path = tmp_path / "bueno.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    preset = load_preset(path)
    km, families = preset.criteria[0], preset.criteria[1]
    assert km.unit == {"es": "km", "en": "km"}  # a plain string: the same in both languages
    assert (families.unit_label("es"), families.unit_label("en")) == ("familias", "families")
    # saved again: "km" stays a plain string, the bilingual unit stays bilingual
    saved = save_preset(preset.criteria, tmp_path / "again.json")
    written = json.loads(saved.path.read_text(encoding="utf-8"))["criteria"]
    assert [c["unit"] for c in written] == ["km", {"es": "familias", "en": "families"}, ""]
    assert load_preset(saved.path).criteria == saved.criteria


def test_shipped_count_units_are_words_in_each_language(shipped: list[Preset]) -> None:
    units = {criterion.id: criterion.unit for _, criterion in all_criteria(shipped)}
    assert units["native_varieties"] == {"es": "variedades", "en": "varieties"}
    assert units["communities_linked"] == {"es": "comunidades", "en": "communities"}


# -- broken files are reported by name and skipped -------------------------------------------------
def good_preset_data(preset_id: str = "bueno") -> dict[str, Any]:
    return {
        "schema_version": 1,
        "id": preset_id,
        "name": {"es": "Bueno", "en": "Good"},
        "description": {"es": "Un preset de prueba.", "en": "A test preset."},
        "source": "test",
        "starting_point": False,
        "criteria": [
            {
                "id": "a",
                "name": {"es": "A", "en": "A"},
                "kind": "numeric",
                "direction": "min",
                "unit": "km",
            },
            {
                "id": "b",
                "name": {"es": "B", "en": "B"},
                "kind": "ordinal",
                "levels": [{"name": {"es": "bajo", "en": "low"}}, {"name": "alto"}],
            },
            {"id": "c", "name": "C", "kind": "gate"},
        ],
    }


def broken(change: str) -> str:
    data = good_preset_data(change)
    if change == "invalid-json":
        return json.dumps(data)[:-3]
    if change == "no-name":
        del data["name"]
    elif change == "no-criteria":
        del data["criteria"]
    elif change == "empty-criteria":
        data["criteria"] = []
    elif change == "bad-kind":
        data["criteria"][0]["kind"] = "colour"
    elif change == "bad-direction":
        data["criteria"][0]["direction"] = "up"
    elif change == "duplicate-ids":
        data["criteria"][2]["id"] = "a"
    elif change == "newer-version":
        data["schema_version"] = 2
    elif change == "no-version":
        del data["schema_version"]
    elif change == "one-level":
        data["criteria"][1]["levels"] = data["criteria"][1]["levels"][:1]
    elif change == "thresholds-reversed":
        data["criteria"][0].update(accept_min=5, accept_max=1)
    elif change == "criterion-without-id":
        del data["criteria"][1]["id"]
    elif change == "text-threshold":
        data["criteria"][0]["accept_max"] = "cinco"
    elif change == "unit-not-text":
        data["criteria"][0]["unit"] = {"es": "km", "en": 5}
    elif change == "not-an-object":
        return json.dumps([data])
    elif change == "nan-threshold":
        return json.dumps(data).replace('"unit": "km"', '"unit": "km", "accept_max": NaN')
    else:  # pragma: no cover - a typo in the test
        raise AssertionError(change)
    return json.dumps(data, ensure_ascii=False, indent=2)


BROKEN = {
    "invalid-json": "not valid JSON",
    "no-name": "lacks the field “name”",
    "no-criteria": "lacks the field “criteria”",
    "empty-criteria": "has no criteria",
    "bad-kind": "the kind “colour” is not one of numeric, ordinal, gate",
    "bad-direction": "the direction “up” is not one of max, min",
    "duplicate-ids": "criterion identifier “a” twice",
    "newer-version": "format version 2",
    "no-version": "lacks the field “schema_version”",
    "one-level": "fewer than two levels",
    "thresholds-reversed": "lowest acceptable value 5.0 is above the highest 1.0",
    "criterion-without-id": "criterion 2 has no identifier",
    "text-threshold": "cinco is not a number",
    "unit-not-text": "its name, description, unit or levels are not written",
    "not-an-object": "does not hold a preset",
    "nan-threshold": "not valid JSON",
}


@pytest.mark.parametrize(("change", "reason"), BROKEN.items(), ids=list(BROKEN))
def test_load_preset_names_the_file_and_the_fault(tmp_path: Path, change: str, reason: str) -> None:
    path = tmp_path / f"{change}.json"
    path.write_text(broken(change), encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        load_preset(path)
    message = str(caught.value)
    assert path.name in message
    assert reason in message
    assert caught.value.params["file"] == path.name


def test_broken_presets_are_reported_and_skipped_while_good_ones_load(tmp_path: Path) -> None:
    (tmp_path / "bueno.json").write_text(json.dumps(good_preset_data()), encoding="utf-8")
    for change in BROKEN:
        (tmp_path / f"{change}.json").write_text(broken(change), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a preset", encoding="utf-8")
    (tmp_path / ".bueno.abc.tmp").write_text("{", encoding="utf-8")

    presets, problems = load_presets([tmp_path, PRESETS_DIR])

    assert [p.id for p in presets if p.path and p.path.parent == tmp_path] == ["bueno"]
    assert {p.id for p in presets} == {"bueno", *EXPECTED}
    assert sorted(problem.file for problem in problems) == sorted(f"{c}.json" for c in BROKEN)
    for problem in problems:
        assert problem.file in problem.text()
        assert problem.template  # the interface translates the template, then fills it in
        assert BROKEN[problem.path.stem] in problem.text()


def test_a_good_preset_reads_every_field(tmp_path: Path) -> None:
    path = tmp_path / "bueno.json"
    path.write_text(json.dumps(good_preset_data()), encoding="utf-8")
    preset = load_preset(path)
    assert preset.id == "bueno"
    assert preset.label("es") == "Bueno" and preset.label("en") == "Good"
    assert preset.describe("en") == "A test preset."
    assert [c.kind for c in preset.criteria] == [
        CriterionKind.NUMERIC,
        CriterionKind.ORDINAL,
        CriterionKind.GATE,
    ]
    assert preset.criterion("a").direction is Direction.MIN
    assert preset.criterion("b").levels[1].name == {"es": "alto", "en": "alto"}
    with pytest.raises(KeyError):
        preset.criterion("zzz")


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(good_preset_data("bom")).encode("utf-8"))
    assert load_preset(path).id == "bom"


def test_text_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(json.dumps(good_preset_data("ñandú"), ensure_ascii=False).encode("latin-1"))
    with pytest.raises(InvalidInputError, match="latin1.json is not UTF-8"):
        load_preset(path)


def test_a_huge_file_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(presets_module, "MAX_PRESET_BYTES", 100)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(good_preset_data()), encoding="utf-8")
    with pytest.raises(InvalidInputError, match="big.json is too large"):
        load_preset(path)


def test_a_second_preset_with_a_used_id_is_reported_and_skipped(tmp_path: Path) -> None:
    copy = tmp_path / "copia.json"
    copy.write_text(
        (PRESETS_DIR / "potato-park-focus-communities.json").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    presets, problems = load_presets([PRESETS_DIR, tmp_path])
    assert len(presets) == len(EXPECTED)
    assert preset_by_id(presets, "potato-park-focus-communities").path == (
        PRESETS_DIR / "potato-park-focus-communities.json"
    )
    assert len(problems) == 1
    assert problems[0].file == "copia.json"
    assert "already uses" in problems[0].text()


def test_a_single_folder_can_be_given(tmp_path: Path) -> None:
    (tmp_path / "bueno.json").write_text(json.dumps(good_preset_data()), encoding="utf-8")
    for folder in (tmp_path, str(tmp_path)):
        presets, problems = load_presets(folder)
        assert ([p.id for p in presets], problems) == (["bueno"], [])


def test_a_missing_folder_that_was_asked_for_is_reported(tmp_path: Path) -> None:
    presets, problems = load_presets([tmp_path / "nowhere"])
    assert presets == []
    assert len(problems) == 1
    assert "nowhere" in problems[0].text() and "does not exist" in problems[0].text()


# -- saving ----------------------------------------------------------------------------------------
def test_saving_criteria_as_a_new_preset_round_trips(tmp_path: Path) -> None:
    criteria = load_preset(PRESETS_DIR / "potato-park-phase1-assessment.json").criteria
    path = new_preset_path(tmp_path / "mis presets", "Mi taller: Cotabambas")
    assert path.name == "mi-taller-cotabambas.json"

    saved = save_preset(
        criteria,
        path,
        name={"es": "Mi taller: Cotabambas", "en": "My workshop: Cotabambas"},
        description={"es": "Criterios del taller.", "en": "The workshop's criteria."},
        source="Taller del 6 de febrero",
    )

    assert path.is_file()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left over
    loaded = load_preset(path)
    assert loaded == saved
    assert loaded.id == "mi-taller-cotabambas"
    assert loaded.criteria == criteria
    assert loaded.starting_point is False
    assert loaded.path == path
    assert new_preset_path(path.parent, "Mi taller: Cotabambas").name == (
        "mi-taller-cotabambas-2.json"
    )


def test_saving_a_preset_keeps_every_field_and_overwrites(tmp_path: Path) -> None:
    original = load_preset(PRESETS_DIR / "ecocuenca-watershed-sites.json")
    path = tmp_path / "ecocuenca.json"
    path.write_text("old content", encoding="utf-8")

    save_preset(original, path)

    loaded = load_preset(path)
    assert loaded.to_dict() == original.to_dict()
    assert loaded.starting_point is True

    renamed = save_preset(original, path, preset_id="ecocuenca-2", starting_point=False)
    assert load_preset(path) == renamed
    assert (renamed.id, renamed.starting_point, renamed.name) == (
        "ecocuenca-2",
        False,
        original.name,
    )


def test_saving_criteria_without_a_name_uses_the_file_name(tmp_path: Path) -> None:
    criteria = load_preset(PRESETS_DIR / "potato-park-focus-communities.json").criteria
    saved = save_preset(criteria, tmp_path / "Ronda 2.json")
    assert saved.id == "ronda-2"
    assert saved.name == {"es": "Ronda 2", "en": "Ronda 2"}


def test_a_folder_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    criteria = load_preset(PRESETS_DIR / "potato-park-focus-communities.json").criteria
    with pytest.raises(InvalidInputError, match="p.json could not be saved"):
        save_preset(criteria, blocker / "p.json")


def test_invalid_criteria_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    criterion = Criterion(id="a", name={"es": "A", "en": "A"})
    path = tmp_path / "doble.json"
    with pytest.raises(InvalidInputError, match="doble.json uses the criterion identifier “a”"):
        save_preset([criterion, criterion], path)
    with pytest.raises(InvalidInputError, match="has no criteria"):
        save_preset([], path)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_save_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.json"
    path.write_text("old", encoding="utf-8")
    criteria = load_preset(PRESETS_DIR / "potato-park-focus-communities.json").criteria

    def locked(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(InvalidInputError, match="p.json” is open in another program"):
        save_preset(criteria, path)
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["p.json"]


def test_preset_slug_makes_kebab_case_ascii() -> None:
    assert preset_slug("Apurímac: Cotabambas y Grau (2025)") == "apurimac-cotabambas-y-grau-2025"
    assert preset_slug("Ñuñoa — Q'eros") == "nunoa-q-eros"
    assert preset_slug("¿?") == "preset"
