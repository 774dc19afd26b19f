"""Every CSV export neutralises formula injection (OWASP "CSV Injection"): text a person typed
that a spreadsheet would run comes out with a leading apostrophe, in every export there is."""

import csv
import io
from collections.abc import Sequence
from decimal import Decimal

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from dashboards.figures import TABLE_KEYS
from partners.actions import do_acknowledge_share, do_create_share
from partners.models import LawfulBasis
from referrals.models import ClockKind, ClockState, IncidentType, Person, ReferralSubject, SlaClock
from referrals.repeats import refresh_repeat_counts
from tests.factories import approved_referral, submit_referral
from vhub.csv_export import FORMULA_STARTS, csv_text, safe_cell
from vhub.models import Agency


def payload(field: str) -> str:
    """A formula that would open a link if a spreadsheet ran it; one per seeded field, so each
    export is seen to carry its own."""
    return f'=HYPERLINK("http://evil.example/{field}","Open")'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+44 1432 123456", "'+44 1432 123456"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("\n=1", "'\n=1"),
        ("  =1", "'  =1"),
        ("Herefordshire = council", "Herefordshire = council"),
        ("practitioner", "practitioner"),
        (None, ""),
        (42, 42),
        (-3, -3),  # a number, not a formula
        (Decimal("-1.5"), Decimal("-1.5")),
        (True, "True"),
    ],
)
def test_safe_cell(value, expected) -> None:
    assert safe_cell(value) == expected


def test_csv_text_makes_the_header_and_every_cell_safe() -> None:
    rows = list(csv.reader(io.StringIO(csv_text(["=A1", "n"], [["@x", -1], [None, "ok"]]))))
    assert rows == [["'=A1", "n"], ["'@x", "-1"], ["", "ok"]]


# --- Every export, end to end ---------------------------------------------------------------

# The CSV routes of the URL configuration; a new one fails the walk until it is listed here.
AUDIT = "/audit/events.csv?action=auth.login_failed"
DISCLOSURES = "/partners/referrals/{reference}/disclosures.csv"
DASHBOARD = "/dashboards/export/{key}.csv"
CSV_ROUTES = {
    "audit/events.csv",
    "partners/referrals/<str:reference>/disclosures.csv",
    "dashboards/export/<slug:key>.csv",
    # Counts per pattern: codes a manager typed are letters, digits, _ and - only, starting
    # with a letter (risk/catalogue.py), so no cell can start a formula.
    "risk/catalogue/patterns.csv",
    "referrals/imports/<int:job_id>/scan.csv",
}

# What each export carries of the text people type. Dashboard tables not named here hold only
# VHub's own words (statuses, grades, clock kinds, dates, references) and numbers; they are
# still checked for any cell a spreadsheet would run.
TYPED_FIELDS = {
    "audit": ["user_agent"],  # the user name tried is inside the details JSON: "{..."
    "disclosures": ["justification", "agency"],
    "dashboard:sla_agency": ["agency"],
    "dashboard:ack": ["agency"],
    "dashboard:overdue": ["agency"],
    "dashboard:incidents": ["incident_type"],
    "dashboard:repeat": ["child"],
}
EXPORTS = [
    "audit",
    "disclosures",
    "import_scan",
    *(f"dashboard:{key}" for key in sorted(TABLE_KEYS)),
]


def _csv_routes() -> set[str]:
    found = set()

    def walk(patterns: Sequence[str], prefix: str) -> None:
        for p in patterns:
            route = prefix + str(p.pattern)
            if isinstance(p, URLResolver):
                walk(p.url_patterns, route)
            elif isinstance(p, URLPattern) and ".csv" in route:
                found.add(route.lstrip("^").rstrip("$"))

    walk(get_resolver().url_patterns, "")
    return found


def test_every_csv_route_is_walked_here() -> None:
    assert _csv_routes() == CSV_ROUTES
    assert set(TYPED_FIELDS) <= set(EXPORTS)


@pytest.fixture
def seeded(client, officer, practitioner, supervisor, partner_a, manager):
    """One of everything an export shows that somebody typed, each set to a formula."""
    Agency.objects.filter(pk=partner_a.agency_id).update(name=payload("agency"))
    kind = IncidentType.objects.get(code="other")
    IncidentType.objects.filter(pk=kind.pk).update(label=payload("incident_type"))
    kind.refresh_from_db()
    referral = approved_referral(officer, practitioner, supervisor, incident_type=kind)
    # Three referrals of one child make a repeat child (the risk model's 3 in 91 days).
    child = Person.objects.create(first_name=payload("child"), last_name="Jones")
    others = [submit_referral(officer) for _ in range(2)]
    ReferralSubject.objects.filter(referral__in=[referral, *others]).update(person=child)
    refresh_repeat_counts([child.pk])  # what the actions do; this moved the child directly
    first = do_create_share(
        referral,
        actor=practitioner,
        agency=partner_a.agency,
        lawful_basis=LawfulBasis.DPA_SCHEDULE_8,
        justification=payload("justification"),
    )
    do_acknowledge_share(first, actor=partner_a)  # a closed acknowledgement clock
    second = do_create_share(
        referral,
        actor=practitioner,
        agency=partner_a.agency,
        lawful_basis=LawfulBasis.DPA_SCHEDULE_8,
        justification="A second version.",
    )
    # Its acknowledgement is overdue: the agency owes it.
    SlaClock.objects.filter(share=second, kind=ClockKind.PARTNER_ACK).update(
        state=ClockState.BREACHED
    )
    # Typed at the sign-in page by anybody: the user name tried and the browser's name.
    client.post(
        "/login/",
        {"username": payload("username"), "password": "x"},
        HTTP_USER_AGENT=payload("user_agent"),
    )
    return referral


def _url(export: str, referral) -> str:
    if export == "audit":
        return AUDIT
    if export == "disclosures":
        return DISCLOSURES.format(reference=referral.reference)
    if export == "import_scan":
        # The referral as a backlog import's: its scan lists it if the reader signalled it.
        from referrals.models import ImportJob, Referral
        from vhub.clock import now

        job = ImportJob.objects.create(original_name="backlog.csv", created_at=now())
        Referral.objects.filter(pk=referral.pk).update(
            import_job=job, source_reference=payload("source_reference")
        )
        return f"/referrals/imports/{job.pk}/scan.csv"
    return DASHBOARD.format(key=export.split(":", 1)[1]) + "?days=30"


def _reader_for(export: str) -> str:
    return {"audit": "auditor", "disclosures": "practitioner"}.get(export, "manager")


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize("export", EXPORTS)
def test_every_csv_export_neutralises_formulas(request, client_for, seeded, export) -> None:
    reader = request.getfixturevalue(_reader_for(export))
    response = client_for(reader).get(_url(export, seeded))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response["X-Content-Type-Options"] == "nosniff"
    body = b"".join(response) if response.streaming else response.content
    cells = [cell for row in csv.reader(io.StringIO(body.decode())) for cell in row]
    assert len(cells) > 1
    for field in TYPED_FIELDS.get(export, []):
        assert any(cell.startswith("'" + payload(field)) for cell in cells), (export, field)
    unsafe = [c for c in cells if c.lstrip(" ").startswith(FORMULA_STARTS) and not _is_number(c)]
    assert unsafe == []
