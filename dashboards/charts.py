"""Server-rendered SVG charts: no script, no style attributes (presentation attributes only).

Each chart is an image to assistive technology (role="img" with a <title> and <desc>) and is
readable without colour: every series has its own fill pattern (or line dash and marker), the
legend shows the pattern, and bars carry their values as text. The numbers are also in the
table that goes with each chart.
"""

from dataclasses import dataclass
from datetime import date

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

FONT = "Arial, sans-serif"
INK = "#0b0c0c"
GRID = "#b1b4b6"
WIDTH = 760


@dataclass(frozen=True)
class Style:
    colour: str
    pattern: str  # solid, diagonal, dots, crosshatch, horizontal


DEFAULT_STYLES = [
    Style("#1d70b8", "solid"),
    Style("#f47738", "diagonal"),
    Style("#00703c", "dots"),
    Style("#505a5f", "crosshatch"),
    Style("#912b88", "horizontal"),
]
GRADE_STYLES = {
    "high": Style("#d4351c", "crosshatch"),
    "medium": Style("#f47738", "diagonal"),
    "standard": Style("#00703c", "dots"),
    "": Style("#b1b4b6", "solid"),
}


def _pattern(pid: str, style: Style) -> str:
    c = style.colour
    if style.pattern == "solid":
        return ""
    marks = {
        "diagonal": (
            f'<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="{INK}" stroke-width="1.5"/>'
        ),
        "dots": f'<circle cx="4" cy="4" r="1.8" fill="{INK}"/>',
        "crosshatch": ('<path d="M0,0 l8,8 M8,0 l-8,8" stroke="#ffffff" stroke-width="1.5"/>'),
        "horizontal": '<path d="M0,4 h8" stroke="#ffffff" stroke-width="2"/>',
    }[style.pattern]
    return (
        f'<pattern id="{pid}" width="8" height="8" patternUnits="userSpaceOnUse">'
        f'<rect width="8" height="8" fill="{c}"/>{marks}</pattern>'
    )


def _fill(pid: str, style: Style) -> str:
    return style.colour if style.pattern == "solid" else f"url(#{pid})"


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _open(chart_id: str, title: str, desc: str, height: int) -> str:
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="vhub-chart" viewBox="0 0 {} {}" '
        'width="100%" role="img" aria-labelledby="{}-title {}-desc" font-family="{}" '
        'font-size="13" fill="{}"><title id="{}-title">{}</title><desc id="{}-desc">{}</desc>',
        WIDTH,
        height,
        chart_id,
        chart_id,
        FONT,
        INK,
        chart_id,
        title,
        chart_id,
        desc,
    )


def _legend(chart_id: str, names: list[str], styles: list[Style], y: int) -> str:
    parts, x = [], 0
    for i, (name, style) in enumerate(zip(names, styles, strict=True)):
        pid = f"{chart_id}-p{i}"
        parts.append(
            f'<rect x="{x}" y="{y}" width="18" height="14" fill="{_fill(pid, style)}" '
            f'stroke="{INK}"/><text x="{x + 24}" y="{y + 12}">{escape(name)}</text>'
        )
        x += 34 + 8 * len(name)
    return "".join(parts)


def _nice_max(value: float, whole: bool = True) -> float:
    """The top of the axis: four equal steps of a round size, at least `value`; whole-number
    steps for counts."""
    steps = (0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
    for step in steps if not whole else steps[2:]:
        if step * 4 >= value:
            return step * 4
    return value


def bar_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    categories: list[str],
    series: list[tuple[str, list[float | None]]],
    styles: list[Style] | None = None,
    grouped: bool = False,
    maximum: float | None = None,
    value_labels: list[str] | None = None,
    unit: str = "",
    whole: bool = True,
    no_value: str = "no data",
) -> SafeString:
    """Horizontal bars, one row per category; series are stacked (or side by side when
    `grouped`). `value_labels` replaces the text after each row (e.g. '87.5% (7 of 8)'). A value
    of None is a figure that does not exist (nothing to measure), drawn as `no_value` words
    rather than a bar of 0: a "0 h" acknowledgement time would claim an instant one."""
    styles = styles or DEFAULT_STYLES[: len(series)]
    missing = [[v is None for v in values] for _name, values in series]
    # Missing values drawn as 0-length bars (their words come from `missing`).
    bars: list[tuple[str, list[float]]] = [
        (name, [v or 0 for v in values]) for name, values in series
    ]
    label_w, right_w = 230, 130
    bar_w = WIDTH - label_w - right_w
    per_row = 16 * len(bars) + 10 if grouped else 26
    top = 34 if len(bars) > 1 else 8
    height = top + max(1, len(categories)) * (per_row + 10) + 26
    totals = [
        max((s[1][i] for s in bars), default=0) if grouped else sum(s[1][i] for s in bars)
        for i in range(len(categories))
    ]
    scale_max = maximum or _nice_max(max(totals, default=0), whole)
    out = [_open(chart_id, title, desc, height), "<defs>"]
    out += [_pattern(f"{chart_id}-p{i}", s) for i, s in enumerate(styles)]
    out.append("</defs>")
    if len(bars) > 1:
        out.append(_legend(chart_id, [s[0] for s in bars], styles, 4))
    axis_y = top + len(categories) * (per_row + 10)
    for tick in range(5):
        x = label_w + bar_w * tick / 4
        value = scale_max * tick / 4
        out.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{axis_y}" stroke="{GRID}"/>'
            f'<text x="{x:.1f}" y="{axis_y + 16}" text-anchor="middle">'
            f"{value:g}{escape(unit)}</text>"
        )
    if not categories:
        out.append(f'<text x="{label_w + 8}" y="{top + 18}">No data for these filters</text>')
    for row, category in enumerate(categories):
        y = top + row * (per_row + 10)
        out.append(
            f'<text x="{label_w - 8}" y="{y + per_row / 2 + 4:.1f}" text-anchor="end">'
            f"{escape(_short(category))}</text>"
        )
        x = float(label_w)
        for i, (_name, values) in enumerate(bars):
            value = values[row]
            w = bar_w * value / scale_max if scale_max else 0
            by, bh = (y + i * 16 + 2, 14) if grouped else (y, per_row)
            bx = label_w if grouped else x
            if value:
                out.append(
                    f'<rect x="{bx:.1f}" y="{by}" width="{max(w, 1):.1f}" height="{bh}" '
                    f'fill="{_fill(f"{chart_id}-p{i}", styles[i])}" stroke="{INK}"/>'
                )
            if grouped:
                shown = escape(no_value) if missing[i][row] else f"{value:g}{escape(unit)}"
                out.append(f'<text x="{bx + w + 6:.1f}" y="{by + 11}">{shown}</text>')
            elif value and w >= 26 and not value_labels:
                tw = 8 * len(f"{value:g}") + 6
                out.append(
                    f'<rect x="{x + w / 2 - tw / 2:.1f}" y="{y + 5}" width="{tw}" height="16" '
                    f'fill="#ffffff" rx="2"/><text x="{x + w / 2:.1f}" y="{y + 17}" '
                    f'text-anchor="middle">{value:g}</text>'
                )
            x += w
        if not grouped:
            text = value_labels[row] if value_labels else f"{totals[row]:g}{unit}"
            out.append(
                f'<text x="{label_w + bar_w * totals[row] / scale_max + 6:.1f}" '
                f'y="{y + per_row / 2 + 4:.1f}" font-weight="bold">{escape(text)}</text>'
            )
    out.append("</svg>")
    # Every text put into the SVG above went through escape() or format_html().
    return mark_safe("".join(out))  # noqa: S308 # nosec B308 B703


def line_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    days: list[date],
    series: list[tuple[str, list[float]]],
) -> SafeString:
    """Lines over days: the first series solid with round markers, the second dashed with
    square markers, so the two read apart in greyscale."""
    left, right, top, bottom = 50, 20, 34, 40
    height = 280
    plot_w, plot_h = WIDTH - left - right, height - top - bottom
    peak = _nice_max(max((v for _n, values in series for v in values), default=0))
    n = max(1, len(days) - 1)
    styles = [("#1d70b8", "", "circle"), ("#d4351c", "6 4", "square"), ("#00703c", "2 3", "circle")]
    out = [_open(chart_id, title, desc, height)]
    for i, (name, _values) in enumerate(series):
        colour, dash, marker = styles[i]
        x: float = 10 + i * 260
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        shape = (
            f'<circle cx="{x + 15}" cy="12" r="4" fill="{colour}"/>'
            if marker == "circle"
            else f'<rect x="{x + 11}" y="8" width="8" height="8" fill="{colour}"/>'
        )
        out.append(
            f'<line x1="{x}" y1="12" x2="{x + 30}" y2="12" stroke="{colour}" stroke-width="3"'
            f'{dash_attr}/>{shape}<text x="{x + 38}" y="16">{escape(name)}</text>'
        )
    for tick in range(5):
        y = top + plot_h - plot_h * tick / 4
        out.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{WIDTH - right}" y2="{y:.1f}" stroke="{GRID}"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{peak * tick / 4:g}</text>'
        )
    step = max(1, len(days) // 8)
    for i, day in enumerate(days):
        if i % step == 0 or i == len(days) - 1:
            x = left + plot_w * i / n
            out.append(
                f'<text x="{x:.1f}" y="{height - bottom + 18}" text-anchor="middle">'
                f"{day:%-d %b}</text>"
            )
    for i, (_name, values) in enumerate(series):
        colour, dash, marker = styles[i]
        points = [
            (left + plot_w * j / n, top + plot_h - plot_h * v / peak) for j, v in enumerate(values)
        ]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2.5"{dash_attr} points="'
            + " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            + '"/>'
        )
        if len(points) <= 45:
            for x, y in points:
                out.append(
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}"/>'
                    if marker == "circle"
                    else f'<rect x="{x - 3.5:.1f}" y="{y - 3.5:.1f}" width="7" height="7" '
                    f'fill="{colour}"/>'
                )
    out.append("</svg>")
    # Every text put into the SVG above went through escape() or format_html().
    return mark_safe("".join(out))  # noqa: S308 # nosec B308 B703
