"""The SVG charts: accessible, readable without colour, no script or style, text escaped."""

import re
from datetime import date

from dashboards.charts import GRADE_STYLES, bar_chart, line_chart


def test_bar_chart_is_an_accessible_image_with_patterns_and_escaped_labels() -> None:
    svg = bar_chart(
        chart_id="c",
        title="Open <referrals>",
        desc="Split by grade",
        categories=["<script>alert(1)</script>", "Second"],
        series=[("High", [3, 0]), ("Medium", [1, 2])],
        styles=[GRADE_STYLES["high"], GRADE_STYLES["medium"]],
    )
    assert 'role="img" aria-labelledby="c-title c-desc"' in svg
    assert '<title id="c-title">Open &lt;referrals&gt;</title>' in svg
    assert '<desc id="c-desc">Split by grade</desc>' in svg
    assert "<script" not in svg
    assert "style=" not in svg
    assert "&lt;script&gt;" in svg
    # each series has its own pattern, shown in the legend, and bars carry their totals
    assert svg.count("<pattern ") == 2
    assert 'fill="url(#c-p0)"' in svg
    assert 'fill="url(#c-p1)"' in svg
    assert ">High</text>" in svg
    assert ">Medium</text>" in svg
    assert 'font-weight="bold">4</text>' in svg
    # whole-number axis for counts: 0, 1, 2, 3, 4
    assert ">1</text>" in svg
    assert "0.25" not in svg


def test_line_chart_tells_series_apart_by_dash_and_marker() -> None:
    days = [date(2026, 11, d) for d in range(1, 8)]
    svg = line_chart(
        chart_id="f",
        title="Flow",
        desc="d",
        days=days,
        series=[("In", [1, 2, 3, 4, 5, 6, 7]), ("Out", [0, 1, 0, 1, 0, 1, 0])],
    )
    assert 'role="img"' in svg
    assert '<title id="f-title">Flow</title>' in svg
    assert 'stroke-dasharray="6 4"' in svg  # the second series is dashed
    assert svg.count("<circle") >= 7
    assert svg.count("<rect") >= 7
    assert "style=" not in svg


def test_a_missing_figure_is_said_in_words_not_drawn_as_zero() -> None:
    """Found in use: the partner chart drew "0 h" bars for agencies with no acknowledgement."""
    svg = bar_chart(
        chart_id="a",
        title="Partner acknowledgement times",
        desc="d",
        categories=["Herefordshire", "Shropshire"],
        series=[("Median hours", [2.5, None]), ("90th percentile hours", [4.0, None])],
        grouped=True,
        unit=" h",
        whole=False,
        no_value="none acknowledged yet",
    )
    # a bar's value label (the axis's own "0 h" tick is centred: text-anchor="middle")
    assert not re.search(r'<text x="[\d.]+" y="\d+">0 h</text>', svg)
    assert svg.count(">none acknowledged yet</text>") == 2
    assert ">2.5 h</text>" in svg
    assert svg.count('fill="url(#a-p') == 2  # Herefordshire's two bars only
