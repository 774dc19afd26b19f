"""Sharing with partner agencies: snapshot, PDF pack, object permissions, isolation."""

import hashlib
import io

import pytest
from guardian.shortcuts import get_perms
from pypdf import PdfReader

from audit.models import AuditEvent
from partners.actions import do_acknowledge_share, do_withdraw_share
from partners.models import Share
from partners.selectors import partner_inbox
from referrals.models import ReferralStatus
from tests.factories import approved_referral, share_with, submit_referral
from vhub.errors import ActionError, ActionPermissionError
from vhub.models import Agency


@pytest.fixture
def shared(officer, practitioner, supervisor, django_capture_on_commit_callbacks):
    referral = approved_referral(officer, practitioner, supervisor)
    # The pack task is queued on commit; run it as the commit would.
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        share = share_with(referral, practitioner, "herefordshire-cs")
    assert len(callbacks) == 1
    return share


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_sharing_freezes_a_snapshot_and_moves_the_referral_to_shared(shared) -> None:
    referral = shared.referral
    referral.refresh_from_db()
    assert referral.status == ReferralStatus.SHARED
    assert shared.snapshot["reference"] == referral.reference
    assert shared.snapshot["children"][0]["name"] == "Lily Smith"
    assert shared.snapshot["grade"] == "high"

    # a later change to the referral does not reach the snapshot
    referral.narrative = "changed afterwards"
    referral.save()
    shared.refresh_from_db()
    assert shared.snapshot["narrative"] != "changed afterwards"


def test_the_pack_pdf_is_rendered_and_stored_with_its_sha256(shared) -> None:
    shared.refresh_from_db()  # the task ran (eagerly) after the share committed
    data = shared.pack_file.read()
    assert data.startswith(b"%PDF")
    assert hashlib.sha256(data).hexdigest() == shared.pack_sha256
    text = _pdf_text(data)
    assert shared.snapshot["reference"] in text
    assert "For Herefordshire Children's Services only" in text  # stamped with the recipient
    assert f"S{shared.pk}" in text
    assert AuditEvent.objects.filter(action="share.pack_render", object_id=str(shared.pk)).exists()


def test_markup_in_the_narrative_is_text_in_the_pdf(
    officer, practitioner, supervisor, django_capture_on_commit_callbacks
) -> None:
    referral = approved_referral(
        officer, practitioner, supervisor, narrative="<script>alert(1)</script> <b>bold</b>"
    )
    with django_capture_on_commit_callbacks(execute=True):
        share = share_with(referral, practitioner)
    share.refresh_from_db()
    assert "<script>alert(1)</script>" in _pdf_text(share.pack_file.read())


def test_the_agency_group_gets_view_on_the_share_and_nothing_on_the_referral(
    shared, herefordshire, partner_a
) -> None:
    assert get_perms(herefordshire.group, shared) == ["view_share"]
    assert not partner_a.has_perm("referrals.view_referral")


def test_share_needs_an_approved_referral(officer, practitioner, herefordshire) -> None:
    referral = submit_referral(officer)
    with pytest.raises(ActionError, match="once a supervisor has approved"):
        share_with(referral, practitioner)
    assert not Share.objects.exists()


def test_sharing_again_makes_a_new_version_and_keeps_the_old(shared, practitioner) -> None:
    second = share_with(shared.referral, practitioner, "herefordshire-cs")
    assert (shared.version, second.version) == (1, 2)
    assert Share.objects.filter(referral=shared.referral).count() == 2


def test_recipient_sees_the_share_in_their_inbox_and_the_other_agency_does_not(
    shared, partner_a, partner_b
) -> None:
    assert list(partner_inbox(user=partner_a)) == [shared]
    assert list(partner_inbox(user=partner_b)) == []


def test_recipient_downloads_the_pack_and_the_download_is_audited(
    client_for, shared, partner_a
) -> None:
    shared.refresh_from_db()
    response = client_for(partner_a).get(f"/partners/shares/{shared.pk}/pack.pdf")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    body = b"".join(response.streaming_content)
    assert hashlib.sha256(body).hexdigest() == shared.pack_sha256
    assert AuditEvent.objects.filter(action="share.download", actor=partner_a).exists()


@pytest.mark.parametrize("path", ["/partners/shares/{id}/", "/partners/shares/{id}/pack.pdf"])
@pytest.mark.parametrize("who", ["partner_b", "officer", "auditor", "outsider"])
def test_other_agencies_and_roles_get_404_for_a_share_and_the_denial_is_audited(
    db, request, client_for, shared, path, who
) -> None:
    user = request.getfixturevalue(who)
    response = client_for(user).get(path.format(id=shared.pk))
    assert response.status_code == 404
    denial = AuditEvent.objects.get(action="access.denied", actor=user)
    assert denial.details["object_id"] == str(shared.pk)


def test_other_agency_cannot_acknowledge(client_for, shared, partner_b) -> None:
    response = client_for(partner_b).post(f"/partners/shares/{shared.pk}/acknowledge/")
    assert response.status_code == 404
    shared.refresh_from_db()
    assert shared.acknowledged_at is None


def test_recipient_acknowledges_once(client_for, shared, partner_a) -> None:
    response = client_for(partner_a).post(f"/partners/shares/{shared.pk}/acknowledge/")
    assert response.status_code == 302
    shared.refresh_from_db()
    assert shared.acknowledged_by == partner_a
    with pytest.raises(ActionError, match="Already acknowledged"):
        do_acknowledge_share(shared, actor=partner_a)


def test_vhub_staff_cannot_acknowledge_for_a_partner(shared, practitioner) -> None:
    with pytest.raises(ActionPermissionError):
        do_acknowledge_share(shared, actor=practitioner)


def test_withdrawing_a_share_revokes_access_at_once(
    client_for, shared, partner_a, practitioner, herefordshire
) -> None:
    client = client_for(partner_a)
    assert client.get(f"/partners/shares/{shared.pk}/").status_code == 200

    do_withdraw_share(shared, actor=practitioner, reason="Shared with the wrong authority.")

    assert client.get(f"/partners/shares/{shared.pk}/").status_code == 404
    assert list(partner_inbox(user=partner_a)) == []
    assert get_perms(herefordshire.group, shared) == []


@pytest.mark.parametrize("who", ["officer", "partner_a", "manager", "auditor"])
def test_only_caseworkers_open_the_share_form(
    db, request, client_for, officer, practitioner, supervisor, who
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    response = client_for(request.getfixturevalue(who)).get(
        f"/partners/referrals/{referral.reference}/share/"
    )
    assert response.status_code in (403, 404)


def test_practitioner_shares_through_the_form(
    client_for, officer, practitioner, supervisor, herefordshire
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    client = client_for(practitioner)
    form = client.get(f"/partners/referrals/{referral.reference}/share/").content.decode()
    # suggested from the referral's area, so ticked already
    assert f'type="checkbox" value="{herefordshire.pk}" checked aria-describedby=' in form

    response = client.post(
        f"/partners/referrals/{referral.reference}/share/",
        {
            "recipients": [herefordshire.pk],
            "pack_template": "auto",
            "lawful_basis": "dpa2018_sch8",
            "justification": "Needed.",
            "step": "confirm",
        },
    )
    assert response.status_code == 302
    assert Share.objects.get().agency == herefordshire


def test_police_agency_is_not_a_share_recipient(officer, practitioner, supervisor) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    with pytest.raises(ActionError, match="partner agency"):
        share_with(referral, practitioner, "police-vhub")


def test_inbox_uses_a_constant_number_of_queries(
    officer, practitioner, supervisor, partner_a, django_assert_num_queries
) -> None:
    def evaluate():
        rows = list(partner_inbox(user=partner_a))
        for s in rows:  # what the inbox reads (partners/templatetags/inbox_tags.py)
            _ = (s.snapshot["reference"], hasattr(s, "response"), list(s.clocks.all()))
        return rows

    share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    evaluate()  # django-guardian looks the permission's content type up once and keeps it
    partner_a = type(partner_a).objects.get(pk=partner_a.pk)  # fresh: no cached roles
    # 1: the user's groups (roles); 2: shares joined to their response (the agency is the
    # reader's own and who acknowledged is not shown, so neither is joined),
    # filtered by the agency group's object permission (a subquery, not a second round trip);
    # 3: the shares' clocks (one prefetch)
    with django_assert_num_queries(3):
        assert len(evaluate()) == 1
    for _ in range(3):
        share_with(approved_referral(officer, practitioner, supervisor), practitioner)
    partner_a = type(partner_a).objects.get(pk=partner_a.pk)
    with django_assert_num_queries(3):
        assert len(evaluate()) == 4


def test_agencies_from_the_migration_have_their_own_groups(db) -> None:
    for agency in Agency.objects.all():
        assert agency.group.name == f"agency:{agency.slug}"
