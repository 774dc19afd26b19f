"""The foundation journey in a real browser: an officer refers a child, a practitioner triages
and assesses, a supervisor approves, the practitioner shares with the local authority, whose
partner user downloads the pack and acknowledges it, while another authority sees nothing.

Each key page is saved as a full-page screenshot in tests/e2e/screenshots/ for visual review.
"""

import hashlib
import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from accounts.two_factor import remaining_recovery_codes
from audit.models import AuditEvent
from partners.models import Share
from tests.e2e.referral_form import send_referral_through_the_form
from tests.factories import TEST_PASSWORD
from tests.two_factor import app_device, recovery_code

pytestmark = [
    pytest.mark.e2e,
    # The live server needs committed data; serialized rollback puts the agencies, roles and
    # incident types from the data migrations back for the transactional tests that follow.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

REFERENCE = re.compile(r"VH-\d{4}-\d{6}")
CHILD = "Lily Smith"
HEREFORDSHIRE = "Herefordshire Children's Services"


def sign_in(new_page, live_server, user) -> Page:
    """Sign in through the login page in a fresh browser context; return the landing page."""
    page = new_page()
    sign_in_on(page, live_server, user)
    return page


def sign_in_on(page: Page, live_server, user) -> None:
    """Password, then the second factor: a single-use recovery code, so one person can sign in
    many times in the same 30 seconds (test_two_factor covers the app's codes)."""
    app_device(user)
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("User name").fill(user.username)
    page.get_by_label("Password").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/account/two-factor/"))
    code = recovery_code(user)
    while remaining_recovery_codes(user) <= 4:  # spares, as an enrolled person has: no warning
        recovery_code(user)
    page.get_by_label("Code").fill(code)
    page.get_by_role("button", name="Continue").click()
    expect(page).not_to_have_url(re.compile(r"/login/|/two-factor/"))


def open_more_actions(page: Page) -> None:
    """A referral page's secondary actions (close, merge, history, access log) are in its
    "More actions" menu (an MOJ button menu); with a single action there is no menu."""
    menu = page.get_by_role("button", name="More actions")
    if menu.count():
        menu.click()


def expect_success_banner(page: Page, text: str) -> None:
    banner = page.locator(".govuk-notification-banner--success")
    expect(banner).to_contain_text("Success")
    expect(banner).to_contain_text(text)


def save_first_pdf_page(pdf: Path, png: Path) -> None:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        pytest.skip("pdftoppm is not installed (apt-get install poppler-utils)")
    subprocess.run(  # noqa: S603  (fixed arguments, no shell)
        [
            pdftoppm,
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            pdf,
            png.with_suffix(""),
        ],
        check=True,
    )


def officer_sends_referral(page: Page, shot) -> str:
    born = date.today() - timedelta(days=6 * 365 + 30)
    return send_referral_through_the_form(page, shot, prefix="01-officer", date_of_birth=born)


def practitioner_assesses(page: Page, reference: str, shot) -> None:
    expect(page).to_have_url(re.compile(r"/referrals/queue/$"))
    expect(page.get_by_role("link", name=reference, exact=True)).to_be_visible()
    shot(page, "03-practitioner-triage-queue")

    page.get_by_role("link", name=reference, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Referral {reference}")
    shot(page, "04-practitioner-referral-submitted")

    page.get_by_role("button", name="Start triage").click()
    expect_success_banner(page, "is in triage and allocated to you")
    # The officer's initial assessment is the starting point.
    page.get_by_role("link", name=f"Continue risk assessment for {CHILD}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Child risk assessment for {CHILD}")
    page.get_by_label("Domestic abuse with the child present").check()
    page.get_by_label("Strangulation, choking or smothering").check()
    suggestion = page.get_by_role("heading", name="Suggested grade").locator("..")
    expect(suggestion).to_contain_text("High")
    page.get_by_role("radio", name="High").check()
    page.get_by_label("Voice of the child", exact=True).fill(
        "Said she hides under the bed when they shout."
    )
    page.get_by_label("Rationale for the grade").fill(
        "Domestic abuse with the child present; strangulation mark on the mother."
    )
    shot(page, "05-practitioner-risk-assessment")
    page.get_by_role("button", name="Submit for approval").click()
    expect_success_banner(page, "Risk assessment sent to a supervisor for approval")


def supervisor_approves(page: Page, reference: str, shot) -> None:
    expect(page).to_have_url(re.compile(r"/risk/approvals/$"))
    expect(page.get_by_role("link", name=reference, exact=True)).to_be_visible()
    shot(page, "07-supervisor-approvals")

    page.get_by_role("link", name=f"Decide on {CHILD}, {reference}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Risk grade for {CHILD}")
    page.get_by_role("radio", name="Approve the proposed grade").check()
    shot(page, "08-supervisor-decision")
    page.get_by_role("button", name="Record decision").click()
    expect(page).to_have_url(re.compile(r"/risk/approvals/$"))
    expect_success_banner(page, f"Decision recorded for {CHILD}")
    expect(page.get_by_role("link", name=reference, exact=True)).to_have_count(0)


def practitioner_shares(page: Page, live_server, reference: str, shot) -> None:
    page.goto(f"{live_server.url}/referrals/{reference}/")
    page.get_by_role("button", name="Share with a partner agency").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Share with partner agencies")
    recipients = page.get_by_role("group", name="Agencies to share with")
    # suggested from the referral's local authority (and MARAC for high-risk domestic abuse)
    expect(recipients.get_by_label(re.compile(f"^{HEREFORDSHIRE}"))).to_be_checked()
    recipients.get_by_label("MARAC", exact=True).uncheck()
    page.get_by_role("group", name="Lawful basis for sharing").get_by_role("radio").first.check()
    page.get_by_label("Why is sharing necessary and proportionate?").fill(
        "The local authority must assess the child's safety after a domestic abuse incident."
    )
    shot(page, "09-practitioner-share-form")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check before you share")
    page.get_by_role("button", name="Confirm and share").click()

    expect(page).to_have_url(re.compile(rf"/referrals/{reference}/$"))
    expect_success_banner(page, f"Shared with {HEREFORDSHIRE}")
    shared_with = page.locator(
        "table", has=page.get_by_role("columnheader", name="Agency and lawful basis")
    )
    expect(shared_with.get_by_role("link", name=HEREFORDSHIRE)).to_be_visible()
    expect(page.get_by_role("heading", name="Timeline")).to_be_visible()
    expect(page.locator(".moj-timeline__item").last).to_contain_text("Referral pack PDF produced")
    shot(page, "10-practitioner-referral-shared")

    # The referral's change history names the people who changed it through the pages.
    open_more_actions(page)
    page.get_by_role("link", name="Change history of this referral").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Change history")
    history = page.get_by_role("table").first
    expect(history).to_contain_text("By ")
    expect(page.get_by_text("Not recorded")).to_have_count(0)
    shot(page, "10b-practitioner-referral-change-history")


def partner_downloads_and_acknowledges(
    page: Page, reference: str, tmp_path, shot, screenshots_dir
) -> Share:
    expect(page).to_have_url(re.compile(r"/partners/inbox/$"))
    expect(page.get_by_role("link", name=reference, exact=True)).to_be_visible()
    shot(page, "11-partner-inbox")

    page.get_by_role("link", name=reference, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Referral {reference}")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download referral pack (PDF)").click()
    pdf_path = tmp_path / "pack.pdf"
    download.value.save_as(pdf_path)
    pdf = pdf_path.read_bytes()
    assert pdf.startswith(b"%PDF")
    share = Share.objects.get(referral__reference=reference)
    assert hashlib.sha256(pdf).hexdigest() == share.pack_sha256
    save_first_pdf_page(pdf_path, screenshots_dir / "13-referral-pack-page-1.png")

    page.get_by_role("button", name="Acknowledge receipt").click()
    expect_success_banner(page, f"You have acknowledged referral {reference}")
    expect(page.get_by_role("button", name="Acknowledge receipt")).to_have_count(0)
    shot(page, "12-partner-share-acknowledged")
    return share


def other_authority_sees_nothing(page: Page, live_server, share: Share, shot) -> str:
    """Return the refused share URL (the browser logs its 404 as a console error)."""
    expect(page).to_have_url(re.compile(r"/partners/inbox/$"))
    expect(page.get_by_text(share.snapshot["reference"])).to_have_count(0)
    shot(page, "14-other-partner-inbox")

    share_url = f"{live_server.url}/partners/shares/{share.pk}/"
    response = page.goto(share_url)
    assert response is not None
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Page not found")
    shot(page, "15-other-partner-share-not-found")
    pdf = page.context.request.get(f"{share_url}pack.pdf")
    assert pdf.status == 404
    assert not pdf.body().startswith(b"%PDF")
    return share_url


def test_referral_walks_from_officer_to_partner(
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
    partner_a,
    partner_b,
) -> None:
    reference = officer_sends_referral(sign_in(new_page, live_server, officer), shot)

    practitioner_page = sign_in(new_page, live_server, practitioner)
    practitioner_assesses(practitioner_page, reference, shot)

    # Four eyes: the person who assessed cannot reach the supervisors' decisions at all.
    approvals_url = f"{live_server.url}/risk/approvals/"
    refused = practitioner_page.goto(approvals_url)
    assert refused is not None
    assert refused.status == 403
    shot(practitioner_page, "06-practitioner-approvals-refused")

    supervisor_approves(sign_in(new_page, live_server, supervisor), reference, shot)
    practitioner_shares(practitioner_page, live_server, reference, shot)
    share = partner_downloads_and_acknowledges(
        sign_in(new_page, live_server, partner_a), reference, tmp_path, shot, screenshots_dir
    )
    share_url = other_authority_sees_nothing(
        sign_in(new_page, live_server, partner_b), live_server, share, shot
    )

    actions = set(
        AuditEvent.objects.filter(referral=share.referral).values_list("action", flat=True)
    )
    expected = {
        "referral.submit", "referral.view", "referral.transition",
        "assessment.submit", "assessment.approve",
        "share.create", "share.pack_render", "share.view", "share.download", "share.acknowledge",
    }  # fmt: skip
    assert expected <= actions, f"missing audit events: {sorted(expected - actions)}"
    assert AuditEvent.objects.filter(action="access.denied", actor=partner_b).count() >= 2

    # The browser reports the two refusals above as failed loads; nothing else may go wrong.
    refusals = (f"({approvals_url})", f"({share_url})")
    assert [error for error in console_errors if not error.endswith(refusals)] == []
