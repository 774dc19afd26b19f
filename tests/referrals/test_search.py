"""Search across every person and referral (referrals/search.py): what it finds, whom it finds
it for, and the audit of each search."""

import threading
from datetime import date

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from audit.models import AuditEvent
from referrals.actions.closure import do_close_referral
from referrals.actions.matching import do_decide_match
from referrals.models import ClosureOutcome, Person, PersonName, Referral, SubjectRole
from referrals.search import (
    PersonResult,
    SearchTerms,
    _people_sql,
    phonetic_available,
    repair_person_names,
    search_people,
)
from tests.factories import child, submit_referral, submitted_assessment
from tests.plans import plan_nodes, plan_on_a_large_table

BORN = date(2019, 3, 27)


def _lily(officer: User, **overrides: object) -> Referral:
    return submit_referral(officer, children=[child(**{"date_of_birth": BORN, **overrides})])


def _names(results: list[PersonResult]) -> list[str]:
    return [r.person.full_name for r in results]


def test_a_misspelt_name_finds_the_child(officer, practitioner):
    referral = _lily(officer)
    results = search_people(user=practitioner, terms=SearchTerms(name="Lilly Smyth"))
    assert _names(results) == ["Lily Smith"]
    assert [s.referral for s in results[0].appearances] == [referral]


def test_a_surname_alone_finds_everyone_of_that_name(officer, practitioner):
    _lily(officer)
    _lily(officer, first_name="Oscar", date_of_birth=date(2017, 1, 2))
    _lily(officer, first_name="Ruby", last_name="Jones")
    results = search_people(user=practitioner, terms=SearchTerms(name="smith"))
    assert sorted(_names(results)) == ["Lily Smith", "Oscar Smith"]


def test_every_term_given_must_match(officer, practitioner):
    _lily(officer)
    _lily(officer, date_of_birth=date(2015, 6, 1), postcode="SY1 1AA")
    by_birth = SearchTerms(name="Lily Smith", date_of_birth=BORN)
    assert [r.person.date_of_birth for r in search_people(user=practitioner, terms=by_birth)] == [
        BORN
    ]
    by_postcode = SearchTerms(postcode="sy11aa")
    assert [r.person.postcode for r in search_people(user=practitioner, terms=by_postcode)] == [
        "SY1 1AA"
    ]
    assert search_people(user=practitioner, terms=SearchTerms(name="Lily", school="Oakfield")) == []


def test_reference_address_and_school_find_the_child(officer, practitioner):
    referral = _lily(officer, address="4 Castle Street, Ludlow", school="Ludlow Junior School")
    _lily(officer, first_name="Ruby", address="9 Bridge Road, Ross", school="Ross Infants")
    for terms in (
        SearchTerms(reference=referral.reference.lower()),
        SearchTerms(address="castle street ludlow"),
        SearchTerms(school="ludlow junior"),
    ):
        assert _names(search_people(user=practitioner, terms=terms)) == ["Lily Smith"], terms


def test_closed_referrals_are_found(officer, practitioner, supervisor):
    referral = _lily(officer)
    outcome = ClosureOutcome.objects.get(code="no-further-action-police")
    do_close_referral(referral, actor=practitioner, outcome=outcome, rationale="Nothing more.")
    results = search_people(user=practitioner, terms=SearchTerms(name="Lily Smith"))
    assert results[0].appearances[0].referral.status in ("closed", "no_further_action")


def test_an_officer_finds_only_their_own_referrals(officer, officer2, practitioner):
    mine = _lily(officer)
    _lily(officer2)
    assert (
        search_people(user=officer2, terms=SearchTerms(name="Lily Smith"))[0]
        .appearances[0]
        .referral
        != mine
    )
    results = search_people(user=officer, terms=SearchTerms(name="Lily Smith"))
    assert [s.referral for r in results for s in r.appearances] == [mine]
    # The hub sees both.
    hub = search_people(user=practitioner, terms=SearchTerms(name="Lily Smith"))
    assert len([s for r in hub for s in r.appearances]) == 2


@pytest.mark.parametrize("who", ["partner_a", "auditor"])
def test_nobody_else_searches_referrals(db, request, officer, who):
    _lily(officer)
    user = request.getfixturevalue(who)
    assert search_people(user=user, terms=SearchTerms(name="Lily Smith")) == []


def test_a_name_that_sounds_the_same_is_found(officer, practitioner):
    if not phonetic_available():
        pytest.skip("this PostgreSQL has no fuzzystrmatch (the embedded server's build)")
    _lily(officer, first_name="Catherine", last_name="Kearney")
    results = search_people(user=practitioner, terms=SearchTerms(name="Kathryn Carney"))
    assert _names(results) == ["Catherine Kearney"]


def test_the_page_searches_and_audits_the_terms(client_for, officer, practitioner):
    referral = _lily(officer)
    response = client_for(practitioner).get("/referrals/search/", {"name": "Lilly Smyth"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Lily Smith" in page
    assert referral.reference in page
    event = AuditEvent.objects.get(action="search.run", actor=practitioner)
    assert event.details["terms"] == {"name": "Lilly Smyth"}
    assert event.details["referrals"] == [referral.pk]


def test_an_empty_search_asks_for_a_term(client_for, practitioner):
    page = client_for(practitioner).get("/referrals/search/", {"name": " "}).content.decode()
    assert "Enter a name, date of birth, postcode, address, reference or school" in page
    assert not AuditEvent.objects.filter(action="search.run").exists()


def test_nothing_typed_gives_an_error_page(client_for, practitioner):
    for params in (
        {"name": "x" * 500},
        {"name": "%_\\'\"; --"},
        {"date_of_birth_0": "31", "date_of_birth_1": "2", "date_of_birth_2": "2020"},
        {"reference": "\x00"},
        {"postcode": "%%%"},
    ):
        assert client_for(practitioner).get("/referrals/search/", params).status_code == 200


def test_the_last_word_is_the_last_name_unless_a_comma_says_otherwise(officer, practitioner):
    _lily(officer)
    assert _names(search_people(user=practitioner, terms=SearchTerms(name="Smith, Lilly")))
    assert not search_people(user=practitioner, terms=SearchTerms(name="Smith Lily"))
    assert SearchTerms(name="Lily May Smith").name_parts() == [
        ("lily", "first"),
        ("may", "first"),
        ("smith", "last"),
    ]


# The names the search compares a typed word with (PersonName), kept by a trigger on Person.


def _named(kind: str, name: str) -> bool:
    return PersonName.objects.filter(kind=kind, name=name).exists()


def test_the_names_table_holds_each_new_persons_names_once(officer):
    _lily(officer)
    _lily(officer, first_name="Oscar", date_of_birth=date(2017, 1, 2))
    assert set(PersonName.objects.values_list("kind", "name")) == {
        ("first", "lily"),
        ("first", "oscar"),
        ("last", "smith"),
    }


def test_a_rename_moves_the_name_and_a_name_nobody_bears_goes(officer, practitioner):
    _lily(officer)
    _lily(officer, first_name="Oscar", date_of_birth=date(2017, 1, 2))
    Person.objects.filter(first_name="Lily").update(first_name="Ruby", last_name="Jones")
    assert not _named("first", "lily")
    assert _named("first", "ruby")
    assert _named("last", "jones")
    assert _named("last", "smith")  # Oscar still bears it
    # The search follows the new name at once, and no longer finds the old one.
    assert _names(search_people(user=practitioner, terms=SearchTerms(name="Rubie Jones"))) == [
        "Ruby Jones"
    ]
    assert _names(search_people(user=practitioner, terms=SearchTerms(name="Lily"))) == []
    # A change of case or of another field leaves the names alone.
    Person.objects.filter(first_name="Oscar").update(first_name="OSCAR", address="1 New Road")
    assert _named("first", "oscar")
    assert _named("last", "smith")


def test_a_merged_or_deleted_person_leaves_the_names(officer, practitioner):
    submit_referral(
        officer, children=[child(first_name="John", last_name="Smith", date_of_birth=BORN)]
    )
    new = submit_referral(
        officer, children=[child(first_name="Jon", last_name="Smyth", date_of_birth=BORN)]
    )
    submitted_assessment(new, practitioner, grade="standard")
    subject = new.subjects.get(role=SubjectRole.CHILD)
    assert _named("first", "jon")
    assert _named("last", "smyth")
    do_decide_match(subject.matches.get(), actor=practitioner, confirm=True)
    assert not _named("first", "jon")
    assert not _named("last", "smyth")
    assert _named("last", "smith")
    # The survivor is found by the merged record's surname, as by any similar spelling.
    assert _names(search_people(user=practitioner, terms=SearchTerms(name="John Smyth"))) == [
        "John Smith"
    ]
    orphan = Person.objects.create(first_name="Zebedee", last_name="Quill")
    assert _named("first", "zebedee")
    assert _named("last", "quill")
    orphan.delete()
    assert not PersonName.objects.filter(name__in=["zebedee", "quill"]).exists()


def test_the_repair_makes_the_table_the_names_people_bear_and_changes_nothing_right(officer):
    _lily(officer)
    _lily(officer, first_name="Oscar", date_of_birth=date(2017, 1, 2))
    Person.objects.filter(first_name="Oscar").update(last_name="Jones")
    kept = set(PersonName.objects.values_list("kind", "name"))
    assert repair_person_names() == (0, 0)
    assert set(PersonName.objects.values_list("kind", "name")) == kept
    # As after the race the trigger leaves, or a bulk load with triggers off.
    PersonName.objects.filter(kind="first", name="lily").delete()
    PersonName.objects.create(kind="last", name="nobody")
    assert repair_person_names() == (1, 1)
    assert set(PersonName.objects.values_list("kind", "name")) == kept


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_adding_people_whose_names_exist_waits_for_no_other_intake() -> None:
    """Two intakes naming a Smith at once: neither waits for the other's commit (a count of
    bearers would lock the name's row until then, and could deadlock two intakes)."""
    Person.objects.create(first_name="Lily", last_name="Smith")
    holding, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def open_intake() -> None:
        try:
            with transaction.atomic():
                Person.objects.create(first_name="Lily", last_name="Smith")
                holding.set()
                release.wait(10)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            connection.close()

    other = threading.Thread(target=open_intake)
    other.start()
    try:
        assert holding.wait(10)
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL lock_timeout = '2s'")
            Person.objects.create(first_name="Lily", last_name="Smith")
    finally:
        release.set()
        other.join()
    assert errors == []
    assert Person.objects.filter(first_name="Lily").count() == 3
    assert PersonName.objects.filter(name__in=["lily", "smith"]).count() == 2


def test_a_misspelt_name_with_a_shared_surname_finds_only_that_child(officer, practitioner):
    """A misspelt first name with a surname many share: people with the surname alone, or
    the first name alone, are not found (every word must match)."""
    for first in ("Oliver", "Olivia", "Noah", "Amelia"):
        _lily(officer, first_name=first, date_of_birth=date(2016, 5, 5))
    _lily(officer, first_name="Olivia", last_name="Jones", date_of_birth=date(2016, 5, 5))
    results = search_people(user=practitioner, terms=SearchTerms(name="Ollyvia Smmyth"))
    assert _names(results) == ["Olivia Smith"]


def test_an_officer_searching_a_shared_surname_sees_only_their_own(officer, officer2, practitioner):
    mine = _lily(officer)
    theirs = _lily(officer2, first_name="Oscar")
    found = search_people(user=officer, terms=SearchTerms(name="smyth"))
    assert [s.referral for r in found for s in r.appearances] == [mine]
    found = search_people(user=officer2, terms=SearchTerms(name="smyth"))
    assert [s.referral for r in found for s in r.appearances] == [theirs]
    hub = search_people(user=practitioner, terms=SearchTerms(name="smyth"))
    assert sorted(_names(hub)) == ["Lily Smith", "Oscar Smith"]


def _ranked_by_person(terms: SearchTerms, user: User) -> list[tuple[int, float]]:
    """The ranking of every person bearing a matching name, as the search made it before it
    ranked name pairs: the reference the pairs' ranking must equal."""
    sql, params = _people_sql(terms, "all", user)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(pk, float(score)) for pk, score in cursor.fetchall()]


def test_a_name_alone_ranks_name_pairs_as_it_ranked_every_person(
    officer, practitioner, monkeypatch
):
    """Shared surnames, a misspelling, a surname as a first name, the same names in another
    case and a person on two referrals (merged): the same people in the same order, ties by
    id, with or without a full page."""
    _lily(officer)
    _lily(officer, date_of_birth=date(2016, 5, 5))
    _lily(officer, first_name="Oscar", last_name="SMITH", date_of_birth=date(2017, 1, 2))
    _lily(officer, last_name="Smyth", date_of_birth=date(2015, 2, 3))
    _lily(officer, first_name="Smith", last_name="Jones", date_of_birth=date(2014, 4, 4))
    _lily(officer, first_name="Ruby", last_name="Jones", date_of_birth=date(2013, 3, 3))
    _lily(officer, first_name="Amelia", date_of_birth=date(2018, 8, 8))
    again = _lily(officer, first_name="Amelia", date_of_birth=date(2018, 8, 8))
    submitted_assessment(again, practitioner, grade="standard")
    do_decide_match(
        again.subjects.get(role=SubjectRole.CHILD).matches.get(), actor=practitioner, confirm=True
    )
    results = search_people(user=practitioner, terms=SearchTerms(name="smith"))
    assert _names(results) == [
        "Smith Jones",
        "Amelia Smith",
        "Lily Smith",
        "Lily Smith",
        "Oscar SMITH",
        "Lily Smyth",
    ]
    assert [len(r.appearances) for r in results] == [1, 2, 1, 1, 1, 1]
    lilies = [r.person.pk for r in results if r.person.full_name == "Lily Smith"]
    assert lilies == sorted(lilies)
    for name in ("smith", "smyth", "Lilly Smyth", "smith, lily", "Oscar", "Smith Jones,"):
        terms = SearchTerms(name=name)
        found = search_people(user=practitioner, terms=terms)
        assert [(r.person.pk, r.score) for r in found] == _ranked_by_person(terms, practitioner)
    monkeypatch.setattr("referrals.search.MAX_PEOPLE", 3)
    terms = SearchTerms(name="smith")
    found = search_people(user=practitioner, terms=terms)
    assert _names(found) == ["Smith Jones", "Amelia Smith", "Lily Smith"]
    assert [(r.person.pk, r.score) for r in found] == _ranked_by_person(terms, practitioner)


def test_a_surname_alone_reads_only_the_people_the_page_shows(practitioner, monkeypatch):
    """Ranked per name pair, a surname many bear reads each pair's people by id only as far
    as the page goes, not every bearer of the name (the plan's scans of the people, counted
    with the scans an index cannot avoid switched off, as on a table of millions)."""
    Person.objects.bulk_create(
        [Person(first_name="Lily", last_name="Smith") for _ in range(40)]
        + [Person(first_name="Oscar", last_name="Smith") for _ in range(40)]
    )
    monkeypatch.setattr("referrals.search.MAX_PEOPLE", 5)
    with CaptureQueriesContext(connection) as ranking:
        search_people(user=practitioner, terms=SearchTerms(name="smith"))
    ranked = next(q["sql"] for q in ranking.captured_queries if "referrals_person p" in q["sql"])
    # Planned on the statistics of these rows, not those other tests left behind.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE referrals_person, referrals_personname")
    plan = plan_on_a_large_table(ranked, analyze=True)
    # The first pair (Lily Smith) fills the page: five people, and the sixth to know so.
    # The rows the plan's scans of the people returned, over all their loops.
    read = sum(
        node["Actual Rows"] * node["Actual Loops"]
        for node in plan_nodes(plan)
        if node.get("Relation Name") == "referrals_person"
    )
    assert read <= 6


def test_a_date_of_birth_is_looked_up_in_the_live_peoples_index_the_only_one_on_it(
    officer, practitioner
):
    """A search by date of birth reads the people not merged away from person_live_birth,
    as matching does (tests/referrals/test_matching.py): every read of people by date of birth
    is of those, so no other index on the date of birth is kept (person_dob_idx, over every
    person, went in migration 0046)."""
    _lily(officer)
    Person.objects.bulk_create(
        Person(first_name="Oscar", last_name=f"Jones{i}", date_of_birth=date(2015, 1, 1 + i % 28))
        for i in range(300)
    )
    with CaptureQueriesContext(connection) as searching:
        search_people(user=practitioner, terms=SearchTerms(date_of_birth=BORN))
    found = next(q["sql"] for q in searching.captured_queries if "p.date_of_birth" in q["sql"])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE referrals_person")
    plan = plan_on_a_large_table(found)
    assert "person_live_birth" in {node.get("Index Name") for node in plan_nodes(plan)}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'referrals_person'"
            " AND indexdef LIKE '%%(date_of_birth)%%'"
        )
        assert [name for (name,) in cursor.fetchall()] == ["person_live_birth"]
