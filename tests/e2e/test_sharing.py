"""The practitioner's side of sharing in a real browser: the share page (suggested recipients, a
pack template, withheld fields, lawful basis), the referral page with its Operation Encompass
notice, MARAC criteria and disclosure log, the pack PDF, and the MARAC list.

Screenshots go to tests/e2e/screenshots/ (sharing-*.png) for visual review.
"""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from partners.models import MaracMeeting, Share
from tests.e2e.test_journey import expect_success_banner, save_first_pdf_page, sign_in
from tests.factories import approved_referral, child
from vhub.models import Agency, AgencyKind

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

HEREFORDSHIRE = "Herefordshire Children's Services"
SECRET_ADDRESS = "Quokka Cottage"


def test_practitioner_shares_with_redaction_sends_encompass_and_refers_to_marac(
    transactional_db,
    live_server,
    new_page,
    shot,
    screenshots_dir,
    console_errors,
    tmp_path,
    officer,
    practitioner,
    supervisor,
) -> None:
    Agency.objects.create(
        name="Riverside Primary School",
        slug="riverside-primary",
        kind=AgencyKind.SCHOOL,
        area="Herefordshire",
        group=Group.objects.create(name="agency:riverside-primary"),
    )
    meeting = MaracMeeting.objects.create(date=timezone.localdate() + timedelta(days=6))
    referral = approved_referral(
        officer, practitioner, supervisor, children=[child(address=SECRET_ADDRESS)]
    )
    page = sign_in(new_page, live_server, practitioner)
    page.goto(f"{live_server.url}/referrals/{referral.reference}/")
    expect(page.get_by_role("heading", name="Operation Encompass", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="MARAC", exact=True)).to_be_visible()
    shot(page, "sharing-01-referral-before")

    # The share page: recipients suggested, template, withheld fields, lawful basis
    page.get_by_role("button", name="Share with a partner agency").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Share with partner agencies")
    recipients = page.get_by_role("group", name="Agencies to share with")
    expect(recipients.get_by_label(re.compile(f"^{HEREFORDSHIRE}"))).to_be_checked()
    # High-risk domestic abuse, but no MARAC criterion is met: MARAC is not ticked for them.
    expect(recipients.get_by_label(re.compile("^MARAC"))).not_to_be_checked()
    recipients.get_by_label(re.compile("^Riverside Primary School")).uncheck()
    page.get_by_role("group", name="Pack template").get_by_label(
        "Full local authority pack"
    ).check()
    withheld = page.get_by_role("group", name="Withhold these fields")
    withheld.get_by_label("Address", exact=True).check()
    page.get_by_role("group", name="Lawful basis for sharing").get_by_role("radio").first.check()
    page.get_by_label("Why is sharing necessary and proportionate?").fill(
        "Children's services must assess Lily's safety after a domestic abuse incident."
    )
    # Nothing is ticked without its reason beside it
    expect(recipients.get_by_label(re.compile(f"^{HEREFORDSHIRE}"))).to_have_accessible_description(
        re.compile("^Suggested: The referral's local authority")
    )
    shot(page, "sharing-02-share-page")
    page.get_by_role("button", name="Continue").click()

    # Check before sharing: each agency with its template and withheld fields; nothing sent yet
    expect(page.get_by_role("heading", level=1)).to_have_text("Check before you share")
    expect(page.get_by_role("heading", name=HEREFORDSHIRE)).to_be_visible()
    expect(page.locator(".govuk-summary-list").first).to_contain_text("Full local authority pack")
    expect(page.locator(".govuk-summary-list").first).to_contain_text("Address")
    assert not Share.objects.filter(referral=referral).exists()
    shot(page, "sharing-02b-check-before-sharing")
    page.get_by_role("button", name="Confirm and share").click()
    expect_success_banner(page, f"Shared with {HEREFORDSHIRE}")

    log = page.locator("table.vhub-disclosures")
    expect(log.get_by_role("link", name=HEREFORDSHIRE)).to_be_visible()
    expect(log).to_contain_text("1 field withheld")

    # The pack: the recipient's stamp, no withheld address
    share = Share.objects.get(referral=referral, agency__slug="herefordshire-cs")
    assert SECRET_ADDRESS not in str(share.snapshot)
    log.get_by_role("link", name=HEREFORDSHIRE).click()
    expect(page.get_by_text("VHub withheld these fields from this share: Address")).to_be_visible()
    expect(page.get_by_text(SECRET_ADDRESS)).to_have_count(0)
    shot(page, "sharing-03-share-detail")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download referral pack (PDF)").click()
    pdf_path = tmp_path / "pack.pdf"
    download.value.save_as(pdf_path)
    save_first_pdf_page(pdf_path, screenshots_dir / "sharing-04-pack-page-1.png")

    # Operation Encompass: the proposed notice to the matched school
    page.goto(f"{live_server.url}/referrals/{referral.reference}/")
    page.get_by_role("link", name="Send or record not needed for Lily Smith").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Operation Encompass notice for Lily Smith"
    )
    expect(page.get_by_label("School to notify").locator("option:checked")).to_have_text(
        "Riverside Primary School"
    )
    shot(page, "sharing-05-encompass-notice")
    page.get_by_role("button", name="Send notice").click()
    expect_success_banner(page, "Operation Encompass notice sent to Riverside Primary School")

    # MARAC: the criteria, a referral on professional judgement, the list
    page.get_by_role("button", name="Refer to MARAC").click()
    page.get_by_label("Professional judgement (optional if a criterion is met)").fill(
        "The victim's fear and the strangulation mark: escalating risk."
    )
    page.get_by_role("group", name="Lawful basis for sharing").get_by_role("radio").last.check()
    page.get_by_label("Why is the case being shared with MARAC?").fill(
        "High-risk domestic abuse with a child in the household."
    )
    shot(page, "sharing-06-marac-refer")
    page.get_by_role("button", name="Refer to MARAC").click()
    expect_success_banner(page, "Referred to MARAC")
    shot(page, "sharing-07-referral-after")

    page.get_by_role("link", name="MARAC list").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(
        f"MARAC list for {meeting.date:%A %-d %B %Y}"
    )
    expect(page.get_by_role("link", name=f"Case pack for {referral.reference}")).to_be_visible()
    shot(page, "sharing-08-marac-list")
    assert console_errors == []
