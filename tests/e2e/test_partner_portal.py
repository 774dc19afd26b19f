"""The partner journey in a real browser: a Herefordshire partner user opens their inbox and a
shared referral, downloads the pack, acknowledges, records an outcome, messages VHub and asks
for more information; a practitioner answers from the request queue with a file, and the partner
reads the answer. The partner lead's user page is shown too.

Each key page is saved in tests/e2e/screenshots/ (partner-*.png) for visual review.
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from partners.models import InformationRequest
from referrals.models import ClockKind, ClockState, SlaClock
from tests.e2e.test_journey import expect_success_banner, save_first_pdf_page, sign_in
from tests.factories import UserFactory, approved_referral, share_with

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_partner_journey(
    browser, live_server, new_page, shot, screenshots_dir, console_errors, tmp_path
) -> None:
    from vhub.models import Agency

    herefordshire = Agency.objects.get(slug="herefordshire-cs")
    officer = UserFactory(username="officer", roles=["officer"])
    practitioner = UserFactory(username="practitioner", roles=["practitioner"])
    supervisor = UserFactory(username="supervisor", roles=["supervisor"])
    partner = UserFactory(username="partner.a", roles=["partner_user"], agency=herefordshire)
    lead = UserFactory(username="lead.a", roles=["partner_lead"], agency=herefordshire)
    referral = approved_referral(officer, practitioner, supervisor)
    share = share_with(referral, practitioner, "herefordshire-cs")
    share.refresh_from_db()
    assert share.pack_sha256, "the pack is rendered once the share commits"
    reference = referral.reference

    # --- the partner: inbox, share, pack, acknowledge ---
    page = sign_in(new_page, live_server, partner)
    page.get_by_role("link", name="Shared referrals").click()
    expect(page.get_by_role("heading", name="Referrals shared with your agency")).to_be_visible()
    row = page.get_by_role("row").filter(has_text=reference)
    expect(row).to_contain_text("Not acknowledged")
    expect(row).to_contain_text("Partner acknowledgement")
    shot(page, "partner-inbox")

    page.get_by_role("link", name=reference).click()
    expect(page.get_by_role("heading", name=f"Referral {reference}")).to_be_visible()
    shot(page, "partner-share")
    with page.expect_download() as download_info:
        page.get_by_role("button", name=re.compile("Download referral pack")).click()
    pdf = tmp_path / "pack.pdf"
    download_info.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    save_first_pdf_page(pdf, screenshots_dir / "partner-pack-page1.png")

    page.get_by_role("button", name="Acknowledge receipt").click()
    expect_success_banner(page, "acknowledged")

    # --- outcome: the error summary first, then the real thing ---
    page.get_by_role("button", name="Record the outcome").click()
    page.get_by_role("button", name="Record outcome").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Choose the outcome")
    shot(page, "partner-outcome-errors")
    page.get_by_label("Child in need assessment (s.17)").check()
    page.get_by_label("Notes for VHub").fill("Allocated to a social worker in the east team.")
    page.get_by_role("button", name="Record outcome").click()
    expect_success_banner(page, "Outcome recorded")
    expect(page.get_by_text("Allocated to a social worker in the east team.")).to_be_visible()
    outcome_clock = SlaClock.objects.get(share=share, kind=ClockKind.PARTNER_OUTCOME)
    assert outcome_clock.state == ClockState.MET

    # --- a message to VHub ---
    page.get_by_label("Message").fill("Is the father still living at the address?")
    page.get_by_role("button", name="Send message").click()
    expect_success_banner(page, "Message sent")
    expect(page.locator(".vhub-thread")).to_contain_text("Is the father still living")
    shot(page, "partner-share-after-outcome")

    # --- an information request about this referral ---
    page.get_by_role("link", name="Ask VHub for more information").click()
    expect(page.get_by_label("Shared referral this is about (optional)")).to_have_value(
        str(share.pk)
    )
    page.get_by_label("Urgent (response within 4 hours)").check()
    page.get_by_label("What do you need to know, and why?").fill(
        "Any previous incidents at this address? We are holding a strategy discussion."
    )
    page.get_by_label("Children Act 1989, section 47: enquiry into significant harm").check()
    shot(page, "partner-isr-new")
    page.get_by_role("button", name="Send request").click()
    expect_success_banner(page, "sent to VHub")
    isr = InformationRequest.objects.get()
    expect(page.get_by_text("Waiting for VHub")).to_be_visible()
    expect(page.locator("main")).to_contain_text("On track")
    shot(page, "partner-isr-waiting")

    # --- the practitioner: referral page thread, request queue, answer with a file ---
    vhub = sign_in(new_page, live_server, practitioner)
    vhub.goto(f"{live_server.url}/referrals/{reference}/")
    expect(vhub.locator("#messages")).to_be_visible()
    expect(vhub.get_by_text("Is the father still living at the address?")).to_be_visible()
    vhub.get_by_label(f"Message to {herefordshire.name}").fill("He was bailed to another town.")
    vhub.get_by_role("button", name=f"Send to {herefordshire.name}").click()
    expect_success_banner(vhub, "Message sent")
    shot(vhub, "practitioner-referral-partner-thread")

    vhub.get_by_role("link", name="Information requests").click()
    expect(vhub.get_by_role("heading", name="Information requests from partners")).to_be_visible()
    expect(vhub.get_by_role("row").filter(has_text=f"ISR-{isr.pk}")).to_contain_text("Urgent")
    shot(vhub, "practitioner-isr-queue")
    vhub.get_by_role("link", name=f"ISR-{isr.pk}").click()
    note = tmp_path / "previous-incidents.txt"
    note.write_text("2025-03-02: verbal argument, no offences.\n")
    vhub.get_by_label("Your answer").fill("One previous call in 2025; summary attached.")
    vhub.get_by_label("Attach files (optional)").set_input_files(str(note))
    vhub.get_by_role("button", name="Send answer").click()
    expect_success_banner(vhub, "Answer sent")
    shot(vhub, "practitioner-isr-answered")

    # --- the partner reads the answer and downloads the file ---
    page.reload()
    expect(page.locator("#isr-answer")).to_contain_text("One previous call in 2025")
    with page.expect_download() as file_info:
        page.get_by_role("link", name="previous-incidents.txt").click()
    assert Path(file_info.value.path()).read_text().startswith("2025-03-02")
    shot(page, "partner-isr-answer")
    page.goto(f"{live_server.url}/partners/shares/{share.pk}/")
    expect(page.locator(".vhub-thread")).to_contain_text("He was bailed to another town.")
    shot(page, "partner-share-thread")

    # --- the partner lead's users ---
    lead_page = sign_in(new_page, live_server, lead)
    lead_page.get_by_role("link", name="Your agency's users").click()
    expect(lead_page.get_by_role("row").filter(has_text=partner.username)).to_contain_text("Active")
    lead_page.get_by_role("button", name=f"Deactivate {partner}").click()
    expect_success_banner(lead_page, "has been deactivated")
    expect(lead_page.get_by_role("row").filter(has_text=partner.username)).to_contain_text(
        "Deactivated"
    )
    shot(lead_page, "partner-lead-users")
    assert console_errors == []
