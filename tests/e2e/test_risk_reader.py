"""The risk reader in a real browser: a manager imports a backlog holding a referral that
describes strangulation without the word and carries no grade; before anyone opens it, it is
flagged "possible high risk, not yet assessed" with its sentence highlighted, and it heads the
practitioners' queue.

Screenshots in tests/e2e/screenshots/ (names k01-…).
"""

import json
import re

import pytest
from playwright.sync_api import expect

from referrals.models import Referral
from risk.models import FlagKind, FlagStatus, UnderGradingFlag
from tests.e2e.test_journey import sign_in
from tests.e2e.test_queue import queue_rows
from tests.factories import submit_referral

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

HIDDEN = (
    "Officers attended 14 Ash Grove at 2240hrs after a 999 call from a neighbour. "
    "IP Dana (29) says her partner pinned her against the hallway wall and pressed his "
    "forearm across her throat until she could not breathe. Her son Kai (4) was on the stairs. "
    "Partner left before police arrived."
)


def _row(external_id: str, narrative: str, first_name: str) -> dict:
    return {
        "external_id": external_id,
        "incident_reference": f"22/{external_id}/26",
        "incident_at": "2026-11-20T22:40:00Z",
        "location": "14 Ash Grove, Hereford",
        "postcode": "HR1 2AB",
        "incident_type": "domestic-abuse",
        "local_authority": "herefordshire-cs",
        "narrative": narrative,
        "officer_risk_view": "Standard: verbal argument, no injuries seen.",
        "children": [
            {
                "first_name": first_name,
                "last_name": "Reed",
                "date_of_birth": "2016-05-01",
                "voice_of_child": "Quiet; said they were fine.",
            }
        ],
    }


def test_an_imported_referral_describing_strangulation_is_flagged_and_heads_the_queue(
    live_server,
    new_page,
    shot,
    console_errors,
    tmp_path,
    officer,
    practitioner,
    manager,
    supervisor,
) -> None:
    for n in range(3):  # the queue already holds work
        submit_referral(officer, narrative=f"Shouting reported by a neighbour ({n}); no injuries.")
    backlog = tmp_path / "backlog.jsonl"
    rows = [
        _row("OLD-1", "Verbal argument about money; both children asleep upstairs.", "Ada"),
        _row("OLD-2", HIDDEN, "Kai"),
        _row(
            "OLD-3", "Mum had a stiff neck and a sore throat; she asked for a welfare visit.", "Bo"
        ),
    ]
    backlog.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")

    page = sign_in(new_page, live_server, manager)
    page.goto(f"{live_server.url}/referrals/imports/")
    page.get_by_label(re.compile("file", re.I)).set_input_files(str(backlog))
    page.get_by_role("button", name="Upload and import").click()
    expect(page.locator("#import-progress")).to_contain_text("3 of 3 rows checked")
    expect(page.locator("#import-progress .govuk-summary-list__row").first).to_contain_text("3")
    shot(page, "k01-manager-backlog-imported")

    hidden = Referral.objects.get(external_id="OLD-2")
    (flag,) = UnderGradingFlag.objects.filter(referral=hidden, status=FlagStatus.OPEN)
    assert flag.kind == FlagKind.UNASSESSED
    assert not UnderGradingFlag.objects.filter(referral__external_id__in=["OLD-1", "OLD-3"])

    # The practitioner's queue: the unread referral that describes strangulation comes first.
    page = sign_in(new_page, live_server, practitioner)
    page.goto(f"{live_server.url}/referrals/queue/")
    first = queue_rows(page).first
    expect(first).to_contain_text(hidden.reference)
    first.locator("details").get_by_text("Why this rank").click()
    expect(first.locator(".govuk-details__text")).to_contain_text(
        "Signs of high risk in the text, strangulation, choking or suffocation (“"
    )
    expect(first.locator(".govuk-details__text")).to_contain_text("breathe”): 50")
    shot(page, "k02-practitioner-queue-hidden-risk-first")

    # The supervisor's review list: the flag, its reason and the sentence, highlighted.
    page = sign_in(new_page, live_server, supervisor)
    page.goto(f"{live_server.url}/risk/reviews/")
    card = page.locator(".govuk-summary-card", has=page.get_by_role("link", name=hidden.reference))
    expect(card).to_contain_text("Possible high risk, not yet assessed")
    expect(card.locator("mark.vhub-mark").first).to_have_text(re.compile("throat|breathe"))
    expect(card).to_contain_text("pressed his forearm across her throat")
    shot(page, "k03-supervisor-review-list-sentence-highlighted")

    page.get_by_role("link", name=hidden.reference).first.click()
    expect(page.get_by_role("heading", name="What the risk reader found")).to_be_visible()
    expect(page.locator("mark.vhub-mark").first).to_be_visible()
    shot(page, "k04-supervisor-referral-what-the-reader-found")
    assert console_errors == []
