"""A backlog at full fidelity in a real browser: a manager uploads an old backlog (received
weeks ago, with the officer's grade, the adults and the source's reference); a supervisor gets
one digest of the clocks breached before import, opens the import, previews and confirms the
probable repeat child's matches in bulk; the referral page shows what the source sent.

Screenshots in tests/e2e/screenshots/ (names b01-…).
"""

import json
import re
from datetime import timedelta
from typing import Any

import pytest
from playwright.sync_api import expect

from referrals.models import MatchStatus, PersonMatch, Referral
from tests.e2e.test_journey import expect_success_banner, sign_in
from vhub.clock import now

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _row(external_id: str, days_ago: int, surname: str) -> dict[str, Any]:
    incident = now() - timedelta(days=days_ago)
    return {
        "external_id": external_id,
        "source_reference": f"CASE/2026/{external_id}",
        "incident_reference": f"22/{external_id}/26",
        "incident_at": incident.isoformat(),
        "received_at": (incident + timedelta(days=1)).isoformat(),
        "officer_grade": "standard",
        "location": "4 Castle Street, Shrewsbury",
        "postcode": "SY1 2BJ",
        "incident_type": "domestic-abuse",
        "narrative": "Argument overheard by neighbours.",
        "officer_risk_view": "Some risk.",
        "children": [
            {
                "first_name": "Jayden",
                "last_name": surname,
                "date_of_birth": "2017-03-09",
                "voice_of_child": "Said it was loud.",
            }
        ],
        "people": [
            {
                "role": "victim",
                "first_name": "Sara",
                "last_name": "Smith",
                "date_of_birth": "1990-03-04",
                "address": "4 Castle Street, Shrewsbury",
                "postcode": "SY1 2BJ",
            },
            {"role": "suspect", "first_name": "Dean", "last_name": "Price"},
        ],
    }


def test_an_old_backlog_arrives_whole_and_its_repeat_child_is_confirmed_in_bulk(
    live_server, new_page, shot, console_errors, tmp_path, manager, supervisor
) -> None:
    backlog = tmp_path / "backlog.jsonl"
    # The same child three times, exported out of incident order, one surname misspelt.
    rows = [_row("OLD-3", 41, "Smith"), _row("OLD-1", 101, "Smyth"), _row("OLD-2", 71, "Smith")]
    rows[0]["narrative"] = "He held a knife to her throat in front of the children."
    backlog.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")

    page = sign_in(new_page, live_server, manager)
    page.goto(f"{live_server.url}/referrals/imports/")
    page.get_by_label(re.compile("file", re.I)).set_input_files(str(backlog))
    page.get_by_role("button", name="Upload and import").click()
    expect(page.locator("#import-progress")).to_contain_text("3 of 3 rows checked")
    expect(page.get_by_text("3 possible matches between children")).to_be_visible()
    # A manager sees the count; practitioners and supervisors confirm.
    expect(page.get_by_text("A practitioner or supervisor confirms them")).to_be_visible()
    shot(page, "b01-manager-import-finished")

    # The import's risk scan, and from it the queue filtered to the import's flagged referrals.
    page.get_by_role("link", name="Open the risk scan of this import").click()
    expect(page.get_by_role("heading", name="Risk scan")).to_be_visible()
    expect(page.locator("#import-scan")).to_contain_text("Scan finished")
    expect(page.locator("#scan-bar")).to_have_attribute("value", "100")
    expect(page.locator("#import-scan")).to_contain_text("0 confirmed, 1 probable")
    ranked = page.locator("#import-scan tbody tr")
    expect(ranked).to_have_count(1)
    expect(ranked.first).to_contain_text("knife to her throat")
    shot(page, "b01a-manager-risk-scan")
    page.get_by_role(
        "link", name="Open this import's flagged referrals in the triage queue"
    ).click()
    expect(page).to_have_url(re.compile(r"/referrals/queue/\?import_job=\d+&flagged=on"))
    expect(page.get_by_text("Only the referrals of")).to_be_visible()
    third = Referral.objects.get(external_id="OLD-3")
    expect(page.locator("#queue-results")).to_contain_text(third.reference)
    shot(page, "b01b-manager-queue-filtered-to-the-import")

    page.goto(f"{live_server.url}/dashboards/overview/")
    figure = page.locator("section#fig-breaches_import, section.vhub-figure").filter(
        has=page.get_by_role("heading", name="Breached before import, by clock and grade")
    )
    expect(figure).to_contain_text("were already past their due time when a backlog import")
    figure.scroll_into_view_if_needed()
    shot(page, "b02-manager-dashboard-breached-before-import")

    # The supervisor: one digest about the import's old breaches, leading to the import.
    page = sign_in(new_page, live_server, supervisor)
    page.goto(f"{live_server.url}/notifications/")
    digest = page.get_by_role("link", name=re.compile("clocks breached before import"))
    expect(digest).to_have_count(1)
    shot(page, "b03-supervisor-digest-notice")
    digest.click()
    page.get_by_role("link", name="Review and confirm this import's possible matches").click()
    expect(
        page.get_by_role("heading", name=re.compile("Possible matches to confirm"))
    ).to_be_visible()
    expect(page.locator("tbody .govuk-tag--orange")).to_have_count(3)
    shot(page, "b04-supervisor-matches-of-the-import")

    for box in page.locator('input[name="match"]').all():
        box.check()
    page.get_by_role("button", name="Preview the selected matches").click()
    expect(page.get_by_role("heading", name="Confirm 3 matches")).to_be_visible()
    assert not PersonMatch.objects.exclude(status=MatchStatus.SUGGESTED).exists()
    shot(page, "b05-supervisor-preview-before-confirming")
    page.get_by_role("button", name="Confirm 3 matches").click()
    expect_success_banner(page, "2 matches confirmed; 1 skipped")
    shot(page, "b06-supervisor-matches-confirmed")

    third = Referral.objects.get(external_id="OLD-3")
    page.goto(f"{live_server.url}/referrals/{third.reference}/")
    expect(page.get_by_text("CASE/2026/OLD-3")).to_be_visible()
    expect(page.get_by_text("Dean Price")).to_be_visible()
    expect(page.locator("body")).to_contain_text("is a repeat child: 3 referrals in 91 days")
    expect(page.locator(".vhub-clocks")).to_contain_text("Breached before import")
    shot(page, "b07-supervisor-referral-from-the-backlog")
    assert console_errors == []


def test_a_child_imported_four_times_is_one_repeat_child_and_its_matches_are_rejected_in_bulk(
    live_server, new_page, shot, console_errors, tmp_path, manager, supervisor
) -> None:
    """Four records of one child, none confirmed: the dashboard lists the child once; then a
    supervisor rejects the matches in bulk, after the same preview as the confirmation."""
    from referrals import importer
    from referrals.models import ImportJob

    backlog = tmp_path / "backlog.jsonl"
    rows = [
        _row("OLD-4", 11, "Smith"),
        _row("OLD-3", 41, "Smith"),
        _row("OLD-1", 101, "Smyth"),
        _row("OLD-2", 71, "Smith"),
    ]
    backlog.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    job = ImportJob.objects.create(original_name="backlog.jsonl", created_at=now())
    assert importer.import_referrals(backlog, job=job).imported == 4

    page = sign_in(new_page, live_server, manager)
    page.goto(f"{live_server.url}/dashboards/overview/")
    figure = page.locator("section.vhub-figure").filter(
        has=page.get_by_role("heading", name="Repeat children")
    )
    expect(figure.locator("tbody tr")).to_have_count(1)
    expect(figure.locator("tbody tr").first).to_contain_text("Jayden Smith")
    expect(figure.locator("tbody tr").first).to_contain_text("Probable")
    figure.scroll_into_view_if_needed()
    shot(page, "b08-manager-dashboard-one-repeat-child-of-four-records")

    page = sign_in(new_page, live_server, supervisor)
    page.goto(f"{live_server.url}/referrals/matches/?import={job.pk}")
    boxes = page.locator('input[name="match"]')
    expect(boxes).to_have_count(PersonMatch.objects.count())
    for box in boxes.all():
        box.check()
    page.get_by_role("button", name="Preview rejecting the selected matches").click()
    count = PersonMatch.objects.count()
    expect(page.get_by_role("heading", name=f"Reject {count} matches")).to_be_visible()
    assert not PersonMatch.objects.exclude(status=MatchStatus.SUGGESTED).exists()
    shot(page, "b09-supervisor-preview-before-rejecting")
    page.get_by_role("button", name=f"Reject {count} matches").click()
    expect_success_banner(page, f"{count} matches rejected")
    expect(page.get_by_text("No possible matches are waiting")).to_be_visible()
    shot(page, "b10-supervisor-matches-rejected")
    assert PersonMatch.objects.filter(status=MatchStatus.REJECTED).count() == count
    assert console_errors == []
