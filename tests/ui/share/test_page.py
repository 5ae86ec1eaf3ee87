"""The summary page as a PDF, read back as a person's tools read it: its text (pdftotext), its
pages (pdfinfo) and what they look like (pdftoppm). Printing draws the same page."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter

from app.io.example import example_workshop
from app.io.record import save_record
from app.models.analysis import evaluate
from app.models.derived import weight_vector
from app.models.workshop import Workshop
from app.ui.i18n import format_share
from app.ui.share import page as page_module
from app.ui.share.content import Summary, record_file, summary_content
from app.ui.share.page import paint_summary, prepare_device, write_pdf
from tests.factories import make_workshop
from tests.ui.share.pdf_tools import (
    ink,
    needs_poppler,
    page_count,
    page_images,
    page_size_mm,
    pdf_text,
)

pytestmark = needs_poppler

#: A community name of 120 characters, and one word of 99 letters: both must wrap, whole.
LONG_NAME = (
    "Comunidad Campesina de Santa Rosa de Ccollpa Huaylla Anexo Quispicanchi Alto Sector "
    "Ch'uspi Q'asa Wik'uña Pampa Grande I"
)
ONE_WORD = "Qollqepampa" * 9
#: Fonts with Arial's metrics: the page breaks measured here hold for them (Arial on Windows,
#: Liberation Sans on Linux, which .ci/run installs); another font moves them.
METRIC_FONTS = ("Arial", "Liberation Sans")


@pytest.fixture
def metric_font(qapp: Any) -> None:
    if page_module.family() not in METRIC_FONTS:
        pytest.skip("neither Arial nor Liberation Sans is installed (Debian: fonts-liberation2)")


def with_choice(workshop: Workshop, *positions: int) -> Workshop:
    """``workshop`` with these communities recorded as chosen, as the Robustness tab records
    them: with the weight set the window shows, which then ranks the page and the record."""
    ids = tuple(workshop.communities[i].id for i in positions)
    metadata = replace(workshop.metadata, chosen=ids, ranking_weights=workshop.active_group)
    return workshop.replace(metadata=metadata)


def with_metadata(workshop: Workshop) -> Workshop:
    """The example's details (purpose, six participants, three agreements, its notice) and a
    choice of two communities, on ``workshop``."""
    return with_choice(workshop.replace(metadata=example_workshop().metadata), 0, 2)


def summary_of(workshop: Workshop, record: Any = None) -> Summary:
    return summary_content(workshop, evaluate(workshop), record)


def pdf_of(workshop: Workshop, path: Path, record: Any = None) -> int:
    pages = write_pdf(summary_of(workshop, record), path)
    assert page_count(path) == pages
    return pages


def test_the_example_is_one_a4_page_with_the_decision(qapp: Any, tmp_path: Path) -> None:
    workshop = with_choice(example_workshop(), 0, 5, 1)
    path = tmp_path / "acta.pdf"
    assert pdf_of(workshop, path) == 1
    width, height = page_size_mm(path)
    assert (round(width), round(height)) == (210, 297)
    text = pdf_text(path)
    assert workshop.metadata.title in text
    assert "Focus communities chosen" in text
    for i in (0, 5, 1):
        assert workshop.communities[i].name in text
    shares = weight_vector(workshop)
    for j, criterion in enumerate(workshop.criteria):
        if not criterion.is_gate:
            assert criterion.label("en") in text
            assert format_share(100 * shares[j]) in text
    for agreement in workshop.metadata.agreements:
        assert " ".join(agreement.action.split()) in text
        assert agreement.responsible in text
    for words in ("Signatures", "Signature", "Fingerprint", "Page 1 of 1"):
        assert words in text


def test_the_pages_are_drawn(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "acta.pdf"
    pdf_of(example_workshop(), path)
    (image,) = page_images(path, tmp_path)
    assert image.width() == round(210 / 25.4 * 40)
    assert 0.03 < ink(image) < 0.5  # text, rules, bars and boxes; not a blank page


def test_the_page_is_in_the_interface_language(spanish: None, tmp_path: Path) -> None:
    path = tmp_path / "acta.pdf"
    pdf_of(with_choice(example_workshop(), 0), path)
    text = pdf_text(path)
    for words in (
        "Acta de la decisión",
        "6 de febrero de 2025",
        "Criterios y sus pesos",
        "Comunidades focales elegidas",
        "Acuerdos",
        "Firmas",
        "Huella",
        "Página 1 de 1",
        "TOPSIS: cercanía al ideal",
    ):
        assert words in text
    assert "Signature" not in text


def test_the_decision_record_and_its_sha256_are_in_the_small_print(
    qapp: Any, tmp_path: Path
) -> None:
    workshop = example_workshop()
    record = tmp_path / "taller.xlsx"
    save_record(workshop, record, "es")
    path = tmp_path / "acta.pdf"
    tied = record_file(record)
    assert tied is not None and tied.sha256 is not None
    pdf_of(workshop, path, tied)
    assert f"taller.xlsx · SHA-256: {tied.sha256}" in pdf_text(path)


def test_long_names_wrap_whole(qapp: Any, tmp_path: Path) -> None:
    assert len(LONG_NAME) == 120
    workshop = example_workshop()
    communities = list(workshop.communities)
    communities[0] = replace(communities[0], name=LONG_NAME)
    communities[1] = replace(communities[1], name=ONE_WORD)
    workshop = with_choice(workshop.replace(communities=tuple(communities)), 0, 1)
    path = tmp_path / "acta.pdf"
    assert pdf_of(workshop, path) == 1
    text = pdf_text(path)
    # in both rankings and in the choice, never cut with "…"
    assert text.count(LONG_NAME) == 3
    assert text.replace(" ", "").count(ONE_WORD) == 3
    assert "…" not in text


def test_30_communities_and_12_criteria_fit_one_page(metric_font: None, tmp_path: Path) -> None:
    workshop = with_metadata(make_workshop(30, 12, groups=4))
    path = tmp_path / "acta.pdf"
    assert pdf_of(workshop, path) == 1
    text = pdf_text(path)
    assert "and 14 more" in text  # 29 ranked, the first 15 listed
    assert "Signatures" in text


@pytest.mark.parametrize(("communities", "criteria", "screened_out"), [(40, 12, 20), (40, 15, 12)])
def test_a_larger_workshop_goes_on_a_second_page_without_losing_anything(
    metric_font: None, tmp_path: Path, communities: int, criteria: int, screened_out: int
) -> None:
    workshop = with_metadata(make_workshop(communities, criteria, groups=4, missing=screened_out))
    evaluation = evaluate(workshop)
    assert len(evaluation.problem.excluded) == screened_out + 1  # and the gate's
    path = tmp_path / "acta.pdf"
    assert pdf_of(workshop, path) == 2
    text = pdf_text(path)
    for exclusion in evaluation.problem.excluded:
        assert f"{workshop.communities[exclusion.community].name}:" in text
    for agreement in workshop.metadata.agreements:
        assert agreement.responsible in text
    assert "Page 1 of 2" in text and "Page 2 of 2" in text
    # the second page says whose record it is, and ends with the signatures
    assert text.index("Page 1 of 2") < text.index(f"{workshop.metadata.title} · Record")
    assert text.index("Signatures") > text.index("Agreements")
    images = page_images(path, tmp_path)
    assert len(images) == 2 and all(ink(image) > 0.01 for image in images)


def test_printing_draws_the_same_page(qapp: Any, tmp_path: Path) -> None:
    """Print uses paint_summary on the printer the dialog gives; a printer that prints to a PDF
    file shows that it draws what Export summary writes."""
    summary = summary_of(with_choice(example_workshop(), 0))
    exported, printed = tmp_path / "exported.pdf", tmp_path / "printed.pdf"
    write_pdf(summary, exported)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_device(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert paint_summary(printer, summary) == 1
    assert page_count(printed) == 1
    assert pdf_text(printed) == pdf_text(exported)


def test_a_printer_on_letter_paper_gets_the_same_blocks(qapp: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QPageSize

    printed = tmp_path / "letter.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_device(printer)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    summary = summary_of(example_workshop())
    paint_summary(printer, summary)
    text = pdf_text(printed)
    assert summary.title in text and "Signatures" in text
    assert page_module.PAGE_SIZE == QPageSize.PageSizeId.A4  # the default stays A4
