"""A partner lead manages their own agency's users, and nobody else's."""

import re

import pytest
from django.core import mail
from django.http import HttpRequest

from accounts.models import User
from audit.models import AuditEvent
from tests.factories import TEST_PASSWORD, UserFactory


@pytest.fixture
def lead_a(herefordshire):
    return UserFactory(username="lead.a", roles=["partner_lead"], agency=herefordshire)


@pytest.fixture
def lead_b(shropshire):
    return UserFactory(username="lead.b", roles=["partner_lead"], agency=shropshire)


def test_the_lead_lists_only_their_own_agencys_users(
    client_for, lead_a, partner_a, partner_b
) -> None:
    page = client_for(lead_a).get("/partners/team/").content.decode()
    assert partner_a.username in page
    assert partner_b.username not in page


def test_the_lead_invites_a_user_who_chooses_a_password_through_the_link(
    client, client_for, lead_a, herefordshire, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(lead_a).post(
            "/partners/team/invite/",
            {"first_name": "Ada", "last_name": "Lane", "email": "Ada.Lane@herefordshire.example"},
        )
    assert response.status_code == 302
    user = User.objects.get(username="ada.lane@herefordshire.example")
    assert user.agency == herefordshire
    assert set(user.groups.values_list("name", flat=True)) == {
        "partner_user",
        herefordshire.group.name,
    }
    assert not user.has_usable_password()
    event = AuditEvent.objects.get(action="agency_user.invite", actor=lead_a)
    assert event.object_id == str(user.pk)

    (message,) = mail.outbox
    link = re.search(r"https?://[^/\s]+(/invitation/\S+)", message.body)[1]
    landing = client.get(link, follow=True)
    assert b"Choose your password" in landing.content
    form_url = landing.redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "A-long-new-pass-2026", "new_password2": "A-long-new-pass-2026"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("A-long-new-pass-2026")
    assert AuditEvent.objects.filter(action="agency_user.password_set", actor=user).exists()
    # the link works once
    assert b"no longer works" in client.get(link, follow=True).content


def test_an_address_already_in_use_is_refused_with_a_linked_error(
    client_for, lead_a, partner_b
) -> None:
    partner_b.username = "taken@shropshire.example"
    partner_b.save()
    response = client_for(lead_a).post(
        "/partners/team/invite/",
        {"first_name": "X", "last_name": "Y", "email": "taken@shropshire.example"},
    )
    body = response.content.decode()
    assert 'href="#id_email"' in body
    assert "already has an account" in body


def test_the_lead_deactivates_and_reactivates_a_user_audited(client_for, lead_a, partner_a) -> None:
    client = client_for(lead_a)
    client.post(f"/partners/team/{partner_a.pk}/active/", {"active": "0"})
    partner_a.refresh_from_db()
    assert not partner_a.is_active
    client.post(f"/partners/team/{partner_a.pk}/active/", {"active": "1"})
    partner_a.refresh_from_db()
    assert partner_a.is_active
    actions = list(
        AuditEvent.objects.filter(actor=lead_a, action__startswith="agency_user.").values_list(
            "action", flat=True
        )
    )
    assert actions == ["agency_user.deactivate", "agency_user.activate"]


def test_a_deactivated_user_cannot_sign_in(client, client_for, lead_a, partner_a) -> None:
    client_for(lead_a).post(f"/partners/team/{partner_a.pk}/active/", {"active": "0"})
    assert not client.login(
        request=HttpRequest(), username=partner_a.username, password=TEST_PASSWORD
    )


def test_another_agencys_lead_gets_404_for_my_users_and_it_is_audited(
    client_for, lead_b, partner_a
) -> None:
    response = client_for(lead_b).post(f"/partners/team/{partner_a.pk}/active/", {"active": "0"})
    assert response.status_code == 404
    partner_a.refresh_from_db()
    assert partner_a.is_active
    denial = AuditEvent.objects.get(action="access.denied", actor=lead_b)
    assert denial.details["object_id"] == str(partner_a.pk)


@pytest.mark.parametrize("who", ["partner_a", "practitioner", "manager", "officer", "outsider"])
@pytest.mark.parametrize("path", ["/partners/team/", "/partners/team/invite/"])
def test_only_partner_leads_manage_users(db, request, client_for, who, path) -> None:
    user = request.getfixturevalue(who)
    response = client_for(user).get(path)
    assert response.status_code == 403
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()
