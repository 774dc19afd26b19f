"""MARAC: the criteria, referring (audited), and the next meeting's list."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from audit.models import AuditEvent
from partners.marac import (
    POTENTIAL_ESCALATION,
    PROFESSIONAL_JUDGEMENT,
    REPEAT,
    VISIBLE_HIGH_RISK,
    check_marac,
    do_add_marac_meeting,
    do_refer_to_marac,
    marac_list,
)
from partners.models import LawfulBasis, MaracMeeting, SharePurpose
from referrals.models import IncidentType, Referral, ReferralSubject
from referrals.selectors import referral_detail
from risk.models import ChildRiskAssessment
from tests.factories import approved_referral, child, submit_referral
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError


@pytest.fixture
def meeting(db):
    return MaracMeeting.objects.create(date=timezone.localdate() + timedelta(days=7))


def _refer(referral, practitioner, meeting, judgement: str = ""):
    return do_refer_to_marac(
        referral,
        actor=practitioner,
        meeting=meeting,
        professional_judgement=judgement,
        lawful_basis=LawfulBasis.CRIME_AND_DISORDER_S115,
        justification="High-risk domestic abuse.",
    )


def _same_household(first, *others) -> None:
    person = first.subjects.get().person
    for other in others:
        ReferralSubject.objects.filter(referral=other).update(person=person)


def test_fourteen_checklist_indicators_is_visible_high_risk(
    officer, practitioner, supervisor
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    assert VISIBLE_HIGH_RISK not in check_marac(referral).met
    ChildRiskAssessment.objects.filter(referral=referral).update(
        da_yes_codes=[f"q{i}" for i in range(14)]
    )
    check = check_marac(referral)
    assert VISIBLE_HIGH_RISK in check.met
    assert "14 risk indicators" in check.criteria[0].detail


def test_thirteen_indicators_is_not(officer, practitioner, supervisor) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    ChildRiskAssessment.objects.filter(referral=referral).update(
        da_yes_codes=[f"q{i}" for i in range(13)]
    )
    assert VISIBLE_HIGH_RISK not in check_marac(referral).met


def test_three_incidents_in_twelve_months_is_potential_escalation(officer) -> None:
    a = submit_referral(officer, incident_at=now() - timedelta(days=300))
    b = submit_referral(officer, incident_at=now() - timedelta(days=100))
    c = submit_referral(officer)
    old = submit_referral(officer, incident_at=now() - timedelta(days=400))
    _same_household(c, a, old)
    assert POTENTIAL_ESCALATION not in check_marac(c).met  # c, a (old is outside 12 months)
    _same_household(c, b)
    assert POTENTIAL_ESCALATION in check_marac(c).met


def test_a_new_incident_within_twelve_months_of_a_marac_referral_is_a_repeat(
    officer, practitioner, supervisor, meeting
) -> None:
    first = approved_referral(officer, practitioner, supervisor)
    _refer(first, practitioner, meeting, judgement="Victim very frightened.")
    second = submit_referral(officer)
    assert REPEAT not in check_marac(second).met
    _same_household(first, second)
    check = check_marac(second)
    assert REPEAT in check.met
    assert "Referred to MARAC on" in check.criteria[2].detail


def test_criteria_do_not_apply_to_other_incidents(officer) -> None:
    neglect = IncidentType.objects.exclude(is_domestic_abuse=True).first()
    assert not check_marac(submit_referral(officer, incident_type=neglect)).applies


def test_referring_needs_a_criterion_or_professional_judgement(
    officer, practitioner, supervisor, meeting
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    with pytest.raises(ActionError, match="none of the MARAC criteria"):
        _refer(referral, practitioner, meeting)
    case = _refer(referral, practitioner, meeting, judgement="Escalating coercive control.")
    assert case.criteria == [PROFESSIONAL_JUDGEMENT]
    assert case.share.purpose == SharePurpose.MARAC
    assert case.share.agency.slug == "marac"
    assert case.share.pack_template == "marac"
    event = AuditEvent.objects.get(action="marac.refer")
    assert event.actor == practitioner
    assert event.details["criteria"] == [PROFESSIONAL_JUDGEMENT]


def test_a_case_is_listed_once_per_meeting(officer, practitioner, supervisor, meeting) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    _refer(referral, practitioner, meeting, judgement="Yes.")
    with pytest.raises(ActionError, match="already on the list"):
        _refer(referral, practitioner, meeting, judgement="Again.")


def test_the_list_puts_cases_with_children_first_and_flags_repeats(
    officer, practitioner, supervisor, meeting
) -> None:
    no_children = approved_referral(
        officer, practitioner, supervisor, children=[child(lives_at_address=False)]
    )
    with_children = approved_referral(officer, practitioner, supervisor)
    earlier = approved_referral(officer, practitioner, supervisor)
    earlier_meeting = MaracMeeting.objects.create(date=timezone.localdate())
    _refer(earlier, practitioner, earlier_meeting, judgement="First time.")
    repeat = approved_referral(officer, practitioner, supervisor)
    _same_household(earlier, repeat)
    for referral in (no_children, with_children, repeat):
        _refer(referral, practitioner, meeting, judgement="Judged high risk.")
    rows = list(marac_list(meeting))
    assert [r.referral for r in rows] == [with_children, repeat, no_children]
    assert [r.is_repeat for r in rows] == [False, True, False]


def test_the_list_page_links_each_case_pack_in_a_constant_number_of_queries(
    officer, practitioner, supervisor, meeting, client_for, django_assert_num_queries
) -> None:
    for _ in range(2):
        _refer(approved_referral(officer, practitioner, supervisor), practitioner, meeting, "Yes.")

    def evaluate():
        rows = list(marac_list(meeting))
        for r in rows:  # what the list page reads
            _ = (r.referral.reference, r.referral.incident_type.label, r.share.pack_sha256)
            _ = (r.referral.local_authority, r.referred_by)
        return rows

    # 1: the cases joined to referral, incident type, authority, share and referrer
    with django_assert_num_queries(1):
        assert len(evaluate()) == 2
    for _ in range(3):
        _refer(approved_referral(officer, practitioner, supervisor), practitioner, meeting, "Yes.")
    with django_assert_num_queries(1):
        assert len(evaluate()) == 5

    page = client_for(practitioner).get("/partners/marac/").content.decode()
    case = marac_list(meeting).first()
    assert f"/partners/shares/{case.share_id}/" in page


def test_meeting_dates_are_configuration_a_manager_keeps(manager, practitioner, client_for) -> None:
    with pytest.raises(ActionPermissionError):
        do_add_marac_meeting(actor=practitioner, day=date(2030, 1, 8))
    day = timezone.localdate() + timedelta(days=14)
    response = client_for(manager).post(
        "/partners/marac/meetings/",
        {"day_0": day.day, "day_1": day.month, "day_2": day.year, "note": "Hereford"},
    )
    assert response.status_code == 302
    assert MaracMeeting.objects.get().date == day
    assert AuditEvent.objects.filter(action="marac_meeting.add", actor=manager).exists()


def test_the_referral_page_shows_the_criteria(
    officer, practitioner, supervisor, client_for
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    page = client_for(practitioner).get(f"/referrals/{referral.reference}/").content.decode()
    assert "Visible high risk" in page
    assert "Potential escalation" in page
    assert f"/partners/referrals/{referral.reference}/marac/" in page


def test_the_practitioner_refers_through_the_page(
    officer, practitioner, supervisor, meeting, client_for
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    response = client_for(practitioner).post(
        f"/partners/referrals/{referral.reference}/marac/",
        {
            "meeting": meeting.pk,
            "professional_judgement": "Escalating abuse.",
            "lawful_basis": "cda1998_s115",
            "justification": "MARAC needs the case.",
        },
    )
    assert response.status_code == 302
    assert referral.marac_referrals.get().meeting == meeting


@pytest.mark.parametrize(
    ("who", "path"),
    [
        ("officer", "/partners/marac/"),
        ("partner_a", "/partners/marac/"),
        ("auditor", "/partners/marac/"),
        ("practitioner", "/partners/marac/meetings/"),
        ("partner_a", "/partners/marac/meetings/"),
        ("manager", "/partners/referrals/{ref}/marac/"),
        ("partner_a", "/partners/referrals/{ref}/marac/"),
        ("officer", "/partners/referrals/{ref}/marac/"),
    ],
)
def test_wrong_roles_and_partners_are_refused_marac_pages_and_it_is_audited(
    db, request, client_for, officer, practitioner, supervisor, who, path
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    user = request.getfixturevalue(who)
    response = client_for(user).get(path.format(ref=referral.reference))
    assert response.status_code in (403, 404)
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


@pytest.mark.parametrize("lives_at_address", [True, False, None])
def test_on_the_referral_page_the_check_reads_the_loaded_subjects(
    officer, practitioner, supervisor, django_assert_num_queries, lives_at_address
) -> None:
    """The referral page has loaded the referral's subjects (referral_detail): the check reads
    the household and whether a child lives at the address from them (two statements fewer)
    and gives the answers it gives when it reads them itself."""
    earlier = approved_referral(officer, practitioner, supervisor)
    referral = approved_referral(
        officer, practitioner, supervisor, children=[child(lives_at_address=lives_at_address)]
    )
    _same_household(earlier, referral)
    with_type = Referral.objects.select_related("incident_type")  # as access_referral reads it
    read_alone = check_marac(with_type.get(pk=referral.pk))
    page = referral_detail(with_type.get(pk=referral.pk))
    # 1: the children's DA checklists; 2: the household's domestic-abuse incidents in the 12
    # months; 3: the household's last MARAC referral. The household and whether a child lives
    # at the address come from the subjects the page loaded.
    with django_assert_num_queries(3):
        on_page = check_marac(page)
    assert on_page == read_alone
    assert on_page.has_children is (lives_at_address is not False)
    assert "2 police-reported" in on_page.criteria[1].detail
