"""The possible-matches list and its bulk confirmation: preview first, then confirm; for
practitioners and supervisors only; reached from the import's page."""

import json

import pytest
import time_machine

from audit.models import AuditEvent
from referrals import importer
from referrals.models import ImportJob, MatchStatus, PersonMatch
from tests.referrals.test_repeats import NOW, SHUFFLED, _row
from vhub.clock import now


@pytest.fixture
def job(db, tmp_path):
    path = tmp_path / "backlog.jsonl"
    path.write_text("".join(json.dumps(_row(*r)) + "\n" for r in SHUFFLED))
    job = ImportJob.objects.create(original_name="backlog.jsonl", created_at=now())
    with time_machine.travel(NOW, tick=False):
        importer.import_referrals(path, job=job)
    return job


def test_the_list_shows_an_imports_matches_marked_probable(job, client_for, practitioner) -> None:
    page = client_for(practitioner).get(f"/referrals/matches/?import={job.pk}")
    text = page.content.decode()
    assert page.status_code == 200
    assert "From the import of backlog.jsonl" in text
    assert text.count('name="match"') == 3
    assert text.count("govuk-tag--orange") == 3  # each is probable
    assert AuditEvent.objects.filter(actor=practitioner, details__page="matches").exists()


def test_the_preview_confirms_nothing_and_confirming_links_each(
    job, client_for, practitioner
) -> None:
    ids = list(PersonMatch.objects.values_list("pk", flat=True))
    client = client_for(practitioner)
    preview = client.post("/referrals/matches/confirm/", {"match": ids, "import": job.pk})
    assert preview.status_code == 200
    assert "Confirm 3 matches" in preview.content.decode()
    assert not PersonMatch.objects.exclude(status=MatchStatus.SUGGESTED).exists()

    done = client.post(
        "/referrals/matches/confirm/", {"match": ids, "import": job.pk, "decision": "confirm"}
    )
    assert done.status_code == 302
    assert done["Location"] == f"/referrals/matches/?import={job.pk}"
    assert PersonMatch.objects.filter(status=MatchStatus.CONFIRMED).count() == 2
    assert AuditEvent.objects.filter(action="person.match_confirm").count() == 2
    followed = client.get(done["Location"]).content.decode()
    assert "2 matches confirmed; 1 skipped" in followed


def test_nothing_selected_sends_back_with_an_error(job, client_for, practitioner) -> None:
    response = client_for(practitioner).post("/referrals/matches/confirm/", {"import": job.pk})
    assert response.status_code == 302
    page = client_for(practitioner).get(response["Location"])
    assert page.status_code == 200


def test_the_rejection_preview_rejects_nothing_and_rejecting_audits_each(
    job, client_for, practitioner
) -> None:
    from referrals.models import Referral, ReferralSubject
    from referrals.repeats import repeat_state
    from risk.scoring import current_model_version

    ids = list(PersonMatch.objects.values_list("pk", flat=True))
    client = client_for(practitioner)
    listed = client.get(f"/referrals/matches/?import={job.pk}").content.decode()
    assert 'formaction="/referrals/matches/reject/"' in listed
    preview = client.post("/referrals/matches/reject/", {"match": ids, "import": job.pk})
    assert preview.status_code == 200
    text = preview.content.decode()
    assert "Reject 3 matches" in text
    assert 'value="reject"' in text
    assert not PersonMatch.objects.exclude(status=MatchStatus.SUGGESTED).exists()
    assert AuditEvent.objects.filter(actor=practitioner, details__page="matches_preview").exists()

    done = client.post(
        "/referrals/matches/reject/", {"match": ids, "import": job.pk, "decision": "reject"}
    )
    assert done.status_code == 302
    assert done["Location"] == f"/referrals/matches/?import={job.pk}"
    assert PersonMatch.objects.filter(status=MatchStatus.REJECTED).count() == 3
    # Each rejection is audited on its own, and the batch once.
    assert AuditEvent.objects.filter(action="person.match_reject", actor=practitioner).count() == 3
    (bulk,) = AuditEvent.objects.filter(action="person.match_bulk_reject")
    assert sorted(bulk.details["rejected"]) == sorted(ids)
    assert "3 matches rejected" in client.get(done["Location"]).content.decode()
    # The probable repeat those matches made is gone.
    third = ReferralSubject.objects.get(referral=Referral.objects.get(external_id="OLD-3"))
    assert repeat_state(third, current_model_version()) == ""


def test_a_match_decided_meanwhile_is_skipped_by_the_bulk_rejection(
    job, client_for, supervisor
) -> None:
    first, *others = PersonMatch.objects.order_by("pk")
    PersonMatch.objects.filter(pk=first.pk).update(status=MatchStatus.REJECTED)
    ids = [first.pk, *(m.pk for m in others)]
    client = client_for(supervisor)
    done = client.post("/referrals/matches/reject/", {"match": ids, "decision": "reject"})
    assert done.status_code == 302
    # The list offers only matches still waiting: the one decided meanwhile is not selected.
    assert AuditEvent.objects.filter(action="person.match_reject").count() == len(others)
    assert "2 matches rejected" in client.get(done["Location"]).content.decode()


def test_nothing_selected_to_reject_sends_back_with_an_error(job, client_for, practitioner) -> None:
    client = client_for(practitioner)
    response = client.post("/referrals/matches/reject/", {"import": job.pk, "decision": "reject"})
    assert response.status_code == 302
    assert "Select the matches to reject" in client.get(response["Location"]).content.decode()
    assert not PersonMatch.objects.exclude(status=MatchStatus.SUGGESTED).exists()


@pytest.mark.parametrize("who", ["officer", "manager", "auditor", "partner_a", "partner_b"])
def test_people_who_do_not_link_children_cannot_reject_matches(
    job, request, client_for, who
) -> None:
    user = request.getfixturevalue(who)
    ids = list(PersonMatch.objects.values_list("pk", flat=True))
    client = client_for(user)
    assert client.post("/referrals/matches/reject/", {"match": ids}).status_code == 403
    response = client.post("/referrals/matches/reject/", {"match": ids, "decision": "reject"})
    assert response.status_code == 403
    assert not PersonMatch.objects.exclude(status=MatchStatus.SUGGESTED).exists()
    assert AuditEvent.objects.filter(actor=user, action="access.denied").count() == 2


def test_an_officer_cannot_reject_matches_through_the_action(job, officer) -> None:
    from referrals.actions.matching import do_reject_matches
    from vhub.errors import ActionPermissionError

    with pytest.raises(ActionPermissionError):
        do_reject_matches(list(PersonMatch.objects.all()), actor=officer)
    assert not PersonMatch.objects.exclude(status=MatchStatus.SUGGESTED).exists()


@pytest.mark.parametrize("who", ["officer", "manager", "auditor", "partner_a"])
def test_people_who_do_not_link_children_cannot_see_or_confirm_matches(
    job, request, client_for, who
) -> None:
    user = request.getfixturevalue(who)
    ids = list(PersonMatch.objects.values_list("pk", flat=True))
    client = client_for(user)
    assert client.get("/referrals/matches/").status_code == 403
    response = client.post("/referrals/matches/confirm/", {"match": ids, "decision": "confirm"})
    assert response.status_code == 403
    assert not PersonMatch.objects.exclude(status=MatchStatus.SUGGESTED).exists()
    assert AuditEvent.objects.filter(actor=user, action="access.denied").count() == 2


def test_the_imports_page_leads_a_supervisor_to_its_matches(
    job, client_for, supervisor, manager
) -> None:
    link = f'href="/referrals/matches/?import={job.pk}"'
    page = client_for(supervisor).get(f"/referrals/imports/{job.pk}/").content.decode()
    assert "3 possible matches" in page
    assert link in page
    # A manager sees the count but does not link children.
    page = client_for(manager).get(f"/referrals/imports/{job.pk}/").content.decode()
    assert "3 possible matches" in page
    assert link not in page
