"""Files on a referral and what crosses to partners (docs/case-notes.md): the officer and the hub
attach; a share sends only the files chosen, its page and pack list them; partners attach files
to messages and requests; the other agency gets a 404 for each, audited."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.urls import reverse

from audit.models import AuditEvent
from partners.models import IsrAttachment, ShareAttachment
from partners.portal_actions import IsrInput, do_post_share_message, do_raise_isr
from referrals.attachments import do_add_referral_attachment, referral_attachments
from tests.factories import approved_referral, share_with, submit_referral
from vhub.errors import ActionError, ActionPermissionError

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
TEXT = b"Chronology from the school.\n"


@pytest.fixture
def referral(officer, practitioner, supervisor):  # type: ignore[no-untyped-def]
    return approved_referral(officer, practitioner, supervisor)


def _file(name: str = "scan.pdf", content: bytes = PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def test_the_officer_attaches_to_their_own_referral_only(officer, officer2, referral):
    attachment = do_add_referral_attachment(referral, _file(), actor=officer)
    assert attachment.uploaded_by == officer
    event = AuditEvent.objects.get(action="attachment.add")
    assert event.referral_id == referral.pk
    assert event.details["sha256"] == attachment.sha256
    with pytest.raises(ActionPermissionError):
        do_add_referral_attachment(referral, _file(), actor=officer2)


@pytest.mark.parametrize("who", ["manager", "auditor", "partner_a"])
def test_readers_and_partners_cannot_attach_to_a_referral(request, referral, who):
    with pytest.raises(ActionPermissionError):
        do_add_referral_attachment(referral, _file(), actor=request.getfixturevalue(who))


def test_the_gate_refuses_a_program_named_as_a_pdf(referral, practitioner):
    program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64
    with pytest.raises(ActionError, match="must be a PDF"):
        do_add_referral_attachment(referral, _file("report.pdf", program), actor=practitioner)


def test_the_referral_page_lists_files_and_serves_them_as_downloads(
    referral, officer, officer2, practitioner, client_for, django_assert_num_queries
):
    attachment = do_add_referral_attachment(
        referral, _file("notes.txt", TEXT), actor=practitioner, description="From school"
    )
    with django_assert_num_queries(1):  # the files with who uploaded each
        assert list(referral_attachments(referral)) == [attachment]
    page = client_for(officer).get(reverse("referrals:detail", args=[referral.reference]))
    assert "notes.txt" in page.content.decode()
    url = reverse("referrals:attachment", args=[referral.reference, attachment.pk])
    response = client_for(officer).get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == TEXT
    assert AuditEvent.objects.filter(action="attachment.download", actor=officer).exists()
    refused = client_for(officer2).get(url)
    assert refused.status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=officer2).exists()


def test_a_file_of_another_referral_is_not_served_through_this_one(
    referral, officer, practitioner, client_for
):
    other = submit_referral(officer)
    attachment = do_add_referral_attachment(other, _file(), actor=practitioner)
    url = reverse("referrals:attachment", args=[referral.reference, attachment.pk])
    assert client_for(practitioner).get(url).status_code == 404


def test_a_share_sends_only_the_chosen_files_and_the_pack_lists_them(
    referral, practitioner, partner_a, partner_b, client_for, django_capture_on_commit_callbacks
):
    chosen = do_add_referral_attachment(referral, _file("chosen.pdf"), actor=practitioner)
    kept = do_add_referral_attachment(referral, _file("kept.pdf"), actor=practitioner)
    with django_capture_on_commit_callbacks(execute=True):
        share = share_with(referral, practitioner, files=[chosen])
    share.refresh_from_db()
    assert [a["name"] for a in share.snapshot["attachments"]] == ["chosen.pdf"]
    assert list(ShareAttachment.objects.values_list("attachment_id", flat=True)) == [chosen.pk]
    pack = render_to_string("partners/pack.html", {"share": share, "snapshot": share.snapshot})
    assert "chosen.pdf" in pack
    assert chosen.sha256 in pack
    assert "kept.pdf" not in pack
    assert share.pack_sha256  # the PDF itself rendered with the list

    page = client_for(partner_a).get(reverse("partners:share", args=[share.pk])).content.decode()
    assert "chosen.pdf" in page
    assert "kept.pdf" not in page
    url = reverse("partners:share_attachment", args=[share.pk, chosen.pk])
    response = client_for(partner_a).get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert AuditEvent.objects.filter(
        action="share.attachment_download", actor=partner_a, referral=referral
    ).exists()
    # A file that was not chosen, and the other agency asking for the chosen one: 404, audited.
    not_chosen = reverse("partners:share_attachment", args=[share.pk, kept.pk])
    assert client_for(partner_a).get(not_chosen).status_code == 404
    assert client_for(partner_b).get(url).status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=partner_b).exists()


def test_a_share_refuses_a_file_of_another_referral(referral, officer, practitioner):
    other = do_add_referral_attachment(submit_referral(officer), _file(), actor=practitioner)
    with pytest.raises(ActionError, match="Choose files attached to this referral"):
        share_with(referral, practitioner, files=[other])


def test_the_share_form_offers_the_referrals_files(referral, practitioner, client_for):
    do_add_referral_attachment(referral, _file("chronology.pdf"), actor=practitioner)
    page = client_for(practitioner).get(reverse("partners:share_new", args=[referral.reference]))
    assert "Files to send with it" in page.content.decode()
    assert "chronology.pdf" in page.content.decode()


def test_a_partner_attaches_files_to_a_message_and_vhub_reads_them(
    referral, practitioner, partner_a, partner_b, client_for
):
    share = share_with(referral, practitioner)
    message = do_post_share_message(
        share, actor=partner_a, body="Our plan.", files=[_file("plan.pdf")]
    )
    assert message.attachments.get().original_name == "plan.pdf"
    event = AuditEvent.objects.get(action="share.message")
    assert event.details["attachments"][0]["name"] == "plan.pdf"
    page = client_for(practitioner).get(reverse("referrals:detail", args=[referral.reference]))
    assert "plan.pdf" in page.content.decode()
    url = reverse(
        "partners:message_attachment", args=[share.pk, message.pk, message.attachments.get().pk]
    )
    assert client_for(practitioner).get(url).status_code == 200
    assert client_for(partner_b).get(url).status_code == 404


def test_more_than_five_files_with_a_message_are_refused(referral, practitioner, partner_a):
    share = share_with(referral, practitioner)
    with pytest.raises(ActionError, match="at most 5"):
        do_post_share_message(
            share, actor=partner_a, body="Lots.", files=[_file(f"{i}.pdf") for i in range(6)]
        )


def test_a_partner_sends_files_with_an_information_request(partner_a, practitioner, client_for):
    isr = do_raise_isr(
        IsrInput(
            urgency="routine",
            reason="What is known?",
            lawful_basis="dpa2018_sch8",
            subject_name="Sam Jones",
        ),
        actor=partner_a,
        files=[_file("consent.pdf")],
    )
    sent = IsrAttachment.objects.get(isr=isr)
    assert not sent.from_vhub
    page = client_for(practitioner).get(reverse("partners:isr", args=[isr.pk])).content.decode()
    assert "Files sent with the request" in page
    assert "consent.pdf" in page
