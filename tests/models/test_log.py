"""The change log's saved form (app.models.log): structured entries and entries of older files
round-trip exactly, the shape checks take the log values and refuse malformed ones naming the
key, and the limits count the log's texts (issue 19)."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.errors import InvalidInputError
from app.models.limits import MAX_TEXT_CHARS
from app.models.log import Judgement, LogEntry, Phrase, entry_from_json, entry_to_json
from app.models.text import Name
from app.models.workshop import Workshop
from tests.factories import make_workshop

WATER = Name("c1", {"es": "Agua", "en": "Water"})

#: One entry of each kind of value, as the edits write them.
STRUCTURED = (
    LogEntry("2026-01-01T10:00:00", "Comuneros", "Weight of {criterion}", 50, 70.5,
             {"criterion": WATER}),
    LogEntry("2026-01-01T10:01:00", "", "How many times {first} matters more than {second}",
             Judgement(1.0), Judgement(1 / 9), {"first": WATER, "second": Name("c2", {})}),
    LogEntry("2026-01-01T10:02:00", "", "Import communities", None,
             Phrase("new: {added}; updated: {updated}", {"added": 2, "updated": 0}), {}),
    LogEntry("2026-01-01T10:03:00", "", "Participants", (), ("Nilda Quispe", "Ana Muestra"),
             {}),
    LogEntry("2026-01-01T10:04:00", "", "Quotas per region", Phrase("no quotas"),
             (Phrase("{region}: at least {minimum}", {"region": "Cusco", "minimum": 1}),), {}),
)  # fmt: skip

#: The log of a file saved before the log was structured: plain texts.
LEGACY_LOG = [
    {"time": "2025-01-29T10:00:00", "group": "Cusco", "what": "weight c1", "old": "50",
     "new": "60"},
    {"time": "2025-01-29T10:05:00", "group": "", "what": "settings",
     "old": "Settings(missing=<MissingPolicy.EXCLUDE: 'exclude'>)", "new": "{x}"},
]  # fmt: skip


def saved(log: Any) -> dict[str, Any]:
    data = make_workshop(4, 3).to_dict()
    data["log"] = log
    return json.loads(json.dumps(data))


def refusal(data: Any) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as refused:
        Workshop.from_dict(data, "taller.json")
    return refused.value


@pytest.mark.parametrize("entry", STRUCTURED, ids=lambda e: e.what)
def test_every_kind_of_value_round_trips_through_json(entry: LogEntry) -> None:
    text = json.dumps(entry_to_json(entry))
    assert entry_from_json(json.loads(text)) == entry
    workshop = make_workshop(4, 3).replace(log=(entry,))
    restored = Workshop.from_dict(json.loads(json.dumps(workshop.to_dict())))
    assert restored.log == (entry,)
    assert restored == workshop


def test_an_older_files_log_reads_as_plain_texts_and_saves_back_unchanged() -> None:
    workshop = Workshop.from_dict(saved(LEGACY_LOG))
    assert [e.literal for e in workshop.log] == [True, True]
    first = workshop.log[0]
    assert (first.what, first.old, first.new, first.group) == ("weight c1", "50", "60", "Cusco")
    assert workshop.to_dict()["log"] == LEGACY_LOG
    # a structured entry after the old ones: both kinds live in one log
    log = (*workshop.log, STRUCTURED[0])
    assert Workshop.from_dict(saved(workshop.replace(log=log).to_dict()["log"])).log == log


def test_an_older_files_number_stays_a_number() -> None:
    """A file edited by hand may hold a number where the log had a text; it is shown as a
    number, not refused."""
    log = [{"time": "2025-01-29T10:00:00", "what": "weight c1", "old": 50, "new": 60.5}]
    entry = Workshop.from_dict(saved(log)).log[0]
    assert (entry.old, entry.new, entry.group) == (50, 60.5, "")


@pytest.mark.parametrize(
    ("entry", "key"),
    [
        ({"params": []}, "log[0].params"),
        ({"params": {"criterion": {"names": "Agua", "id": []}}}, "log[0].params.criterion.id"),
        ({"params": {"x": True}}, "log[0].params.x"),
        ({"old": {"judgement": "mucho"}}, "log[0].old.judgement"),
        ({"old": {"judgement": 2, "names": {}}}, "log[0].old"),
        ({"old": {"something": 1}}, "log[0].old"),
        ({"new": {"template": ["x"]}}, "log[0].new.template"),
        ({"new": {"template": "{a}", "params": {"a": [{"b": 1}]}}}, "log[0].new.params.a[0]"),
        ({"new": [1, {"names": {"es": 3, "en": []}}]}, "log[0].new[1].names.en"),
    ],
)
def test_a_malformed_log_value_is_refused_naming_its_key(entry: dict[str, Any], key: str) -> None:
    log = [{"time": "2026-01-01T10:00:00", "what": "Weight of {criterion}", **entry}]
    message = str(refusal(saved(log)))
    assert f"“{key}”" in message and "taller.json" in message


def test_the_shape_takes_every_value_the_edits_write() -> None:
    data = saved([entry_to_json(e) for e in STRUCTURED])
    assert Workshop.from_dict(data).log == STRUCTURED


EXAMPLE_LOG = saved([entry_to_json(e) for e in STRUCTURED])
LOG_PATHS: list[list[Any]] = []


def _log_paths(data: Any, prefix: list[Any]) -> None:
    LOG_PATHS.append(prefix)
    if isinstance(data, dict):
        for key, value in data.items():
            _log_paths(value, [*prefix, key])
    elif isinstance(data, list):
        for index, value in enumerate(data):
            _log_paths(value, [*prefix, index])


_log_paths(EXAMPLE_LOG["log"], ["log"])
junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.lists(st.integers(0, 3), max_size=3),
    st.dictionaries(st.sampled_from(["names", "judgement", "template", "params", "id", "x"]),
                    st.one_of(st.integers(), st.text(max_size=3), st.none()), max_size=2),
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(LOG_PATHS[1:]), junk)
def test_any_damaged_log_value_is_read_or_refused_without_python_internals(
    path: list[Any], value: Any
) -> None:
    data = copy.deepcopy(EXAMPLE_LOG)
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    try:
        workshop = Workshop.from_dict(data, "taller.json")
    except InvalidInputError as error:
        message = str(error)
        assert "taller.json" in message or "log" in message, message
        assert not any(word in message for word in ("object is not", "KeyError", "NoneType"))
        return
    # what is read saves back and reads again as the same
    assert Workshop.from_dict(json.loads(json.dumps(workshop.to_dict()))) == workshop


LONG = "x" * (MAX_TEXT_CHARS + 1)


@pytest.mark.parametrize(
    ("entry", "field"),
    [
        (LogEntry("t", "", "Weight of {criterion}", 1, 2, {"criterion": Name("c1", {"es": LONG})}),
         "log[0].params.criterion"),
        (LogEntry("t", "", "Import communities", None, Phrase("{a}", {"a": LONG}), {}),
         "log[0].new"),
        (LogEntry("t", "", "Participants", (LONG,), (), {}), "log[0].old"),
        (LogEntry("t", "", LONG, "", ""), "log[0].what"),
    ],
)  # fmt: skip
def test_the_limits_count_every_text_of_the_log(entry: LogEntry, field: str) -> None:
    workshop = make_workshop(4, 3).replace(log=(entry,))
    with pytest.raises(InvalidInputError) as refused:
        workshop.validate()
    assert refused.value.params["field"] == field
