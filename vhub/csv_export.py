"""CSV exports that a spreadsheet opens as data, never as formulas: every CSV VHub gives out is
written here (the test in tests/vhub/test_csv_exports.py walks them all)."""

import csv
import io
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import cast

from django.http import HttpResponse, StreamingHttpResponse
from django.utils.http import content_disposition_header

# A spreadsheet runs a cell that starts with one of these as a formula (OWASP, "CSV Injection");
# a line break or tab in front hides it from a person checking the cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: object) -> object:
    """The cell as a spreadsheet should show it. Text that starts with a formula character,
    also after spaces, gets a leading apostrophe, which spreadsheets show as text and do not
    run. Numbers stay numbers: a negative count is not a formula."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    text = str(value)
    return f"'{text}" if text.lstrip(" ").startswith(FORMULA_STARTS) else text


class _Line:
    """A file-like target for csv.writer that hands each written line back."""

    def write(self, value: str) -> str:
        return value


def csv_lines(header: Iterable[object], rows: Iterable[Iterable[object]]) -> Iterator[str]:
    """The CSV, line by line, every cell made safe: for streaming a large export."""
    writer = csv.writer(_Line())
    yield writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        yield writer.writerow([safe_cell(c) for c in row])


def csv_text(header: Iterable[object], rows: Iterable[Iterable[object]]) -> str:
    out = io.StringIO()
    out.writelines(csv_lines(header, rows))
    return out.getvalue()


def csv_response(
    header: Iterable[object],
    rows: Iterable[Iterable[object]],
    *,
    filename: str,
    stream: bool = False,
) -> HttpResponse | StreamingHttpResponse:
    """A CSV download: the file is saved, never shown in the browser, sniffed or cached."""
    response: HttpResponse | StreamingHttpResponse
    if stream:
        response = StreamingHttpResponse(csv_lines(header, rows))
    else:
        response = HttpResponse(csv_text(header, rows))
    response["Content-Type"] = "text/csv; charset=utf-8"
    response["Content-Disposition"] = cast(str, content_disposition_header(True, filename))
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
