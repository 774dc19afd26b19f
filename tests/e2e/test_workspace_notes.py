"""The practitioner's workspace in a real browser: a practitioner opens a referral, adds a
research note (after the error summary for an empty one), corrects it within the window, and
attaches a document (after the upload gate refuses a program named as a PDF); the note is on the
child's chronology. At desktop width and at 390 px, with no sideways scrolling.

Screenshots in tests/e2e/screenshots/ (names ws01-…).
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from referrals.models import CaseNote, ReferralAttachment
from tests.e2e.test_journey import expect_success_banner, sign_in
from tests.e2e.test_phone import DESK, PHONE, page_width
from tests.factories import approved_referral

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64


def _fits(page: Page) -> None:
    assert page_width(page) <= page.viewport_size["width"], "the page scrolls sideways"


@pytest.mark.parametrize("viewport", [DESK, PHONE], ids=["desktop", "phone"])
def test_a_practitioner_adds_a_research_note_and_an_attachment(
    transactional_db,
    live_server,
    new_page,
    shot,
    console_errors,
    tmp_path: Path,
    officer,
    practitioner,
    supervisor,
    viewport,
):  # type: ignore[no-untyped-def]
    referral = approved_referral(officer, practitioner, supervisor)
    ref = referral.reference
    person = referral.subjects.get().person
    width = viewport["width"]

    page = sign_in(new_page, live_server, practitioner)
    page.set_viewport_size(viewport)
    page.goto(f"{live_server.url}/referrals/{ref}/")
    expect(page.get_by_role("heading", name="Case notes")).to_be_visible()
    page.get_by_role("button", name="Add a case note").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a case note")
    # A supervisor's kind is not offered to a practitioner.
    expect(page.get_by_label("Management oversight")).to_have_count(0)

    page.get_by_role("button", name="Save note").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Choose the kind of note")
    expect(summary).to_contain_text("Write the note")
    expect(page).to_have_title(re.compile(r"^Error: "))
    _fits(page)
    shot(page, f"ws01-note-errors-{width}")

    page.get_by_label("Research").check()
    page.get_by_label("Note").fill("Checked PNC and children's social care: tlaked to the GP.")
    _fits(page)
    shot(page, f"ws02-note-form-{width}")
    page.get_by_role("button", name="Save note").click()
    expect_success_banner(page, "Research note added")
    notes = page.locator(".vhub-case-notes")
    expect(notes).to_contain_text("tlaked to the GP")
    expect(page.locator(".vhub-referral-timeline")).to_contain_text("Case note added")

    # Within 15 minutes the author corrects the words in place.
    notes.get_by_role("link", name=re.compile("Correct this note")).click()
    expect(page.get_by_role("heading", name="Correct this note")).to_be_visible()
    page.get_by_label("Note").fill("Checked PNC and children's social care: talked to the GP.")
    shot(page, f"ws03-note-correct-{width}")
    page.get_by_role("button", name="Save the correction").click()
    expect_success_banner(page, "Note corrected")
    expect(notes).to_contain_text("talked to the GP")
    expect(notes).to_contain_text("corrected")
    assert CaseNote.objects.get().text.endswith("talked to the GP.")

    # A program named as a PDF is refused; a real PDF is attached and offered as a download.
    page.get_by_role("button", name="Attach a file").click()
    disguised = tmp_path / "school-report.pdf"
    disguised.write_bytes(PROGRAM)
    page.get_by_label("File").set_input_files(str(disguised))
    page.get_by_role("button", name="Attach file").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "school-report.pdf must be a PDF, PNG, JPEG or plain text file"
    )
    _fits(page)
    shot(page, f"ws04-attachment-refused-{width}")
    report = tmp_path / "school-chronology.pdf"
    report.write_bytes(PDF)
    page.get_by_label("File").set_input_files(str(report))
    page.get_by_label("What is it? (optional)").fill("School's chronology, received today")
    page.get_by_role("button", name="Attach file").click()
    expect_success_banner(page, "school-chronology.pdf attached")
    files = page.locator(".vhub-attachments")
    expect(files).to_contain_text("school-chronology.pdf")
    expect(files).to_contain_text("School's chronology, received today")
    assert ReferralAttachment.objects.get().sha256
    with page.expect_download() as download:
        files.get_by_role("link", name=re.compile("school-chronology.pdf")).click()
    assert Path(download.value.path()).read_bytes() == PDF
    page.locator("#case-notes").scroll_into_view_if_needed()
    _fits(page)
    shot(page, f"ws05-referral-notes-and-files-{width}")

    # The note is in the child's chronology too.
    page.goto(f"{live_server.url}/referrals/people/{person.pk}/")
    expect(page.locator(".vhub-case-notes")).to_contain_text("talked to the GP")
    expect(page.locator(".vhub-case-notes")).to_contain_text(ref)
    _fits(page)
    shot(page, f"ws06-child-chronology-{width}")
    assert console_errors == []
