"""The command line: rank a workshop without the window (no Qt is imported).

Usage::

    priorizar rank FILE [--method topsis|ahp|both] [--weights W1,W2,...]
                        [--objectives max,min,...] [--json]
    priorizar export INPUT OUT.xlsx [--lang es|en]
    priorizar example OUT.xlsx [--lang es|en]

(``priorizar summary`` and ``priorizar picture`` draw with Qt: :mod:`app.ui.share.commands`.)

``FILE`` (and ``INPUT``) is a workshop file (``.json``, :mod:`app.io.workshop_file`), a decision
record (``.xlsx``, :mod:`app.io.record`; a workbook that is not a record, ``.xlsx``, ``.ods`` or
``.xls``, is read as a table from its first visible sheet) or a table of candidate communities
(``.csv``, ``.tsv`` or ``.txt``; first column the communities, header row the criteria, a
column headed Región or Region their regions; :mod:`app.io.table_import`). ``export`` writes the
full decision record of ``INPUT``; ``example`` that of the fictional example workshop; ``--lang``
is the language of the record's sheets (default Spanish). Both save atomically. Both rankings are
computed by :func:`app.models.analysis.evaluate`, exactly as the window computes them.

- ``--method``: which ranking to show (default ``both``; the list follows TOPSIS then).
- ``--weights``: one non-negative number per weighted criterion (every criterion but the yes/no
  gates), in the workshop's order, separated by commas (or by semicolons, and then ``0,5`` is a
  decimal comma). Only the proportions count. Default: the workshop's active weight set; for a
  CSV table, equal weights.
- ``--objectives``: one ``max`` or ``min`` per weighted criterion, replacing the directions.
- ``--json``: print one JSON object instead of the table (documented below).

The output is in English: the interface's translations are Qt's and are not loaded without the
window. Names of criteria are shown in English where the workshop has them, else in Spanish. It is
written in UTF-8 on every system, to a console, a pipe or a file alike (on Windows, Python would
write a pipe or a file in the ANSI code page).

Exit status: 0 on success; 2 for input the program cannot take (missing or unreadable file,
invalid data, bad option), with one line ``priorizar: error: ...`` on standard error; 1 for an
internal error (a bug), also one line, ``priorizar: internal error: ...``. The command line is used
from scripts and by people who do not program: a traceback helps neither, so even a bug ends in one
line saying where to report it. Set the environment variable ``PRIORIZAR_DEBUG=1`` to get the
traceback instead.

JSON output (``--json``), one object:

``file``
    the file's name as given.
``method``
    ``"topsis"``, ``"ahp"`` or ``"both"``.
``weights``
    ``{"source": ..., "criteria": [{"id", "name", "direction", "weight"}, ...]}``: the weighted
    criteria in order with their share of the total weight (summing to 1, or all 0); ``source`` is
    ``"option"`` (``--weights``), ``"combined"`` (all groups) or ``"group:<id>"``.
``ranking``
    the ranked communities, best first (by TOPSIS, or by AHP with ``--method ahp``), each
    ``{"id", "name", "topsis_rank", "topsis_closeness", "ahp_rank", "ahp_priority"}``. Ranks are
    competition ranks (tied communities share the best rank: 1, 2, 2, 4). Closeness is in [0, 1];
    AHP global priorities in ideal mode do not sum to 1. A method not asked for, or that cannot
    rank this data (see ``notes``), gives ``null``.
``excluded``
    the communities screened out, each ``{"id", "name", "reasons": [{"kind", "criterion_id",
    "criterion", "value"}]}``, ``kind`` one of ``"gate"``, ``"threshold"``, ``"missing"``;
    ``value`` is ``null`` for a missing cell.
``notes``
    remarks about the data and the weights (English sentences).
``kendall_tau_b``
    agreement between the two rankings, -1 to 1, with ``--method both``; else ``null``.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import io
import json
import math
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace as replaced
from pathlib import Path
from typing import Any, NoReturn, TextIO

import numpy as np

from app import __version__
from app.io.reading import read_workshop
from app.models.analysis import Evaluation, Reason, ReasonKind, evaluate
from app.models.criterion import Criterion, Direction
from app.models.derived import weight_vector
from app.models.errors import InvalidInputError
from app.models.ranking import stable_order
from app.models.weights import normalized
from app.models.workshop import COMBINED, Workshop

PROG = "priorizar"
#: Sub-commands; :data:`app.__main__.CLI_ARGUMENTS` must list them (so they reach this module).
COMMANDS = ("rank", "export", "example")
#: Languages tried for the names of criteria (the output is in English).
LANG = "en"
#: Exit statuses.
EXIT_OK, EXIT_INTERNAL, EXIT_INVALID = 0, 1, 2

RECORD_LANGUAGES = ("es", "en")


class UsageError(Exception):
    """A command line that cannot be run (bad option, wrong number of weights...)."""


class _ParserExit(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of exiting, so that errors are one line."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise _ParserExit(status)


def _add_lang_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--lang",
        choices=RECORD_LANGUAGES,
        default="es",
        help="language of the record's sheets and labels (default: es)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Participatory multi-criteria decisions with TOPSIS and AHP. Without a "
        "command, priorizar opens its window.",
        epilog="Exit status: 0 success, 2 invalid input, 1 internal error. Messages are in "
        "English.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    rank = commands.add_parser(
        "rank",
        help="print the TOPSIS and AHP rankings of a workshop",
        description="Print the TOPSIS and AHP rankings of a workshop file (.json), a decision "
        "record (.xlsx) or a table of communities (.csv, or the first sheet of an .xlsx, .ods or "
        ".xls: first "
        "column the communities, header row the criteria).",
        epilog="Communities screened out (gates, thresholds, missing data) are listed after the "
        "ranking with the reason.",
    )
    rank.add_argument(
        "file",
        metavar="FILE",
        help="a workshop (.json), a decision record (.xlsx) or a table (.csv)",
    )
    rank.add_argument(
        "--method",
        choices=("topsis", "ahp", "both"),
        default="both",
        help="the ranking to show (default: both)",
    )
    rank.add_argument(
        "--weights",
        metavar="W1,W2,...",
        help="one non-negative weight per weighted (non-gate) criterion, in order; only the "
        "proportions count (default: the workshop's active weight set; equal for a table)",
    )
    rank.add_argument(
        "--objectives",
        metavar="max,min,...",
        help="one direction (max or min) per weighted criterion, replacing the workshop's",
    )
    rank.add_argument("--json", action="store_true", help="print JSON instead of a table")
    export = commands.add_parser(
        "export",
        help="write the decision record (.xlsx) of a workshop or table",
        description="Write the full decision record (.xlsx) of a workshop file (.json), a "
        "decision record or workbook (.xlsx, .ods, .xls) or a table of communities (.csv).",
    )
    export.add_argument("file", metavar="INPUT", help="a workshop, record, workbook or table")
    export.add_argument("output", metavar="OUT.xlsx", help="the decision record to write")
    _add_lang_option(export)
    example = commands.add_parser(
        "example",
        help="write the fictional example workshop's decision record",
        description="Write the decision record (.xlsx) of the fictional example workshop.",
    )
    example.add_argument("output", metavar="OUT.xlsx", help="the decision record to write")
    _add_lang_option(example)
    # listed for --help only: app/__main__.py routes them to app.ui.share.commands (Qt)
    commands.add_parser("summary", add_help=False, help="write the one-page summary (PDF)")
    commands.add_parser("picture", add_help=False, help="write a picture (PNG) of the results")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (see the module docstring)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        _write_utf8(stream)
    try:
        options = build_parser().parse_args(arguments)
        if options.command == "rank":
            return rank(options)
        if options.command == "export":
            return export(options)
        if options.command == "example":
            return write_example(options)
        raise UsageError(f"unknown command {options.command!r}")  # pragma: no cover
    except _ParserExit as done:
        return done.status
    except UsageError as error:
        return _fail(str(error))
    except InvalidInputError as error:
        return _fail(str(error))
    except OSError as error:
        if isinstance(error, BrokenPipeError):  # the reader (| head) went away: not an error
            _silence_stdout()
            return EXIT_OK
        return _fail(describe_os_error(error))
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the boundary: a bug ends in one line (see the module docstring)
        if os.environ.get("PRIORIZAR_DEBUG"):
            raise
        if sys.stderr is not None:
            with contextlib.suppress(OSError, ValueError):
                print(
                    f"{PROG}: internal error: {type(error).__name__}: "
                    f"{escape_controls(str(error))} (please report it; set PRIORIZAR_DEBUG=1 to "
                    "see the details)",
                    file=sys.stderr,
                )
        return EXIT_INTERNAL


@dataclass(frozen=True)
class Ranked:
    """What ``rank`` prints: the workshop, the weights used and both rankings."""

    file: str
    method: str
    workshop: Workshop
    weights: np.ndarray[Any, np.dtype[np.float64]]  # over all criteria, summing to 1 (or all 0)
    weight_source: str
    evaluation: Evaluation


def rank(options: argparse.Namespace) -> int:
    result = compute(
        options.file,
        method=options.method,
        weights=options.weights,
        objectives=options.objectives,
    )
    text = (
        json.dumps(to_json(result), indent=2)
        if options.json
        else "\n".join(escape_controls(line) for line in to_text(result))
    )
    return _print(text + "\n")


def _print(text: str) -> int:
    """Write ``text`` to standard output; a closed or gone output ends quietly (exit 0): the
    program was started with its output closed (``>&-``), or its reader left (``| head``), and
    nobody is there to read a complaint."""
    stream = sys.stdout
    if stream is None:  # Python sets None for a standard output closed at start
        return EXIT_OK
    try:
        stream.write(text)
        stream.flush()
    except (BrokenPipeError, ValueError):  # the reader went away; a closed stream
        _silence_stdout()
    except OSError as error:
        if error.errno not in (errno.EBADF, errno.EPIPE, errno.EINVAL):
            raise
        _silence_stdout()
    return EXIT_OK


#: Characters that reach a terminal as commands rather than text: the C0 and C1 controls (ESC
#: starts the escape sequences that move the cursor, retitle the window or recolour the text; CSI
#: U+009B does the same on terminals that take 8-bit controls), DEL, and the bidirectional
#: overrides and isolates, which reorder what is shown around them ("Trojan source",
#: CVE-2021-42574).
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def escape_controls(text: str) -> str:
    """``text`` with every control character (see :data:`_CONTROLS`) written as a visible escape
    (``\\x1b``, ``\\u202e``): names and notes come from files of others and must not drive the
    terminal that shows them."""
    return _CONTROLS.sub(
        lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text
    )


def export(options: argparse.Namespace) -> int:
    """``export INPUT OUT.xlsx``: the full decision record of any readable input."""
    workshop = load(options.file)
    _save_record(workshop, options.output, options.lang)
    return EXIT_OK


def write_example(options: argparse.Namespace) -> int:
    """``example OUT.xlsx``: the decision record of the fictional example workshop."""
    from app.io.example import example_workshop

    _save_record(example_workshop(), options.output, options.lang)
    return EXIT_OK


def _save_record(workshop: Workshop, output: str, lang: str) -> None:
    path = Path(output)
    if path.suffix.lower() != ".xlsx":
        raise UsageError(f"{path.name}: the decision record must be an .xlsx file")
    if path.is_dir():
        raise UsageError(f"{output} is a folder; give the name of the .xlsx file to write")
    folder = path.resolve().parent
    if not folder.is_dir():
        raise UsageError(f"the folder {folder} does not exist; {path.name} cannot be saved there")
    from app.io.record import save_record

    save_record(workshop, path, lang)


def compute(
    file: str,
    *,
    method: str = "both",
    weights: str | None = None,
    objectives: str | None = None,
) -> Ranked:
    """Load ``file``, apply the options and evaluate both rankings."""
    workshop = load(file)
    weighted = workshop.weighted_criteria
    if objectives is not None:
        directions = parse_objectives(objectives, weighted)
        changed = dict(zip((c.id for c in weighted), directions, strict=True))
        workshop = workshop.replace(
            criteria=tuple(
                replaced(c, direction=changed[c.id]) if c.id in changed else c
                for c in workshop.criteria
            )
        )
    if weights is None:
        vector = weight_vector(workshop)
        source = COMBINED if workshop.active_group == COMBINED else f"group:{workshop.active_group}"
    else:
        given = iter(parse_weights(weights, weighted))
        vector = np.array([0.0 if c.is_gate else next(given) for c in workshop.criteria])
        source = "option"
    vector = normalized(vector)  # proportions only, whatever the scale (1e308 too)
    return Ranked(file, method, workshop, vector, source, evaluate(workshop, vector))


def load(file: str) -> Workshop:
    """The workshop in ``file``, by its extension; input problems raise InvalidInputError.

    What the reader tells without refusing (a number read by the file's decimal mark that could
    be read otherwise, a mark for no data, an uncertain encoding, a colleague's column left out)
    is printed on standard error, one line each: ``priorizar: note: ...``; the user is told, as
    the window's import step asks."""
    notes: list[InvalidInputError] = []
    try:
        workshop = read_workshop(file, notes)
    except InvalidInputError:
        raise
    except UnicodeDecodeError as error:
        raise UsageError(f"{Path(file).name} cannot be read as text ({error.reason})") from error
    except ValueError as error:  # a reader's check that is not yet worded for people
        raise UsageError(f"{Path(file).name} cannot be read: {error}") from error
    for note in notes:
        _tell(f"{PROG}: note: {escape_controls(' '.join(str(note).split()))}")
    return workshop


def _tell(line: str) -> None:
    """Print ``line`` on standard error; a closed standard error swallows it."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            print(line, file=sys.stderr)


def parse_weights(text: str, weighted: Sequence[Criterion]) -> list[float]:
    """One finite non-negative number per weighted criterion, from ``"3,1,2"`` or ``"0,5;1"``."""
    separator = ";" if ";" in text else ","
    parts = [part.strip() for part in text.split(separator)]
    names = ", ".join(c.label(LANG) for c in weighted)
    if len(parts) != len(weighted):
        raise UsageError(
            f"--weights: {len(parts)} weight{'s' if len(parts) != 1 else ''} given, but there "
            f"{'are' if len(weighted) != 1 else 'is'} {len(weighted)} weighted "
            f"criteri{'a' if len(weighted) != 1 else 'on'} ({names})"
        )
    values = []
    for position, (part, criterion) in enumerate(zip(parts, weighted, strict=True), start=1):
        number = part.replace(",", ".") if separator == ";" else part
        if not re.fullmatch(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", number, re.ASCII):
            raise UsageError(
                f"--weights: weight {position} ({criterion.label(LANG)}) is {part!r}, not a number"
            )
        value = float(number)
        if not math.isfinite(value) or value < 0:
            raise UsageError(
                f"--weights: weight {position} ({criterion.label(LANG)}) is {part}; weights "
                "must be zero or more"
            )
        values.append(value)
    return values


def parse_objectives(text: str, weighted: Sequence[Criterion]) -> list[Direction]:
    """One ``max`` or ``min`` per weighted criterion, from ``"max,min,max"``."""
    parts = [part.strip().lower() for part in re.split(r"[,;]", text)]
    names = ", ".join(c.label(LANG) for c in weighted)
    if len(parts) != len(weighted):
        raise UsageError(
            f"--objectives: {len(parts)} direction{'s' if len(parts) != 1 else ''} given, but "
            f"there {'are' if len(weighted) != 1 else 'is'} {len(weighted)} weighted "
            f"criteri{'a' if len(weighted) != 1 else 'on'} ({names})"
        )
    directions = []
    for position, (part, criterion) in enumerate(zip(parts, weighted, strict=True), start=1):
        if part not in ("max", "min"):
            raise UsageError(
                f"--objectives: direction {position} ({criterion.label(LANG)}) is {part!r}; "
                "use max or min"
            )
        directions.append(Direction(part))
    return directions


# -- what is printed ------------------------------------------------------------------------------
def ranking_rows(result: Ranked) -> list[dict[str, Any]]:
    """The ranked communities, best first, with both methods' ranks and scores (None if absent)."""
    evaluation = result.evaluation
    tops = evaluation.topsis
    if tops is None or (result.method == "ahp" and evaluation.ahp_scores is None):
        return []  # nothing to rank, or AHP cannot take this data (a note says why)
    show_topsis = result.method in ("topsis", "both")
    show_ahp = result.method in ("ahp", "both") and evaluation.ahp_scores is not None
    topsis_ranks = evaluation.topsis_ranks
    ahp_ranks = evaluation.ahp_ranks
    if result.method == "ahp" and evaluation.ahp_scores is not None and ahp_ranks is not None:
        order = stable_order(evaluation.ahp_scores, ahp_ranks)
    else:
        order = stable_order(tops.closeness, topsis_ranks)
    rows = []
    for k in order.tolist():
        community = result.workshop.communities[int(evaluation.eligible[k])]
        rows.append(
            {
                "id": community.id,
                "name": community.name,
                "topsis_rank": int(topsis_ranks[k])
                if show_topsis and topsis_ranks is not None
                else None,
                "topsis_closeness": float(tops.closeness[k]) if show_topsis else None,
                "ahp_rank": int(ahp_ranks[k]) if show_ahp and ahp_ranks is not None else None,
                "ahp_priority": float(evaluation.ahp_scores[k])
                if show_ahp and evaluation.ahp_scores is not None
                else None,
            }
        )
    return rows


def notes(result: Ranked) -> list[str]:
    """The evaluation's notes; the AHP note only when AHP is shown."""
    ahp_problem = result.evaluation.problem.ahp_problem
    return [
        note.text()
        for note in result.evaluation.notes
        if result.method != "topsis" or note is not ahp_problem
    ]


def agreement(result: Ranked) -> float | None:
    return result.evaluation.agreement if result.method == "both" else None


def reason_text(reason: Reason, workshop: Workshop) -> str:
    """Why a community is screened out, in a short English phrase."""
    criterion = workshop.criteria[reason.criterion]
    name = criterion.label(LANG)
    if reason.kind is ReasonKind.MISSING:
        return f"no data for {name}"
    if reason.kind is ReasonKind.GATE:
        if math.isnan(reason.value):
            return f"{name} (gate): no answer"
        return f"{name} (gate): no"
    value = _value_text(criterion, reason.value)
    low, high = criterion.accept_min, criterion.accept_max
    if low is not None and reason.value < low:
        return f"{name} is {value}, below the lowest acceptable {_value_text(criterion, low)}"
    if high is not None and reason.value > high:
        return f"{name} is {value}, above the highest acceptable {_value_text(criterion, high)}"
    return f"{name} is {value}, outside the acceptable range"  # pragma: no cover - per prepare()


def to_text(result: Ranked) -> list[str]:
    """The ranking as aligned plain text lines."""
    workshop, evaluation = result.workshop, result.evaluation
    lines = [
        f"{Path(result.file).name}: {len(evaluation.eligible)} of {len(workshop.communities)} "
        "communities pass the screening",
        "",
        f"Weights ({_source_text(result)}):",
    ]
    weighted = [(j, c) for j, c in enumerate(workshop.criteria) if not c.is_gate]
    width = max((len(escape_controls(c.label(LANG))) for _, c in weighted), default=0)
    for j, criterion in weighted:
        lines.append(
            f"  {escape_controls(criterion.label(LANG)):<{width}}  {criterion.direction.value}  "
            f"{100 * result.weights[j]:5.1f}%"
        )
    lines.append("")

    rows = ranking_rows(result)
    if rows:
        columns: list[tuple[str, str, bool]] = []  # header, key, right-aligned
        if result.method == "both":
            columns += [("TOPSIS rank", "topsis_rank", True), ("AHP rank", "ahp_rank", True)]
        else:
            columns += [("Rank", f"{result.method}_rank", True)]
        columns += [("Community", "name", False)]
        if result.method in ("topsis", "both"):
            columns += [("TOPSIS closeness", "topsis_closeness", True)]
        if result.method in ("ahp", "both"):
            columns += [("AHP priority", "ahp_priority", True)]
        cells = [[header for header, _, _ in columns]] + [
            [_cell(row[key]) for _, key, _ in columns] for row in rows
        ]
        widths = [max(len(line[i]) for line in cells) for i in range(len(columns))]
        for line in cells:
            lines.append(
                "  ".join(
                    text.rjust(w) if right else text.ljust(w)
                    for text, w, (_, _, right) in zip(line, widths, columns, strict=True)
                ).rstrip()
            )
    elif evaluation.topsis is not None:  # only AHP was asked for, and it cannot take the data
        lines.append("AHP cannot rank these communities (see the notes).")
    else:
        lines.append("No community can be ranked.")

    excluded = evaluation.problem.excluded
    if excluded:
        lines += ["", "Screened out:"]
        for exclusion in excluded:
            community = workshop.communities[exclusion.community]
            reasons = "; ".join(reason_text(r, workshop) for r in exclusion.reasons)
            lines.append(f"  {community.name}: {reasons}")
    remarks = notes(result)
    if remarks:
        lines += ["", "Notes:"]
        lines += [f"  - {remark}" for remark in remarks]
    tau = agreement(result)
    if tau is not None:
        lines += ["", f"Agreement between TOPSIS and AHP (Kendall's tau-b): {tau:.3f}"]
    return lines


def to_json(result: Ranked) -> dict[str, Any]:
    """The JSON object printed by ``--json`` (see the module docstring)."""
    workshop = result.workshop
    return {
        "file": result.file,
        "method": result.method,
        "weights": {
            "source": result.weight_source,
            "criteria": [
                {
                    "id": c.id,
                    "name": c.label(LANG),
                    "direction": c.direction.value,
                    "weight": float(result.weights[j]),
                }
                for j, c in enumerate(workshop.criteria)
                if not c.is_gate
            ],
        },
        "ranking": ranking_rows(result),
        "excluded": [
            {
                "id": workshop.communities[e.community].id,
                "name": workshop.communities[e.community].name,
                "reasons": [
                    {
                        "kind": r.kind.value,
                        "criterion_id": workshop.criteria[r.criterion].id,
                        "criterion": workshop.criteria[r.criterion].label(LANG),
                        "value": None if math.isnan(r.value) else float(r.value),
                    }
                    for r in e.reasons
                ],
            }
            for e in result.evaluation.problem.excluded
        ],
        "notes": notes(result),
        "kendall_tau_b": agreement(result),
    }


def describe_os_error(error: OSError) -> str:
    """``No such file or directory: x.json`` rather than ``[Errno 2] ...``."""
    reason = error.strerror or str(error)
    return f"{error.filename}: {reason}" if error.filename else reason


def _source_text(result: Ranked) -> str:
    if result.weight_source == "option":
        return "given with --weights"
    if result.weight_source == COMBINED:
        return "combined set of all groups"
    group = result.workshop.group(result.weight_source.removeprefix("group:"))
    return f"group {group.name}"


def _value_text(criterion: Criterion, value: float) -> str:
    level = criterion.level_label(value, LANG)
    number = f"{value:g}"
    return f"{number} ({level})" if level else number


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.4f}"
    return escape_controls(str(value))


def _fail(message: str) -> int:
    _tell(f"{PROG}: error: {escape_controls(' '.join(message.split()))}")
    return EXIT_INVALID


def _write_utf8(stream: TextIO | None) -> None:
    """Write UTF-8 on every system: piped or redirected, Python on Windows would write the ANSI
    code page (cp1252), which has no room for many names (and JSON is UTF-8). A text UTF-8 cannot
    hold (a lone surrogate) comes out as ``?`` rather than failing."""
    if isinstance(stream, io.TextIOWrapper):
        with contextlib.suppress(ValueError, io.UnsupportedOperation):  # a detached stream
            stream.reconfigure(encoding="utf-8", errors="replace")


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at the null device so Python's exit flush is quiet."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())


__all__ = [
    "COMMANDS",
    "Ranked",
    "UsageError",
    "build_parser",
    "compute",
    "escape_controls",
    "load",
    "main",
    "parse_objectives",
    "parse_weights",
    "to_json",
    "to_text",
]
