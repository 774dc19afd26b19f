"""Filling in the officer's referral form in the browser, section by section from the task
list: shared by the browser tests that need a referral sent the way an officer sends one."""

import re
from datetime import date, timedelta

from playwright.sync_api import Page, expect

REFERENCE = re.compile(r"VH-\d{4}-\d{6}")


def send_referral_through_the_form(
    page: Page,
    shot,
    *,
    prefix: str,
    first_name: str = "Lily",
    last_name: str = "Smith",
    date_of_birth: date,
    local_authority: str = "Herefordshire Children's Services",
) -> str:
    """From the New referral link to the sent referral's page; returns its reference. Each
    page looked at is saved as `<prefix>-NN-<page>.png`."""
    child = f"{first_name} {last_name}"
    page.get_by_role("link", name="New referral").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Refer a child to the Vulnerability Hub"
    )
    shot(page, f"{prefix}-01-start")
    page.get_by_role("button", name="Start a referral").click()
    expect(page.get_by_text("You have completed 0 of")).to_be_visible()
    shot(page, f"{prefix}-02-task-list")

    page.get_by_role("link", name="Incident details").click()
    page.get_by_role("button", name="Save and continue").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("There is a problem")
    expect(
        summary.get_by_role("link", name="Enter the incident or crime reference")
    ).to_be_visible()
    expect(page).to_have_title(re.compile(r"^Error: "))
    shot(page, f"{prefix}-03-incident-errors")
    summary.get_by_role("link", name="Enter the incident or crime reference").click()
    expect(page.get_by_label("Police incident or crime reference")).to_be_focused()

    yesterday = date.today() - timedelta(days=1)
    page.get_by_label("Police incident or crime reference").fill("22/123456/26")
    when = page.get_by_role("group", name="Date of the incident")
    when.get_by_label("Day").fill(str(yesterday.day))
    when.get_by_label("Month").fill(str(yesterday.month))
    when.get_by_label("Year").fill(str(yesterday.year))
    page.get_by_label("Time of the incident").fill("21:30")
    page.get_by_label("Where it happened").fill("12 Mill Lane, Hereford")
    page.get_by_label("Postcode of the incident").fill("HR1 2AB")
    page.get_by_label("Type of incident").select_option(label="Domestic abuse")
    page.get_by_label("Local authority area where the child lives").select_option(
        label=local_authority
    )
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_text("You have completed 1 of")).to_be_visible()

    page.get_by_role("link", name="People involved").click()
    page.get_by_role("button", name="Add a child").click()
    page.get_by_label("First name").fill(first_name)
    page.get_by_label("Last name").fill(last_name)
    born = page.get_by_role("group", name="Date of birth", exact=True)
    born.get_by_label("Day").fill(str(date_of_birth.day))
    born.get_by_label("Month").fill(str(date_of_birth.month))
    born.get_by_label("Year").fill(str(date_of_birth.year))
    page.get_by_label("Home address").fill("12 Mill Lane, Hereford")
    page.get_by_label("Postcode", exact=True).fill("HR1 2AB")
    page.get_by_label("School or nursery").fill("Riverside Primary School")
    page.get_by_label("GP or health visitor").fill("Severn Medical Practice")
    for question, answer in [
        ("Does the child live at the incident address?", "Yes"),
        ("Was the child present?", "Yes"),
        ("Did the child witness the incident?", "Yes"),
        ("Was the child injured?", "No"),
        ("Do the parents know about this referral?", "Not known"),
    ]:
        page.get_by_role("group", name=question).get_by_label(answer, exact=True).check()
    page.get_by_label("Who has parental responsibility?").fill("Mother, Kerry Smith")
    shot(page, f"{prefix}-04-child")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("People involved")
    page.get_by_role("button", name="Add an adult").click()
    page.get_by_label("First name").fill("Dean")
    page.get_by_label("Last name").fill("Smith")
    page.get_by_role("radio", name="Suspect").check()
    page.get_by_role("button", name="Save and continue").click()
    shot(page, f"{prefix}-05-people")
    page.get_by_role("button", name="Continue").click()

    page.get_by_role("link", name="What happened").click()
    page.get_by_label("What happened").fill(
        "Neighbour called police to shouting. Mother had a red mark on her neck; "
        "father had left before officers arrived. <script>alert(1)</script>"
    )
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_role("link", name=f"Voice of {child}").click()
    page.get_by_label("Voice of the child", exact=True).fill(
        "Said she was scared when the shouting started."
    )
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_role("link", name=f"Initial risk assessment for {child}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Initial risk assessment for {child}"
    )
    # The suggested grade beside the form follows the ticks, before anything is saved.
    score = page.locator("#suggestion .vhub-suggestion__facts dd").first
    before = score.inner_text()
    page.get_by_label("Domestic abuse with the child present").check()
    expect(score).not_to_have_text(before)
    page.get_by_role("radio", name="High").check()
    page.get_by_label("Rationale for the grade").fill("The child saw her mother being strangled.")
    shot(page, f"{prefix}-06-initial-assessment")
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_role("link", name="Your view of the risk").click()
    page.get_by_label("Your view of the risk to the children").fill(
        "Risk of further harm: the child saw her mother being strangled."
    )
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_text("Cannot start yet")).to_have_count(0)
    shot(page, f"{prefix}-07-task-list-complete")

    page.get_by_role("link", name="Check your answers and send").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check your answers before sending the referral"
    )
    expect(page.get_by_text("<script>alert(1)</script>", exact=False)).to_be_visible()
    shot(page, f"{prefix}-08-check-answers")
    page.get_by_role("button", name="Send the referral").click()

    expect(page).to_have_url(re.compile(r"/referrals/VH-\d{4}-\d{6}/$"))
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(REFERENCE)
    reference = REFERENCE.search(heading.inner_text())[0]
    banner = page.locator(".govuk-notification-banner--success")
    expect(banner).to_contain_text(f"Referral {reference} sent to the Vulnerability Hub")
    shot(page, f"{prefix}-09-referral-sent")
    return reference
