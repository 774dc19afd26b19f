"""Text people type is shown as text wherever it goes out: the partner's share page, the pack
PDF and e-mail. (The referral page and the officer's form: tests/referrals/test_views.py and
test_referral_form.py; the narrative in the pack PDF: tests/partners/test_sharing.py.)"""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from pypdf import PdfReader

from partners.actions import do_create_share
from partners.models import LawfulBasis, Share
from partners.portal_actions import do_invite_agency_user
from tests.factories import UserFactory, approved_referral, child
from vhub.models import Agency

MARKUP = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture
def marked_share(officer, practitioner, supervisor, partner_a, django_capture_on_commit_callbacks):
    referral = approved_referral(
        officer,
        practitioner,
        supervisor,
        narrative=f"{MARKUP} in the narrative",
        children=[child(first_name=f"Ava{MARKUP}")],
    )
    with django_capture_on_commit_callbacks(execute=True):
        share = do_create_share(
            referral,
            actor=practitioner,
            agency=partner_a.agency,
            lawful_basis=LawfulBasis.DPA_SCHEDULE_8,
            justification=f"{MARKUP} in the justification",
        )
    return Share.objects.get(pk=share.pk)


def test_markup_typed_into_a_referral_is_text_on_the_partner_share_page(
    client_for, partner_a, marked_share
) -> None:
    html = client_for(partner_a).get(f"/partners/shares/{marked_share.pk}/").content.decode()
    assert MARKUP not in html
    assert f"{ESCAPED} in the narrative" in html
    assert f"Ava{ESCAPED}" in html
    assert f"{ESCAPED} in the justification" in html


def test_markup_in_a_childs_name_is_text_in_the_pack_pdf(marked_share) -> None:
    pdf = PdfReader(io.BytesIO(marked_share.pack_file.read()))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert f"Ava{MARKUP}" in text  # shown as typed: not run, not dropped
    assert "&lt;" not in text  # nor escaped twice


def test_an_invitation_email_is_plain_text_with_typed_names_as_typed(
    herefordshire, django_capture_on_commit_callbacks
) -> None:
    Agency.objects.filter(pk=herefordshire.pk).update(name=f"Herefordshire {MARKUP}")
    lead = UserFactory(
        username="lead.a", roles=["partner_lead"], agency=herefordshire, first_name=MARKUP
    )
    lead.agency.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        do_invite_agency_user(
            actor=lead, first_name="Ada", last_name="Lane", email="ada@herefordshire.example"
        )
    (message,) = mail.outbox
    assert message.content_subtype == "plain"
    assert getattr(message, "alternatives", []) == []  # no HTML part for a mail client to run
    assert f"{MARKUP} " in message.body  # the lead's name, as typed
    assert f"Herefordshire {MARKUP}" in message.body
    assert "&lt;" not in message.body


def test_no_email_is_sent_as_html() -> None:
    """Every e-mail VHub sends is plain text (the tests above). One with an HTML part fails
    here until its template is rendered with autoescaping and tested like the share page."""
    html_mail = re.compile(
        r"html_message|attach_alternative|EmailMultiAlternatives|content_subtype"
    )
    apps = ["accounts", "audit", "dashboards", "partners", "referrals", "risk", "vhub"]
    found = [
        f"{path}:{number}"
        for app in apps
        for path in sorted((Path(settings.BASE_DIR) / app).rglob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if html_mail.search(line)
    ]
    assert found == []
