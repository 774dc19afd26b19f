"""Every page and API read of case data writes a read event naming the reader and the referral
(DESIGN.md §7), so "who has seen this child" is complete."""

import pytest

from audit.models import AuditEvent
from partners.actions import do_render_share_pack
from risk.models import UnderGradingFlag
from tests.factories import (
    approved_referral,
    share_with,
    submit_referral,
    submitted_assessment,
)


@pytest.fixture
def case(officer, practitioner, supervisor):
    referral = approved_referral(officer, practitioner, supervisor)
    share = share_with(referral, practitioner)
    do_render_share_pack(share.pk)
    flagged = submit_referral(officer, narrative="He strangled her while the child watched.")
    from risk.actions import do_save_assessment
    from tests.factories import assessment_input

    do_save_assessment(
        flagged.subjects.get(),
        assessment_input("medium", rationale="Argument.", voice_of_child="Settled."),
        actor=practitioner,
        submit=True,
    )
    waiting = submitted_assessment(submit_referral(officer), practitioner)
    subject = referral.subjects.get()
    return {
        "referral": referral,
        "share": share,
        "person": subject.person,
        "subject": subject,
        "flag": UnderGradingFlag.objects.filter(referral=flagged).first(),
        "waiting": waiting,
    }


# (reader, url built from the case, event expected, the referral it must name)
READS = [
    (
        "practitioner",
        lambda c: f"/referrals/{c['referral'].reference}/",
        "referral.view",
        "referral",
    ),
    ("officer", lambda c: f"/referrals/{c['referral'].reference}/", "referral.view", "referral"),
    ("manager", lambda c: f"/referrals/people/{c['person'].pk}/", "person.view", None),
    (
        "practitioner",
        lambda c: f"/risk/referrals/{c['referral'].reference}/children/{c['subject'].pk}/assess/",
        "assessment.view",
        "referral",
    ),
    (
        "supervisor2",
        lambda c: f"/risk/assessments/{c['waiting'].pk}/decide/",
        "assessment.view",
        "waiting",
    ),
    ("supervisor", lambda c: f"/risk/reviews/{c['flag'].pk}/", "flag.view", "flag"),
    ("supervisor", lambda c: "/risk/approvals/", "case_list.view", None),
    ("supervisor", lambda c: "/risk/reviews/", "case_list.view", None),
    ("partner_a", lambda c: f"/partners/shares/{c['share'].pk}/", "share.view", "referral"),
    ("practitioner", lambda c: f"/partners/shares/{c['share'].pk}/", "share.view", "referral"),
    (
        "partner_a",
        lambda c: f"/partners/shares/{c['share'].pk}/pack.pdf",
        "share.download",
        "referral",
    ),
    (
        "practitioner",
        lambda c: f"/api/v1/referrals/{c['referral'].reference}/",
        "referral.view",
        "referral",
    ),
    (
        "practitioner",
        lambda c: f"/api/v1/referrals/{c['referral'].reference}/risk/",
        "referral.view",
        "referral",
    ),
    ("auditor", lambda c: f"/audit/people/{c['person'].pk}/", "audit.person_log_view", None),
    (
        "auditor",
        lambda c: f"/audit/referrals/{c['referral'].reference}/",
        "audit.referral_log_view",
        "referral",
    ),
    (
        "supervisor",
        lambda c: f"/audit/people/{c['person'].pk}/subject-access.json",
        "person.subject_access",
        None,
    ),
    # Change history (audit/history.py)
    (
        "practitioner",
        lambda c: f"/referrals/{c['referral'].reference}/history/",
        "referral.history_view",
        "referral",
    ),
    (
        "supervisor",
        lambda c: f"/risk/assessments/{c['waiting'].pk}/history/",
        "assessment.history_view",
        "waiting",
    ),
    (
        "manager",
        lambda c: f"/partners/shares/{c['share'].pk}/history/",
        "share.history_view",
        "referral",
    ),
    ("manager", lambda c: "/risk/model/history/", "config.history_view", None),
    ("manager", lambda c: "/referrals/sla/history/", "config.history_view", None),
    ("manager", lambda c: "/risk/lexicon/history/", "config.history_view", None),
]


def _referral_of(case, key):  # type: ignore[no-untyped-def]
    value = case[key]
    return getattr(value, "referral", value)


@pytest.mark.parametrize(("who", "url", "action", "referral_key"), READS)
def test_each_read_of_case_data_is_audited(
    request, client_for, case, who, url, action, referral_key
):
    reader = request.getfixturevalue(who)
    before = AuditEvent.objects.order_by("-id").values_list("id", flat=True).first()
    response = client_for(reader).get(url(case))
    assert response.status_code == 200, url(case)
    events = AuditEvent.objects.filter(id__gt=before, actor=reader, action=action)
    assert events.exists(), f"{url(case)} wrote no {action} event"
    if referral_key:
        assert events.filter(referral=_referral_of(case, referral_key)).exists()
