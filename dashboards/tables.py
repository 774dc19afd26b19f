"""The tables behind the charts: one shape for the page, the CSV export and the PDF report."""

import csv
import io
from dataclasses import dataclass, field
from numbers import Number

from django.utils.safestring import SafeString

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Link:
    text: str
    url: str

    def __str__(self) -> str:
        return self.text


@dataclass
class Table:
    key: str
    caption: str
    headers: list[str]
    rows: list[list[object]]
    chart: SafeString | None = None
    note: str = ""
    numeric: set[int] = field(default_factory=set)  # column indexes aligned right
    # The case records the rows name, for the audit event of whoever reads the table.
    referrals: list[int] = field(default_factory=list)
    people: list[int] = field(default_factory=list)

    @property
    def header_cells(self) -> list[tuple[str, bool]]:
        return [(h, i in self.numeric) for i, h in enumerate(self.headers)]

    @property
    def body(self) -> list[list[tuple[object, bool, bool]]]:
        """Rows as (cell, is numeric, is link), for the template."""
        return [
            [(c, i in self.numeric, isinstance(c, Link)) for i, c in enumerate(row)]
            for row in self.rows
        ]


def safe_cell(value: object) -> object:
    """A cell a spreadsheet will not run: text starting with =, +, -, @, a tab or a carriage
    return is prefixed with an apostrophe (OWASP's advice on CSV injection). Numbers stay."""
    if value is None:
        return ""
    if isinstance(value, Number):
        return value
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def to_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe_cell(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([safe_cell(c) for c in row])
    return out.getvalue()
