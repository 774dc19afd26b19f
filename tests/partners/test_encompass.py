"""Operation Encompass: notices proposed at intake, the minimum pack, the school-day clock."""

import io
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth.models import Group
from pypdf import PdfReader

from audit.models import AuditEvent
from partners.encompass import (
    do_mark_encompass_not_needed,
    do_send_encompass_notice,
    is_school_age,
    match_school,
)
from partners.models import EncompassNotice, EncompassStatus, LawfulBasis, SharePurpose
from referrals.models import ClockKind, ClockState, IncidentType, SlaClock, TermDates
from tests.factories import child, submit_referral
from vhub.models import Agency, AgencyKind

LONDON = ZoneInfo("Europe/London")
ENCOMPASS_KEYS = {
    "reference",  # VHub's own reference, so the school can quote it back
    "incident_reference",
    "incident_at",
    "location",
    "narrative",
    "children",
    "pack_template",
    "withheld",
}
ENCOMPASS_CHILD_KEYS = {"name", "date_of_birth", "was_present", "voice_of_child"}


@pytest.fixture
def riverside(db):
    return Agency.objects.create(
        name="Riverside Primary School",
        slug="riverside-primary",
        kind=AgencyKind.SCHOOL,
        area="Herefordshire",
        group=Group.objects.create(name="agency:riverside-primary"),
    )


def _years_ago(years: int, on: date | None = None) -> date:
    on = on or date.today()
    return on.replace(year=on.year - years)


def _send(notice, practitioner, agency):
    return do_send_encompass_notice(
        notice,
        actor=practitioner,
        agency=agency,
        lawful_basis=LawfulBasis.CHILDREN_ACT_2004_S11,
        justification="Operation Encompass.",
    )


def test_school_age_is_reception_to_seventeen() -> None:
    on = date(2026, 11, 22)
    assert is_school_age(date(2022, 8, 31), on)  # turned four last summer: in reception
    assert not is_school_age(date(2022, 9, 1), on)  # starts reception next September
    assert is_school_age(date(2008, 11, 23), on)  # 17, eighteen tomorrow
    assert not is_school_age(date(2008, 11, 22), on)  # 18 today
    assert is_school_age(None, on)  # not known: propose, so nobody is missed


def test_school_names_match_ignoring_case_punctuation_and_filler(riverside) -> None:
    assert match_school("riverside primary", "Herefordshire") == riverside
    assert match_school("The Riverside Primary School.", "") == riverside
    assert match_school("Riverbank Primary", "Herefordshire") is None


def test_a_domestic_abuse_referral_proposes_a_notice_to_the_matched_school(
    officer, riverside
) -> None:
    referral = submit_referral(officer)
    notice = EncompassNotice.objects.get(referral=referral)
    assert notice.agency == riverside
    assert notice.status == EncompassStatus.PROPOSED
    assert SlaClock.objects.get(referral=referral, kind=ClockKind.ENCOMPASS).is_open
    assert AuditEvent.objects.filter(action="encompass.propose", referral=referral).exists()


def test_no_notice_for_other_incidents_for_under_fives_or_children_living_elsewhere(
    officer,
) -> None:
    neglect = IncidentType.objects.exclude(is_domestic_abuse=True).first()
    submit_referral(officer, incident_type=neglect)
    submit_referral(officer, children=[child(date_of_birth=_years_ago(3))])
    submit_referral(officer, children=[child(lives_at_address=False)])
    assert not EncompassNotice.objects.exists()
    assert not SlaClock.objects.filter(kind=ClockKind.ENCOMPASS).exists()


def test_a_child_educated_at_home_goes_to_the_local_authority(officer, herefordshire) -> None:
    referral = submit_referral(officer, children=[child(school="Educated at home")])
    notice = EncompassNotice.objects.get(referral=referral)
    assert notice.home_educated
    assert notice.agency == herefordshire


def test_an_unmatched_school_is_left_for_the_practitioner_to_choose(officer) -> None:
    referral = submit_referral(officer, children=[child(school="St Unknown's Academy")])
    notice = EncompassNotice.objects.get(referral=referral)
    assert notice.agency is None
    assert "choose the school" in notice.match_note


def test_the_encompass_pack_holds_only_the_allowed_fields(
    officer, practitioner, riverside, django_capture_on_commit_callbacks
) -> None:
    sibling = child(first_name="Tom", school="Castle Hill Academy", gp="Dr Secret-Gp-881")
    referral = submit_referral(
        officer,
        children=[child(gp="Dr Secret-Gp-880", address="Hidden-Address-42"), sibling],
        officer_risk_view="Officer-view-secret-993",
    )
    notice = EncompassNotice.objects.get(referral=referral, subject__person__first_name="Lily")
    with django_capture_on_commit_callbacks(execute=True):
        notice = _send(notice, practitioner, riverside)
    share = notice.share
    assert share.purpose == SharePurpose.ENCOMPASS
    assert set(share.snapshot) == ENCOMPASS_KEYS
    assert [set(c) for c in share.snapshot["children"]] == [ENCOMPASS_CHILD_KEYS]  # Lily only
    share.refresh_from_db()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(share.pack_file.read())).pages)
    assert "Lily Smith" in text
    for secret in ("Secret-Gp", "Hidden-Address", "Officer-view-secret", "Tom Smith", "grade"):
        assert secret not in text
    assert "Operation Encompass notice" in text


def test_sending_the_last_notice_meets_the_clock(officer, practitioner, riverside) -> None:
    referral = submit_referral(officer)
    notice = EncompassNotice.objects.get(referral=referral)
    _send(notice, practitioner, riverside)
    clock = SlaClock.objects.get(referral=referral, kind=ClockKind.ENCOMPASS)
    assert clock.state == ClockState.MET
    assert AuditEvent.objects.filter(action="encompass.send", actor=practitioner).exists()


def test_a_notice_recorded_not_needed_stops_the_clock(officer, practitioner) -> None:
    referral = submit_referral(officer)
    notice = EncompassNotice.objects.get(referral=referral)
    do_mark_encompass_not_needed(notice, actor=practitioner, reason="Child has left the area.")
    clock = SlaClock.objects.get(referral=referral, kind=ClockKind.ENCOMPASS)
    assert clock.state == ClockState.CANCELLED


def test_a_school_notice_must_go_to_a_school(officer, practitioner, herefordshire) -> None:
    from vhub.errors import ActionError

    notice = EncompassNotice.objects.get(referral=submit_referral(officer))
    with pytest.raises(ActionError, match="school"):
        _send(notice, practitioner, herefordshire)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        # Friday evening: the next school day is Monday
        (datetime(2026, 11, 20, 19, 0), datetime(2026, 11, 23, 8, 30)),
        # Friday before the May Day bank holiday (4 May 2026, British Summer Time): Tuesday
        (datetime(2026, 5, 1, 20, 0), datetime(2026, 5, 5, 8, 30)),
        # a school morning before registration: the same morning
        (datetime(2026, 11, 17, 7, 0), datetime(2026, 11, 17, 8, 30)),
        # during the school day: tomorrow
        (datetime(2026, 11, 17, 10, 0), datetime(2026, 11, 18, 8, 30)),
    ],
)
def test_the_encompass_clock_is_due_before_the_next_school_day(officer, received, due) -> None:
    with time_machine.travel(received.replace(tzinfo=LONDON), tick=False):
        referral = submit_referral(officer)
    clock = SlaClock.objects.get(referral=referral, kind=ClockKind.ENCOMPASS)
    assert clock.calendar == "school_days"
    assert clock.due_at.astimezone(LONDON).replace(tzinfo=None) == due


def test_the_encompass_clock_skips_half_term_from_term_dates(officer, herefordshire) -> None:
    TermDates.objects.create(
        local_authority=herefordshire, first_day=date(2026, 9, 2), last_day=date(2026, 10, 23)
    )
    TermDates.objects.create(
        local_authority=herefordshire, first_day=date(2026, 11, 2), last_day=date(2026, 12, 18)
    )
    with time_machine.travel(datetime(2026, 10, 23, 18, 0, tzinfo=LONDON), tick=False):
        referral = submit_referral(officer)
    clock = SlaClock.objects.get(referral=referral, kind=ClockKind.ENCOMPASS)
    assert clock.due_at.astimezone(LONDON) == datetime(2026, 11, 2, 8, 30, tzinfo=LONDON)
    assert clock.due_at - clock.started_at > timedelta(days=9)


def test_the_referral_page_shows_the_notices_and_the_clock(
    officer, practitioner, client_for
) -> None:
    referral = submit_referral(officer)
    page = client_for(practitioner).get(f"/referrals/{referral.reference}/").content.decode()
    assert "Operation Encompass" in page
    assert "Operation Encompass notice" in page  # the clock, in the clocks column
    notice = EncompassNotice.objects.get(referral=referral)
    assert f"/partners/encompass/{notice.pk}/" in page


def test_the_practitioner_sends_a_notice_from_its_page(
    officer, practitioner, riverside, client_for
) -> None:
    notice = EncompassNotice.objects.get(referral=submit_referral(officer))
    client = client_for(practitioner)
    assert client.get(f"/partners/encompass/{notice.pk}/").status_code == 200
    response = client.post(
        f"/partners/encompass/{notice.pk}/",
        {
            "form": "send",
            "agency": riverside.pk,
            "lawful_basis": "ca2004_s11",
            "justification": "Operation Encompass.",
        },
    )
    assert response.status_code == 302
    notice.refresh_from_db()
    assert notice.status == EncompassStatus.SENT


@pytest.mark.parametrize("who", ["officer", "partner_a", "manager", "auditor", "outsider"])
def test_only_caseworkers_open_a_notice_and_refusals_are_audited(
    db, request, client_for, officer, who
) -> None:
    notice = EncompassNotice.objects.get(referral=submit_referral(officer))
    user = request.getfixturevalue(who)
    response = client_for(user).get(f"/partners/encompass/{notice.pk}/")
    assert response.status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()
