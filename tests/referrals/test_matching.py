"""Search before create: matching a referral's child to a known person, and merging."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent
from referrals.actions.matching import do_decide_match
from referrals.matching import find_candidates
from referrals.models import MatchStatus, Person, PersonMatch, ReferralSubject
from risk.models import FlagKind, UnderGradingFlag
from tests.factories import child, submit_referral, submitted_assessment
from tests.plans import plan_nodes, plan_on_a_large_table
from vhub.errors import ActionError, ActionPermissionError

BORN = date(2019, 4, 3)


def _child_of(referral) -> Person:
    return referral.subjects.get()


def test_jon_smyth_matches_john_smith_with_the_same_date_of_birth(officer) -> None:
    known = submit_referral(
        officer,
        children=[
            child(first_name="John", last_name="Smith", date_of_birth=BORN, address="", postcode="")
        ],
    )
    new = submit_referral(
        officer,
        children=[
            child(first_name="Jon", last_name="Smyth", date_of_birth=BORN, address="", postcode="")
        ],
    )
    (match,) = _child_of(new).matches.all()
    assert match.candidate == _child_of(known).person
    assert match.reason == "same date of birth and names alike"
    assert 0.3 <= match.similarity < 1


def test_a_different_date_of_birth_is_not_a_match(officer) -> None:
    submit_referral(
        officer,
        children=[
            child(first_name="John", last_name="Smith", date_of_birth=BORN, address="", postcode="")
        ],
    )
    new = submit_referral(
        officer,
        children=[
            child(
                first_name="Jon",
                last_name="Smyth",
                date_of_birth=date(2019, 4, 4),
                address="",
                postcode="",
            )
        ],
    )
    assert not _child_of(new).matches.exists()


def test_a_dissimilar_name_with_the_same_date_of_birth_is_not_a_match(officer) -> None:
    submit_referral(
        officer,
        children=[
            child(first_name="John", last_name="Smith", date_of_birth=BORN, address="", postcode="")
        ],
    )
    new = submit_referral(
        officer,
        children=[
            child(first_name="Priya", last_name="Kaur", date_of_birth=BORN, address="", postcode="")
        ],
    )
    assert not _child_of(new).matches.exists()


def test_the_same_address_suggests_a_match(officer) -> None:
    known = submit_referral(
        officer,
        children=[
            child(
                first_name="Ava",
                last_name="Jones",
                date_of_birth=None,
                address="12 Mill Lane, Hereford",
                postcode="HR1 2AB",
            )
        ],
    )
    new = submit_referral(
        officer,
        children=[
            child(
                first_name="Ava",
                last_name="Jones-Price",
                date_of_birth=None,
                address="12 Mill Lane Hereford",
                postcode="HR1 2AB",
            )
        ],
    )
    (match,) = _child_of(new).matches.all()
    assert match.candidate == _child_of(known).person
    assert match.reason == "same address and names very alike"


@pytest.mark.parametrize("born", [date(2017, 9, 12), None])
def test_a_brother_or_sister_at_the_same_address_is_not_offered_as_the_same_child(
    officer, born
) -> None:
    """Found in use: siblings at one address were offered as possibly the same child, worded
    "names 0.00 alike (1 is identical)"."""
    home = {"address": "12 Mill Lane, Hereford", "postcode": "HR1 2AB"}
    submit_referral(
        officer,
        children=[child(first_name="Lily", last_name="Smith", date_of_birth=BORN, **home)],
    )
    new = submit_referral(
        officer,
        children=[child(first_name="Noah", last_name="Smith", date_of_birth=born, **home)],
    )
    assert not _child_of(new).matches.exists()


def test_the_same_date_of_birth_at_the_same_address_is_a_reason(officer) -> None:
    home = {"address": "12 Mill Lane, Hereford", "postcode": "HR1 2AB"}
    known = submit_referral(
        officer,
        children=[child(first_name="Lily", last_name="Smith", date_of_birth=BORN, **home)],
    )
    new = submit_referral(
        officer,
        children=[child(first_name="Lilly", last_name="Smith", date_of_birth=BORN, **home)],
    )
    (match,) = _child_of(new).matches.all()
    assert match.candidate == _child_of(known).person
    assert match.reason == "same date of birth, same address and names very alike"


def test_the_match_panel_says_why_in_words(client_for, officer, practitioner) -> None:
    submit_referral(
        officer, children=[child(first_name="John", last_name="Smith", date_of_birth=BORN)]
    )
    new = submit_referral(
        officer,
        children=[
            child(first_name="Jon", last_name="Smyth", date_of_birth=BORN, address="", postcode="")
        ],
    )
    page = client_for(practitioner).get(f"/referrals/{new.reference}/").content.decode()
    assert "Same date of birth and names alike." in page
    assert "1 is identical" not in page
    assert "0." not in page[page.index("vhub-match") :][:600]


def test_confirming_links_the_records_keeps_both_histories_and_finds_the_repeat_child(
    officer, practitioner
) -> None:
    earlier = [
        submit_referral(
            officer, children=[child(first_name="John", last_name="Smith", date_of_birth=BORN)]
        )
        for _ in range(2)
    ]
    known = _child_of(earlier[0]).person
    ReferralSubject.objects.filter(referral=earlier[1]).update(person=known)
    new = submit_referral(
        officer, children=[child(first_name="Jon", last_name="Smyth", date_of_birth=BORN)]
    )
    submitted_assessment(new, practitioner, grade="standard")
    duplicate = _child_of(new).person
    match = _child_of(new).matches.get(candidate=known)

    do_decide_match(match, actor=practitioner, confirm=True)

    assert _child_of(new).person == known
    duplicate.refresh_from_db()
    assert duplicate.merged_into == known  # the duplicate record is kept
    assert ReferralSubject.objects.filter(person=known).count() == 3
    assert UnderGradingFlag.objects.filter(referral=new, kind=FlagKind.REPEAT).exists()
    assert AuditEvent.objects.filter(action="person.match_confirm", referral=new).exists()


def test_rejecting_changes_nothing_but_the_suggestion(officer, practitioner) -> None:
    submit_referral(
        officer, children=[child(first_name="John", last_name="Smith", date_of_birth=BORN)]
    )
    new = submit_referral(
        officer, children=[child(first_name="Jon", last_name="Smyth", date_of_birth=BORN)]
    )
    person = _child_of(new).person
    match = _child_of(new).matches.get()
    do_decide_match(match, actor=practitioner, confirm=False)
    match.refresh_from_db()
    assert match.status == MatchStatus.REJECTED
    assert _child_of(new).person == person
    with pytest.raises(ActionError, match="already been"):
        do_decide_match(match, actor=practitioner, confirm=True)


def test_merged_records_are_not_offered_again(officer, practitioner) -> None:
    submit_referral(
        officer, children=[child(first_name="John", last_name="Smith", date_of_birth=BORN)]
    )
    second = submit_referral(
        officer, children=[child(first_name="Jon", last_name="Smyth", date_of_birth=BORN)]
    )
    do_decide_match(_child_of(second).matches.get(), actor=practitioner, confirm=True)
    third = Person.objects.create(first_name="John", last_name="Smith", date_of_birth=BORN)
    assert len(find_candidates(third)) == 1  # the known child only, not the merged duplicate


@pytest.mark.parametrize("who", ["officer", "manager", "partner_a"])
def test_only_caseworkers_decide_matches(db, request, officer, who) -> None:
    submit_referral(
        officer, children=[child(first_name="John", last_name="Smith", date_of_birth=BORN)]
    )
    new = submit_referral(
        officer, children=[child(first_name="Jon", last_name="Smyth", date_of_birth=BORN)]
    )
    with pytest.raises(ActionPermissionError):
        do_decide_match(
            _child_of(new).matches.get(), actor=request.getfixturevalue(who), confirm=True
        )


def test_practitioner_sees_the_suggestion_and_the_chronology(
    client_for, officer, practitioner
) -> None:
    known = submit_referral(
        officer, children=[child(first_name="John", last_name="Smith", date_of_birth=BORN)]
    )
    new = submit_referral(
        officer, children=[child(first_name="Jon", last_name="Smyth", date_of_birth=BORN)]
    )
    client = client_for(practitioner)
    page = client.get(f"/referrals/{new.reference}/").content.decode()
    assert "Possibly a child the hub already knows" in page
    match = PersonMatch.objects.get()
    client.post(f"/referrals/matches/{match.pk}/", {"decision": "confirm"})
    person = _child_of(known).person
    chronology = client.get(f"/referrals/people/{person.pk}/").content.decode()
    assert known.reference in chronology
    assert new.reference in chronology
    assert AuditEvent.objects.filter(action="person.view", actor=practitioner).exists()


@pytest.mark.parametrize("who", ["officer", "partner_a", "partner_b", "auditor", "outsider"])
def test_a_persons_chronology_is_closed_to_other_roles(
    db, request, client_for, officer, who
) -> None:
    referral = submit_referral(officer)
    user = request.getfixturevalue(who)
    response = client_for(user).get(f"/referrals/people/{_child_of(referral).person_id}/")
    assert response.status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_people_born_the_same_day_are_compared_from_the_index_alone(officer) -> None:
    """Matching compares a child's names with everyone born the same day; the index on the
    date of birth carries what it reads, so the scan need not visit each person's row (a read
    that grows with the people: bench/README.md, "Search and import as people accumulate")."""
    known = submit_referral(officer, children=[child(date_of_birth=BORN)])
    with CaptureQueriesContext(connection) as matching:
        find_candidates(_child_of(known).person)
    candidates = next(q["sql"] for q in matching.captured_queries if "WITH probe" in q["sql"])
    # As a live hub's table is, vacuumed: an index-only scan skips the rows only of pages the
    # visibility map marks all-visible, and on a table never vacuumed (as in a test) PostgreSQL
    # may as well visit the rows from the same index, whichever the statistics favour.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE) referrals_person")
    plan = plan_on_a_large_table(candidates)
    scans = [(node["Node Type"], node.get("Index Name", "")) for node in plan_nodes(plan)]
    assert ("Index Only Scan", "person_live_birth") in scans
