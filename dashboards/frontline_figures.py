"""The frontline figures as tables and charts (docs/frontline.md): for the area contact's page,
the learning-needs report, the officers' audit results, the dashboard and the daily report."""

from datetime import date

from django.urls import reverse
from django.utils import timezone

from dashboards import charts
from dashboards.tables import Link, Table
from risk.frontline import (
    AttentionRow,
    Completion,
    Gap,
    GapRow,
    Rate,
    VoiceRow,
    factor_labels,
    officer_audit_results,
    top_missed,
)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:g}%"


def _rate_table(key: str, caption: str, first: str, rates: list[Rate]) -> Table:
    rows: list[list[object]] = [
        [r.label, r.children, r.sent, r.complete, _pct(r.complete_percent)] for r in rates
    ]
    chart = charts.bar_chart(
        chart_id=f"chart-{key}",
        title=caption,
        desc="The share of children on the referrals whose officer sent a complete initial "
        "assessment (a grade, their reasons and the voice of the child).",
        categories=[r.label for r in rates],
        series=[("Complete", [r.complete_percent or 0 for r in rates])],
        maximum=100,
        unit="%",
        value_labels=[f"{_pct(r.complete_percent)} ({r.complete} of {r.children})" for r in rates],
    )
    return Table(
        key=key,
        caption=caption,
        headers=[first, "Children", "Officer's assessment sent", "Complete", "Complete (%)"],
        rows=rows,
        chart=chart,
        numeric={1, 2, 3, 4},
    )


def completion_tables(c: Completion) -> list[Table]:
    return [
        _rate_table(
            "completion_area",
            "Officers' assessments completed, by policing area",
            "Policing area",
            c.by_area,
        ),
        _rate_table(
            "completion_team", "Officers' assessments completed, by team", "Team", c.by_team
        ),
        _rate_table(
            "completion_officer",
            "Officers' assessments completed, by officer",
            "Officer",
            c.by_officer,
        ),
    ]


def _gap_table(
    key: str, caption: str, first: str, groups: list[GapRow], labels: dict[str, str]
) -> Table:
    chart = charts.bar_chart(
        chart_id=f"chart-{key}",
        title=caption,
        desc="The share of approved assessments where the officer's grade was below the final "
        "approved grade.",
        categories=[g.label for g in groups],
        series=[("Under-graded", [g.under_percent or 0 for g in groups])],
        maximum=100,
        unit="%",
        value_labels=[f"{_pct(g.under_percent)} ({g.under} of {g.approved})" for g in groups],
        styles=[charts.GRADE_STYLES["high"]],
    )
    return Table(
        key=key,
        caption=caption,
        headers=[
            first,
            "Approved",
            "Under-graded by the officer",
            "Under-graded (%)",
            "Factors most often missed",
        ],
        rows=[
            [g.label, g.approved, g.under, _pct(g.under_percent), top_missed(g, labels) or "—"]
            for g in groups
        ],
        chart=chart,
        numeric={1, 2, 3},
    )


def gap_tables(g: Gap) -> list[Table]:
    labels = factor_labels() if g.total.missed else {}
    return [
        _gap_table(
            "gap_area", "Under-grading gap by policing area", "Policing area", g.by_area, labels
        ),
        _gap_table("gap_team", "Under-grading gap by team", "Team", g.by_team, labels),
        _gap_table("gap_officer", "Under-grading gap by officer", "Officer", g.by_officer, labels),
        Table(
            key="gap_factors",
            caption="Factors the hub found that officers missed, most often first",
            headers=["Factor", "Missed", "Of which the officer under-graded"],
            rows=[[f.label, f.missed, f.under] for f in g.factors],
            numeric={1, 2},
            chart=charts.bar_chart(
                chart_id="chart-gap-factors",
                title="Factors officers missed most often",
                desc="How many approved assessments had each factor that the officer did not tick.",
                categories=[f.label for f in g.factors[:10]],
                series=[("Missed", [f.missed for f in g.factors[:10]])],
            )
            if g.factors
            else None,
        ),
    ]


def attention_table(rows: list[AttentionRow], *, can_send: bool, can_open: bool) -> Table:
    """The area contact's list. The link is the feedback page for the contact (who does not
    open the referral itself) and the referral page for the hub's supervisors and managers."""
    listed: list[list[object]] = []
    for r in rows:
        if can_open:
            first: object = Link(r.reference, reverse("referrals:detail", args=[r.reference]))
        else:
            first = r.reference
        action: object = "—"
        if can_send and r.officer_named:
            action = Link(
                f"Write to the officer about {r.reference}",
                reverse("dashboards:frontline_feedback", args=[r.reference]),
            )
        elif can_send:
            action = "Their own area's contact writes to them"
        listed.append(
            [
                first,
                f"{timezone.localtime(r.received_at):%-d %b %Y}",
                r.officer,
                "; ".join(r.problems),
                action,
            ]
        )
    return Table(
        key="attention",
        caption="Referrals whose officer assessment needs a look",
        headers=["Referral", "Received", "Officer", "What needs a look", "Action"],
        rows=listed,
        referrals=[r.referral_id for r in rows],
    )


def voice_tables(areas: list[VoiceRow], months: list[tuple[date, VoiceRow]]) -> list[Table]:
    def rows(items: list[VoiceRow]) -> list[list[object]]:
        return [
            [v.label, v.referrals, v.captured, v.reason_only, v.not_recorded, _pct(v.percent)]
            for v in items
        ]

    headers = ["", "Referrals", "Voice captured", "Only a reason", "Not recorded", "Captured (%)"]
    month_rows = [v for _day, v in months]
    return [
        Table(
            key="voice",
            caption="Voice of the child captured, by area",
            headers=["Area", *headers[1:]],
            rows=rows(areas),
            numeric={1, 2, 3, 4, 5},
            chart=charts.bar_chart(
                chart_id="chart-voice",
                title="Voice of the child captured, by area",
                desc="The share of referrals where every child's voice was captured in their "
                "words, feelings or behaviour (a reason it was not does not count).",
                categories=[v.label for v in areas],
                series=[("Captured", [v.percent or 0 for v in areas])],
                maximum=100,
                unit="%",
                value_labels=[f"{_pct(v.percent)} ({v.captured} of {v.referrals})" for v in areas],
            ),
        ),
        Table(
            key="voice_month",
            caption="Voice of the child captured, by month",
            headers=["Month", *headers[1:]],
            rows=rows(month_rows),
            numeric={1, 2, 3, 4, 5},
            chart=charts.bar_chart(
                chart_id="chart-voice-month",
                title="Voice of the child captured, by month",
                desc="The share of referrals received each month where every child's voice was "
                "captured.",
                categories=[v.label for v in month_rows],
                series=[("Captured", [v.percent or 0 for v in month_rows])],
                maximum=100,
                unit="%",
                value_labels=[
                    f"{_pct(v.percent)} ({v.captured} of {v.referrals})" for v in month_rows
                ],
            ),
        ),
    ]


def frontline_table(c: Completion, g: Gap) -> Table:
    """The dashboard's frontline figure: per policing area, completion and the gap."""
    gaps = {row.label: row for row in g.by_area}
    labels = [r.label for r in c.by_area] + [
        x for x in gaps if x not in {r.label for r in c.by_area}
    ]
    rates = {r.label: r for r in c.by_area}
    rows: list[list[object]] = []
    for label in labels:
        rate, gap = rates.get(label, Rate(label)), gaps.get(label, GapRow(label))
        rows.append(
            [
                label,
                rate.children,
                _pct(rate.complete_percent),
                gap.approved,
                gap.under,
                _pct(gap.under_percent),
            ]
        )
    return Table(
        key="frontline",
        caption="Officers' risk assessments by policing area",
        headers=[
            "Policing area",
            "Children referred",
            "Officer's assessment complete",
            "Approved",
            "Under-graded by the officer",
            "Under-graded (%)",
        ],
        rows=rows,
        numeric={1, 2, 3, 4, 5},
        chart=charts.bar_chart(
            chart_id="chart-frontline",
            title="Officers' assessments complete and under-graded, by policing area",
            desc="For each policing area: the share of children whose officer sent a complete "
            "initial assessment, and the share of approved assessments the officer under-graded.",
            categories=labels,
            series=[
                ("Complete", [rates.get(x, Rate(x)).complete_percent or 0 for x in labels]),
                ("Under-graded", [gaps.get(x, GapRow(x)).under_percent or 0 for x in labels]),
            ],
            grouped=True,
            maximum=100,
            unit="%",
        ),
        note="Complete: a grade, the officer's reasons and the voice of the child. Under-graded: "
        "the officer's grade was below the final approved grade.",
    )


OFFICER_AUDIT_BY = {"area": "Policing area", "team": "Team", "officer": "Officer"}


def officer_audit_table(by: str) -> Table:
    rows = list(officer_audit_results(by=by))
    categories = [f"{r['month']:%b %Y} {r['label'] or 'No team'}" for r in rows]
    return Table(
        key=f"officer_audit_{by}",
        caption=f"Officers' submissions audited, by {OFFICER_AUDIT_BY[by].lower()} and month",
        headers=[
            "Month",
            OFFICER_AUDIT_BY[by],
            "Audited",
            "Completeness",
            "Voice of the child",
            "Factors identified",
            "Grade agreed",
        ],
        rows=[
            [
                f"{r['month']:%b %Y}",
                r["label"] or "No team",
                r["audited"],
                f"{r['completeness']:.2f}",
                f"{r['voice']:.2f}",
                f"{r['factors']:.2f}",
                f"{r['agreed']} of {r['audited']}",
            ]
            for r in rows
        ],
        numeric={2, 3, 4, 5},
        chart=charts.bar_chart(
            chart_id=f"chart-officer-audit-{by}",
            title=f"Mean rubric scores of officers' submissions, by {OFFICER_AUDIT_BY[by].lower()}",
            desc="Mean scores from 1 (inadequate) to 4 (outstanding) for completeness, the voice "
            "of the child and the factors identified.",
            categories=categories,
            series=[
                ("Completeness", [round(r["completeness"], 2) for r in rows]),
                ("Voice of the child", [round(r["voice"], 2) for r in rows]),
                ("Factors identified", [round(r["factors"], 2) for r in rows]),
            ],
            grouped=True,
            maximum=4,
            whole=False,
        )
        if rows
        else None,
    )
