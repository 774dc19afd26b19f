"""Routing a referral to its local authority by postcode, and re-routing with a reason."""

import pytest

from audit.models import AuditEvent
from referrals.actions.routing import do_route_referral
from referrals.routing import district_of
from tests.factories import child, submit_referral
from vhub.errors import ActionError, ActionPermissionError
from vhub.models import Agency


@pytest.mark.parametrize(
    ("postcode", "district"),
    [("HR1 2AB", "HR1"), ("wr101aa", "WR10"), ("B60 1AA", "B60"), ("", "")],
)
def test_the_district_is_the_outward_code(postcode, district) -> None:
    assert district_of(postcode) == district


@pytest.mark.parametrize(
    ("postcode", "slug"),
    [
        ("HR4 9AA", "herefordshire-cs"),
        ("SY1 2BJ", "shropshire-cs"),
        ("TF3 4NA", "telford-wrekin-cs"),
        ("WR1 1DB", "worcestershire-cs"),
        ("DY10 1AB", "worcestershire-cs"),
    ],
)
def test_the_childs_postcode_routes_the_referral(officer, postcode, slug: str) -> None:
    referral = submit_referral(officer, local_authority=None, children=[child(postcode=postcode)])
    assert referral.local_authority.slug == slug
    assert referral.routing_note == f"Routed from the postcode {postcode}"


def test_an_unknown_postcode_leaves_it_for_a_practitioner(officer) -> None:
    referral = submit_referral(
        officer, local_authority=None, postcode="", children=[child(postcode="M1 1AA")]
    )
    assert referral.local_authority is None
    assert "a practitioner must choose one" in referral.routing_note


def test_the_officers_choice_wins(officer) -> None:
    referral = submit_referral(
        officer,
        children=[child(postcode="HR1 2AB")],
        local_authority=Agency.objects.get(slug="shropshire-cs"),
    )
    assert referral.local_authority.slug == "shropshire-cs"
    assert referral.routing_note == "Chosen by the referring officer"


def test_a_practitioner_reroutes_with_a_reason(officer, practitioner, shropshire) -> None:
    referral = submit_referral(officer, local_authority=None, children=[child(postcode="HR1 2AB")])
    with pytest.raises(ActionError, match="Say why"):
        do_route_referral(referral, actor=practitioner, agency=shropshire, reason=" ")
    do_route_referral(
        referral, actor=practitioner, agency=shropshire, reason="Family moved to Ludlow."
    )
    referral.refresh_from_db()
    assert referral.local_authority == shropshire
    assert "Family moved to Ludlow." in referral.routing_note
    event = AuditEvent.objects.get(action="referral.route")
    assert event.details["to"] == str(shropshire)


@pytest.mark.parametrize("who", ["officer", "manager", "partner_a"])
def test_only_caseworkers_reroute(db, request, officer, shropshire, who) -> None:
    referral = submit_referral(officer)
    with pytest.raises(ActionPermissionError):
        do_route_referral(
            referral, actor=request.getfixturevalue(who), agency=shropshire, reason="x"
        )


def test_rerouting_through_the_page(client_for, officer, practitioner, shropshire) -> None:
    referral = submit_referral(officer)
    client = client_for(practitioner)
    assert (
        "Send to another local authority"
        in client.get(f"/referrals/{referral.reference}/").content.decode()
    )
    client.post(
        f"/referrals/{referral.reference}/route/", {"agency": shropshire.pk, "reason": "Moved."}
    )
    referral.refresh_from_db()
    assert referral.local_authority == shropshire
