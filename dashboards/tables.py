"""The tables behind the charts: one shape for the page, the CSV export (vhub/csv_export.py)
and the PDF report."""

from dataclasses import dataclass, field

from django.utils.safestring import SafeString


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
