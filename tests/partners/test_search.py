"""A partner's search (partners/search.py): the children of their agency's shares only, as the
shares gave them."""

from datetime import date

from accounts.models import User
from audit.models import AuditEvent
from partners.actions import do_create_share, do_withdraw_share
from partners.models import Agency, LawfulBasis, Share
from partners.search import partner_search
from referrals.models import Referral
from referrals.search import SearchTerms
from tests.factories import approved_referral, child, share_with, submit_referral

BORN = date(2019, 3, 27)


def _shared(
    officer: User, practitioner: User, supervisor: User, **child_details: object
) -> tuple[Referral, Share]:
    referral = approved_referral(
        officer, practitioner, supervisor, children=[child(date_of_birth=BORN, **child_details)]
    )
    return referral, share_with(referral, practitioner, "herefordshire-cs")


def test_a_partner_finds_a_child_of_their_shares_by_a_misspelt_name(
    officer, practitioner, supervisor, partner_a
):
    referral, share = _shared(officer, practitioner, supervisor)
    (found,) = partner_search(user=partner_a, terms=SearchTerms(name="Lilly Smyth"))
    assert found.name == "Lily Smith"
    assert [(a.share_id, a.reference) for a in found.shares] == [(share.pk, referral.reference)]
    for terms in (
        SearchTerms(date_of_birth=BORN),
        SearchTerms(reference=referral.reference.lower()),
        SearchTerms(name="smith", school="riverside"),
    ):
        assert partner_search(user=partner_a, terms=terms), terms


def test_a_postcode_matches_where_the_shared_address_gives_it(
    officer, practitioner, supervisor, partner_a
):
    """A share carries the address as written, not the hub's postcode field."""
    _shared(officer, practitioner, supervisor, address="4 Castle Street, Ludlow SY8 1AA")
    (found,) = partner_search(user=partner_a, terms=SearchTerms(postcode="sy81aa"))
    assert found.address == "4 Castle Street, Ludlow SY8 1AA"
    assert partner_search(user=partner_a, terms=SearchTerms(postcode="HR1 2AB")) == []


def test_a_partner_finds_only_their_agencys_active_shares(
    officer, practitioner, supervisor, partner_a, partner_b
):
    _, share = _shared(officer, practitioner, supervisor)
    submit_referral(officer)  # a Lily Smith never shared
    terms = SearchTerms(name="Lily Smith")
    assert len(partner_search(user=partner_a, terms=terms)[0].shares) == 1
    assert partner_search(user=partner_b, terms=terms) == []
    do_withdraw_share(share, actor=practitioner, reason="Sent to the wrong team.")
    assert partner_search(user=partner_a, terms=terms) == []


def test_a_withheld_field_is_neither_shown_nor_matched(
    officer, practitioner, supervisor, partner_a
):
    referral = approved_referral(officer, practitioner, supervisor)
    do_create_share(
        referral,
        actor=practitioner,
        agency=Agency.objects.get(slug="herefordshire-cs"),
        lawful_basis=LawfulBasis.DPA_SCHEDULE_8,
        justification="The local authority must assess the child's safety.",
        redacted=["child.address"],
    )
    assert partner_search(user=partner_a, terms=SearchTerms(address="12 Mill Lane")) == []
    (found,) = partner_search(user=partner_a, terms=SearchTerms(name="Lily Smith"))
    assert found.address == ""


def test_staff_and_officers_are_not_searched_here(officer, practitioner, supervisor):
    _shared(officer, practitioner, supervisor)
    for user in (officer, practitioner):
        assert partner_search(user=user, terms=SearchTerms(name="Lily Smith")) == []


def test_the_page_searches_and_audits_the_terms(
    client_for, officer, practitioner, supervisor, partner_a
):
    referral, share = _shared(officer, practitioner, supervisor)
    response = client_for(partner_a).get("/partners/search/", {"name": "Lilly Smyth"})
    assert response.status_code == 200
    assert f"/partners/shares/{share.pk}/" in response.content.decode()
    event = AuditEvent.objects.get(action="search.run", actor=partner_a)
    assert event.details["terms"] == {"name": "Lilly Smyth"}
    assert event.details["referrals"] == [referral.pk]
    assert event.details["shares"] == [share.pk]


def test_a_partner_is_refused_the_hubs_search(client_for, partner_a):
    assert client_for(partner_a).get("/referrals/search/", {"name": "Lily"}).status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=partner_a).exists()
