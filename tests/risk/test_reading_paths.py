"""Every path by which a referral's words arrive or change is read by the risk reader: the
records-system API, the backlog import, an officer's correction and an assessment's words (the
officer's web form and every factory referral go through the same intake action)."""

import json
from io import StringIO

from django.core.management import call_command
from django.test import Client

from officer.actions import (
    do_save_draft_section,
    do_start_correction,
    do_submit_draft,
)
from referrals.actions.returns import do_return_to_officer
from referrals.integration import do_create_integration_client
from referrals.models import Referral
from risk.actions import do_save_assessment
from risk.models import (
    FlagKind,
    FlagStatus,
    IndicatorCatalogueVersion,
    RiskSignal,
    UnderGradingFlag,
)
from risk.reader import DEFAULT_CATALOGUE
from tests.api.test_intake_api import PAYLOAD
from tests.factories import assessment_input, submit_referral
from tests.referrals.test_import import _row, _write_csv

HIDDEN = "She says he put both hands round her throat and squeezed until she saw stars."


def _indicators(referral) -> set[str]:
    return set(
        RiskSignal.objects.filter(referral=referral, acting=True).values_list(
            "indicator", flat=True
        )
    )


def test_the_api_intake_is_read(db) -> None:
    _, token = do_create_integration_client(actor=None, name="Niche", source_system="niche")
    response = Client(HTTP_AUTHORIZATION=f"Bearer {token}").post(
        "/api/v1/referrals/", {**PAYLOAD, "narrative": HIDDEN}, content_type="application/json"
    )
    assert response.status_code == 201
    referral = Referral.objects.get(reference=response.json()["reference"])
    assert _indicators(referral) == {"strangulation"}
    assert UnderGradingFlag.objects.filter(referral=referral, kind=FlagKind.UNASSESSED).exists()


def test_an_imported_referral_is_read(db, tmp_path) -> None:
    rows = [_row(1), {**_row(2), "narrative": HIDDEN}]
    path = tmp_path / "backlog.csv"
    _write_csv(path, rows)
    call_command("import_referrals", str(path), stdout=StringIO())
    assert _indicators(Referral.objects.get(external_id="OLD-0001")) == set()
    assert _indicators(Referral.objects.get(external_id="OLD-0002")) == {"strangulation"}


def test_a_corrected_narrative_is_read_again(officer, practitioner) -> None:
    referral = submit_referral(officer, narrative="Argument about money; nobody hurt.")
    assert _indicators(referral) == set()
    do_save_assessment(  # the officer's initial assessment, which a correction needs
        referral.subjects.get(), assessment_input("medium"), actor=officer, submit=False
    )
    do_return_to_officer(referral, actor=practitioner, reason="Say what happened in full.")
    draft = do_start_correction(referral, actor=officer)
    do_save_draft_section(draft, actor=officer, section="narrative", raw={"narrative": [HIDDEN]})
    do_submit_draft(draft, actor=officer)
    assert _indicators(referral) == {"strangulation"}


def test_an_assessments_words_are_read(officer, practitioner) -> None:
    referral = submit_referral(officer, narrative="Argument about money.")
    do_save_assessment(
        referral.subjects.get(),
        assessment_input("medium", rationale="Child said dad held a knife to mum's face."),
        actor=practitioner,
        submit=False,
    )
    assert _indicators(referral) == {"weapon"}
    signal = RiskSignal.objects.get(referral=referral, acting=True)
    assert signal.field.startswith("Rationale for ")


def test_the_shipped_catalogue_is_the_newest_version_after_migrating(db) -> None:
    newest = IndicatorCatalogueVersion.objects.order_by("-number").first()
    assert newest.number == 2
    assert newest.content == json.loads(DEFAULT_CATALOGUE.read_text(encoding="utf-8"))


def test_referrals_read_by_an_older_version_are_read_again_after_an_upgrade(officer) -> None:
    referral = submit_referral(officer, narrative=HIDDEN)
    version_1 = IndicatorCatalogueVersion.objects.get(number=1)
    RiskSignal.objects.filter(referral=referral).update(version=version_1)
    out = StringIO()
    call_command("reread_referrals", "--if-stale", stdout=out)
    assert "with catalogue version 2" in out.getvalue()
    assert set(
        RiskSignal.objects.filter(referral=referral).values_list("version__number", flat=True)
    ) == {2}
    out = StringIO()
    call_command("reread_referrals", "--if-stale", stdout=out)
    assert "nothing to do" in out.getvalue()


def test_the_reread_runs_as_batches_and_finishes_once(officer, monkeypatch) -> None:
    from risk import tasks

    referrals = [submit_referral(officer, narrative=HIDDEN) for _ in range(3)]
    finished = []
    monkeypatch.setattr(tasks, "REREAD_BATCH", 1)
    monkeypatch.setattr(tasks, "recompute_priorities", lambda: finished.append(True))
    newest = IndicatorCatalogueVersion.objects.order_by("-number").first()
    dispatched = []
    real_delay = tasks.reread_batch.delay
    monkeypatch.setattr(
        tasks.reread_batch, "delay", lambda *a: (dispatched.append(a), real_delay(*a))
    )
    assert tasks.reread_open_referrals(newest.pk) == 3
    assert [len(ids) for _, ids in dispatched] == [1, 1, 1]
    newest.refresh_from_db()
    assert (newest.reread_done, newest.reread_total) == (3, 3)
    assert newest.reread_finished_at is not None
    assert finished == [True]  # the queue re-scored once, by the batch that completed the count
    assert all(_indicators(r) == {"strangulation"} for r in referrals)


def test_a_batch_of_a_replaced_version_only_counts_itself(officer) -> None:
    from risk.tasks import reread_batch

    referral = submit_referral(officer, narrative=HIDDEN)
    version_1 = IndicatorCatalogueVersion.objects.get(number=1)
    RiskSignal.objects.filter(referral=referral).delete()
    IndicatorCatalogueVersion.objects.filter(pk=version_1.pk).update(reread_total=1)
    reread_batch(version_1.pk, [referral.pk])
    assert not RiskSignal.objects.filter(referral=referral).exists()  # not read by version 1
    version_1.refresh_from_db()
    assert version_1.reread_done == 1


def _reread_version():
    """The newest version, with a count no batch here completes (the finish, which re-scores
    the whole queue, is tested above)."""
    version = IndicatorCatalogueVersion.objects.order_by("-number").first()
    IndicatorCatalogueVersion.objects.filter(pk=version.pk).update(reread_total=10_000)
    return version


def test_a_reread_batch_runs_the_same_queries_for_one_referral_or_many(
    officer, practitioner, django_assert_num_queries
) -> None:
    from risk.tasks import reread_batch

    referrals = [submit_referral(officer, narrative=HIDDEN) for _ in range(4)]
    do_save_assessment(  # a child's voice and an assessment's words are read too
        referrals[0].subjects.get(),
        assessment_input("medium", rationale="Child said dad held a knife to mum's face."),
        actor=practitioner,
        submit=False,
    )
    version = _reread_version()
    ids = [r.pk for r in referrals]
    reread_batch(version.pk, ids)  # the version compiled once in this process, as a worker's
    for batch in (ids[:1], ids):
        with django_assert_num_queries(READ_BATCH_QUERIES):
            # 1  the newest catalogue version: is this batch's still current?
            # 2  SAVEPOINT: the reading is one transaction
            # 3  the version's id and publication time (its compiled reader is cached)
            # 4  the children's names and voices, for every referral of the batch
            # 5  the assessments' children's names, rationales and voices
            # 6  the referrals' narratives and officers' views
            # 7  the acting evidence stored by the last reading
            # 8  DELETE of their signals
            # 9  INSERT of the new signals (one statement per 1,000)
            # 10 RELEASE SAVEPOINT
            # 11 the progress count
            # 12 the claim of the finish (not claimed: the count is not complete)
            # and no flag refresh: the evidence is what it was
            reread_batch(version.pk, batch)
    assert _indicators(referrals[0]) == {"strangulation", "weapon"}
    assert all(_indicators(r) == {"strangulation"} for r in referrals[1:])


READ_BATCH_QUERIES = 12


def test_a_reread_batch_refreshes_the_flags_of_the_referrals_whose_evidence_changed(
    officer,
) -> None:
    from risk.tasks import reread_batch

    calm, changed = (submit_referral(officer, narrative=HIDDEN) for _ in range(2))
    flags = UnderGradingFlag.objects.filter(kind=FlagKind.UNASSESSED, status=FlagStatus.OPEN)
    assert flags.filter(referral=calm).exists()
    assert flags.filter(referral=changed).exists()
    Referral.objects.filter(pk=changed.pk).update(narrative="Argument about money; nobody hurt.")
    version = _reread_version()
    reread_batch(version.pk, [calm.pk, changed.pk])
    assert flags.filter(referral=calm).exists()
    flag = UnderGradingFlag.objects.get(referral=changed, kind=FlagKind.UNASSESSED)
    assert flag.status == FlagStatus.SUPERSEDED  # its words no longer show a sign of high risk
    assert _indicators(changed) == set()
