"""Sheets written in a stream: the record's memory stays a small multiple of its values.

openpyxl's ordinary workbook keeps a Cell object of some 230 bytes (value, style array,
coordinates) for every cell until the file is saved: a record of 10,000 communities x 30
criteria (the Data, TOPSIS, Model and Sensitivity sheets, some 1.5 million cells) took more than
1 GB (issue 18). Its write-only workbook streams each row to the file as it is appended, but takes
the rows in order only, while the record's writers place cells where they belong
(``sheet.cell(row, column)``) and style them afterwards.

:class:`StreamedSheet` keeps the writers' interface: :meth:`StreamedSheet.cell` returns a
:class:`CellRef` that records a value in a plain list per row (about 8 bytes a cell plus the value)
and a style only where one is set; everything else (freeze panes, column widths, conditional
formats, charts, page set-up) goes to the write-only sheet itself. :meth:`StreamedSheet.flush`
appends the rows in order, each cell built as openpyxl's write-only cell only for that row. A text
is always written as text (never a formula: :func:`app.io.record.cells.put`), a formula only where
a writer marks it (``data_type = "f"``, :func:`app.io.record.cells.put_formula`).

openpyxl is imported inside the functions. Pure Python, no Qt.
"""

from __future__ import annotations

from typing import Any

#: The style attributes a writer may set on a cell, kept per cell only where set.
_STYLES = frozenset({"font", "alignment", "fill", "border", "protection"})


class CellRef:
    """One cell of a :class:`StreamedSheet`: what a writer sets is recorded in the sheet."""

    __slots__ = ("column", "row", "sheet")
    sheet: StreamedSheet
    row: int
    column: int

    def __init__(self, sheet: StreamedSheet, row: int, column: int) -> None:
        object.__setattr__(self, "sheet", sheet)
        object.__setattr__(self, "row", row)
        object.__setattr__(self, "column", column)

    @property
    def coordinate(self) -> str:
        from openpyxl.utils import get_column_letter

        return f"{get_column_letter(self.column)}{self.row}"

    @property
    def value(self) -> Any:
        values = self.sheet._values.get(self.row)
        return values[self.column - 1] if values and self.column <= len(values) else None

    @property
    def number_format(self) -> str:
        formats = self.sheet._formats.get(self.row)
        found = formats[self.column - 1] if formats and self.column <= len(formats) else None
        return found or "General"

    def __setattr__(self, name: str, value: Any) -> None:
        sheet = self.sheet
        if name == "value":
            sheet._put(sheet._values, self.row, self.column, value)
        elif name == "number_format":
            sheet._put(sheet._formats, self.row, self.column, value)
        elif name == "data_type":
            if value == "f":
                sheet._formulas.add((self.row, self.column))
        elif name in _STYLES:
            sheet._styles.setdefault((self.row, self.column), {})[name] = value
        else:
            raise AttributeError(name)


class StreamedSheet:
    """A write-only worksheet that takes cells in any order (see the module docstring)."""

    _sheet: Any
    _values: dict[int, list[Any]]
    _formats: dict[int, list[Any]]
    _styles: dict[tuple[int, int], dict[str, Any]]
    _formulas: set[tuple[int, int]]

    def __init__(self, sheet: Any) -> None:
        object.__setattr__(self, "_sheet", sheet)
        object.__setattr__(self, "_values", {})  # row -> [value per column]
        object.__setattr__(self, "_formats", {})  # row -> [number format per column]
        object.__setattr__(self, "_styles", {})  # (row, column) -> {attribute: style}
        object.__setattr__(self, "_formulas", set())  # (row, column) of formulas

    def cell(self, row: int, column: int) -> CellRef:
        return CellRef(self, row, column)

    def _put(self, table: dict[int, list[Any]], row: int, column: int, value: Any) -> None:
        line = table.setdefault(row, [])
        if len(line) < column:
            line.extend([None] * (column - len(line)))
        line[column - 1] = value

    def __getattr__(self, name: str) -> Any:
        return getattr(self._sheet, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "freeze_panes" and isinstance(value, CellRef):
            value = value.coordinate
        setattr(self._sheet, name, value)

    def flush(self) -> None:
        """Append every row, in order, to the write-only sheet; the buffers are emptied as the
        rows go, so memory falls while the sheet is written."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.utils import get_column_letter

        sheet = self._sheet
        last = max((*self._values, *self._formats), default=0)
        widest = max(
            (len(line) for table in (self._values, self._formats) for line in table.values()),
            default=1,
        )
        # The sheet's size, written at its top (<dimension>) as the ordinary workbook does: a
        # reader in read-only mode (openpyxl's, this program's) otherwise parses the whole sheet
        # to find it, once for every sheet of the workbook, when it opens the file.
        extent = f"A1:{get_column_letter(max(1, widest))}{max(1, last)}"
        sheet.calculate_dimension = lambda: extent
        for row in range(1, last + 1):
            values = self._values.pop(row, [])
            formats = self._formats.pop(row, [])
            width = max(len(values), len(formats))
            cells: list[Any] = []
            for column in range(1, width + 1):
                value = values[column - 1] if column <= len(values) else None
                number_format = formats[column - 1] if column <= len(formats) else None
                style = self._styles.pop((row, column), None)
                formula = (row, column) in self._formulas
                if number_format is None and style is None and not isinstance(value, str):
                    cells.append(value)
                    continue
                cell = WriteOnlyCell(sheet, value)
                if isinstance(value, str):
                    cell.data_type = "f" if formula else "s"
                if number_format is not None:
                    cell.number_format = number_format
                for name, setting in (style or {}).items():
                    setattr(cell, name, setting)
                cells.append(cell)
            sheet.append(cells)
        self._formulas.clear()


__all__ = ["CellRef", "StreamedSheet"]
