"""The practitioner's share page: recipients suggested, pack templates, redaction that never
leaks, new versions that keep the old, and the supervisor's authorisation rule."""

import io
import json
import re
from html import escape

import pytest
from django.contrib.auth.models import Group
from guardian.shortcuts import get_perms
from pypdf import PdfReader

from audit.models import AuditEvent
from partners.actions import (
    do_authorise_share,
    do_create_share,
    do_refuse_share,
    do_set_authorisation_rule,
)
from partners.marac import check_marac
from partners.models import LawfulBasis, Share, ShareStatus
from partners.selectors import partner_inbox
from partners.sharing_selectors import suggest_recipients
from referrals.models import ClockKind, ClockState, SlaClock
from risk.models import ChildRiskAssessment
from tests.factories import approved_referral, child
from vhub.errors import ActionError, ActionPermissionError
from vhub.models import Agency, AgencyKind

SECRET_NARRATIVE = "Zebra-narrative-7781 the mother disclosed a hidden history"
SECRET_ADDRESS = "Quokka Cottage 4412"
SECRET_VOICE = "Pangolin-voice-5519 said daddy hurts mummy"


def _pdf_text(share: Share) -> str:
    share.refresh_from_db()
    data = share.pack_file.read()
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _agency(name: str, kind: str, area: str = "Herefordshire") -> Agency:
    slug = name.lower().replace(" ", "-")[:60]
    return Agency.objects.create(
        name=name,
        slug=slug,
        kind=kind,
        area=area,
        group=Group.objects.create(name=f"agency:{slug}"),
    )


@pytest.fixture
def secret_referral(officer, practitioner, supervisor):
    return approved_referral(
        officer,
        practitioner,
        supervisor,
        narrative=SECRET_NARRATIVE,
        children=[child(address=SECRET_ADDRESS, voice_of_child=SECRET_VOICE)],
    )


def _share(referral, practitioner, *, redacted=(), template=None, slug: str = "herefordshire-cs"):
    return do_create_share(
        referral,
        actor=practitioner,
        agency=Agency.objects.get(slug=slug),
        lawful_basis=LawfulBasis.DPA_SCHEDULE_8,
        justification="The local authority must assess the child's safety.",
        pack_template=template,
        redacted=redacted,
    )


def test_redacted_fields_never_reach_the_snapshot_the_portal_or_the_pdf(
    secret_referral, practitioner, partner_a, client_for, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        share = _share(
            secret_referral,
            practitioner,
            redacted=["narrative", "child.address", "child.voice_of_child"],
        )
    stored = json.dumps(Share.objects.get(pk=share.pk).snapshot)
    page = client_for(partner_a).get(f"/partners/shares/{share.pk}/").content.decode()
    pdf = _pdf_text(share)
    for secret in (SECRET_NARRATIVE, SECRET_ADDRESS, SECRET_VOICE):
        assert secret not in stored
        assert secret not in page
        assert secret.split()[0] not in pdf
    # the recipient is told what was withheld, never what it said
    assert "Circumstances (what happened)" in share.snapshot["withheld"]
    assert "withheld these fields" in page
    assert share.redacted_fields == ["child.address", "child.voice_of_child", "narrative"]
    event = AuditEvent.objects.get(action="share.create", object_id=str(share.pk))
    assert event.details["withheld"] == share.redacted_fields


def test_without_redaction_the_same_fields_do_appear(
    secret_referral, practitioner, partner_a, client_for, django_capture_on_commit_callbacks
) -> None:
    """The control for the test above: the secrets are findable when not withheld."""
    with django_capture_on_commit_callbacks(execute=True):
        share = _share(secret_referral, practitioner)
    page = client_for(partner_a).get(f"/partners/shares/{share.pk}/").content.decode()
    pdf = _pdf_text(share)
    assert SECRET_ADDRESS in page
    assert "Zebra-narrative-7781" in pdf
    assert "Pangolin-voice-5519" in pdf


def test_the_child_name_and_police_reference_cannot_be_withheld(
    secret_referral, practitioner
) -> None:
    with pytest.raises(ActionError, match="withhold"):
        _share(secret_referral, practitioner, redacted=["child.name"])
    with pytest.raises(ActionError, match="withhold"):
        _share(secret_referral, practitioner, redacted=["not_a_field"])


def test_each_agency_kind_gets_its_own_template(secret_referral, practitioner) -> None:
    health = _agency("Herefordshire Health Visiting", AgencyKind.HEALTH)
    share = do_create_share(
        secret_referral,
        actor=practitioner,
        agency=health,
        lawful_basis=LawfulBasis.DPA_SCHEDULE_8,
        justification="The health visitor supports the family.",
    )
    assert share.pack_template == "health"
    assert "officer_risk_view" not in share.snapshot
    assert "school" not in share.snapshot["children"][0]
    assert share.snapshot["children"][0]["gp"] == "Severn Medical Practice"


def test_recipients_are_suggested_from_routing_the_incident_and_the_child(
    officer, practitioner, supervisor
) -> None:
    health = _agency("Herefordshire Health Visiting", AgencyKind.HEALTH)
    school = _agency("Riverside Primary School", AgencyKind.SCHOOL)
    _agency("Other Area Health", AgencyKind.HEALTH, area="Shropshire")
    referral = approved_referral(officer, practitioner, supervisor)  # high-grade domestic abuse
    # Fourteen checklist indicators: the MARAC criterion "visible high risk" is met.
    ChildRiskAssessment.objects.filter(referral=referral).update(
        da_yes_codes=[f"q{i}" for i in range(14)]
    )
    suggested = {s.agency.slug: s.reason for s in suggest_recipients(referral)}
    assert set(suggested) == {"herefordshire-cs", "marac", health.slug, school.slug}
    assert suggested["marac"].startswith("MARAC criteria met: ")
    assert "14 risk indicators" in suggested["marac"]
    assert "GP or health visitor" in suggested[health.slug]


def test_marac_is_not_suggested_when_no_marac_criterion_is_met(
    officer, practitioner, supervisor
) -> None:
    """Found in use: a high domestic-abuse referral whose MARAC panel said every criterion was
    "Not met" arrived on the share form with MARAC ticked."""
    referral = approved_referral(officer, practitioner, supervisor)  # high grade, no criterion
    assert check_marac(referral).met == []
    assert "marac" not in {s.agency.slug for s in suggest_recipients(referral)}


def test_a_new_version_supersedes_the_old_which_stays_visible(
    secret_referral, practitioner, partner_a, client_for
) -> None:
    first = _share(secret_referral, practitioner)
    second = _share(secret_referral, practitioner, redacted=["narrative"])
    first.refresh_from_db()
    assert (first.version, second.version) == (1, 2)
    assert first.superseded_by == second
    assert first.status == ShareStatus.ACTIVE  # still the agency's record of what it was told
    assert set(partner_inbox(user=partner_a)) == {first, second}
    page = client_for(partner_a).get(f"/partners/shares/{first.pk}/").content.decode()
    assert "Superseded" in page
    # the old version's clocks stop; the new one's run
    assert not SlaClock.objects.filter(
        share=first, state__in=[ClockState.ON_TRACK, ClockState.AT_RISK]
    ).exists()
    assert SlaClock.objects.filter(share=second, kind=ClockKind.PARTNER_ACK).exists()
    assert AuditEvent.objects.filter(action="share.supersede", object_id=str(first.pk)).exists()


SHARE_ANSWERS = {
    "pack_template": "health",
    "redacted": ["child.address", "officer_risk_view"],
    "lawful_basis": "dpa2018_sch8",
    "justification": "Both authorities are involved.",
}


def test_the_share_form_shares_with_several_agencies_using_chosen_template_and_redaction(
    secret_referral, practitioner, client_for, herefordshire, shropshire
) -> None:
    response = client_for(practitioner).post(
        f"/partners/referrals/{secret_referral.reference}/share/",
        {**SHARE_ANSWERS, "recipients": [herefordshire.pk, shropshire.pk], "step": "confirm"},
    )
    assert response.status_code == 302
    shares = Share.objects.filter(referral=secret_referral)
    assert {s.agency for s in shares} == {herefordshire, shropshire}
    for s in shares:
        assert s.pack_template == "health"
        assert "address" not in s.snapshot["children"][0]


def test_the_share_form_first_shows_a_check_page_and_shares_nothing(
    secret_referral, practitioner, client_for, herefordshire, shropshire
) -> None:
    """Found in use: one click shared with three agencies under one justification."""
    response = client_for(practitioner).post(
        f"/partners/referrals/{secret_referral.reference}/share/",
        {**SHARE_ANSWERS, "recipients": [herefordshire.pk, shropshire.pk]},
    )
    assert response.status_code == 200
    assert "Check before you share" in response.content.decode()
    assert not Share.objects.exists()
    assert not AuditEvent.objects.filter(action="share.create").exists()


def test_the_check_page_lists_each_agency_with_its_template_and_withheld_fields(
    secret_referral, practitioner, client_for, herefordshire
) -> None:
    health = _agency("Herefordshire Health Visiting", AgencyKind.HEALTH)
    response = client_for(practitioner).post(
        f"/partners/referrals/{secret_referral.reference}/share/",
        {**SHARE_ANSWERS, "pack_template": "auto", "recipients": [herefordshire.pk, health.pk]},
    )
    page = response.content.decode()
    sections = {
        name: page[page.index(f">{escape(name)}</h2>") :]
        for name in (herefordshire.name, health.name)
    }
    la = sections[herefordshire.name]
    la = la[: la.index("</dl>")]
    hv = sections[health.name]
    hv = hv[: hv.index("</dl>")]
    assert "Full local authority pack" in la
    # The officer's view is in the full pack, so withholding it applies to the local authority
    assert "Address, Officer&#x27;s view of risk" in la
    assert "Health pack" in hv
    # ... but the health pack never holds it: only the address is withheld from health
    assert re.search(r"Fields you withheld</dt>\s*<dd[^>]*>Address</dd>", hv)
    assert "School or nursery" in hv  # not in the health template


def test_changing_the_choices_returns_to_the_form_as_it_was_filled(
    secret_referral, practitioner, client_for, herefordshire
) -> None:
    response = client_for(practitioner).post(
        f"/partners/referrals/{secret_referral.reference}/share/",
        {**SHARE_ANSWERS, "recipients": [herefordshire.pk], "step": "change"},
    )
    page = response.content.decode()
    assert "Share with partner agencies" in page
    assert "Both authorities are involved." in page
    assert not Share.objects.exists()


def test_confirming_shares_and_audits_each_share(
    secret_referral, practitioner, client_for, herefordshire
) -> None:
    response = client_for(practitioner).post(
        f"/partners/referrals/{secret_referral.reference}/share/",
        {**SHARE_ANSWERS, "recipients": [herefordshire.pk], "step": "confirm"},
    )
    assert response.status_code == 302
    share = Share.objects.get(referral=secret_referral)
    event = AuditEvent.objects.get(action="share.create", object_id=str(share.pk))
    assert event.actor == practitioner
    assert event.details["withheld"] == ["child.address"]  # the health pack has no officer's view


def test_each_ticked_agency_shows_its_reason_beside_its_box(
    secret_referral, practitioner, client_for, herefordshire
) -> None:
    page = (
        client_for(practitioner)
        .get(f"/partners/referrals/{secret_referral.reference}/share/")
        .content.decode()
    )
    boxes = re.findall(r'<input class="govuk-checkboxes__input"[^>]*name="recipients"[^>]*>', page)
    ticked = [b for b in boxes if " checked" in b]
    assert ticked  # the local authority, from routing
    for box in ticked:
        hint_id = re.search(r'aria-describedby="([^"]+)"', box)
        assert hint_id, f"ticked without a reason: {box}"
        hint = re.search(rf'id="{hint_id[1]}"[^>]*>([^<]+)<', page)
        assert hint
        assert hint[1].startswith("Suggested: ")
    la_box = next(b for b in ticked if f'value="{herefordshire.pk}"' in b)
    hint_id = re.search(r'aria-describedby="([^"]+)"', la_box)[1]
    assert "local authority" in re.search(rf'id="{hint_id}"[^>]*>([^<]+)<', page)[1]
    # an agency nobody suggested is neither ticked nor given a reason
    assert any(" checked" not in b and "aria-describedby" not in b for b in boxes)


def test_the_share_form_says_what_is_missing(secret_referral, practitioner, client_for) -> None:
    response = client_for(practitioner).post(
        f"/partners/referrals/{secret_referral.reference}/share/", {"pack_template": "auto"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Choose at least one agency to share with" in page
    assert 'href="#id_recipients_0"' in page
    assert not Share.objects.exists()


# --- The authorisation rule ---------------------------------------------------------------------


@pytest.fixture
def rule_on(manager) -> None:
    do_set_authorisation_rule(actor=manager, grade="high", needs_authorisation=True)


def test_with_the_rule_on_a_high_grade_share_waits_and_the_agency_sees_nothing(
    rule_on, secret_referral, practitioner, partner_a, herefordshire
) -> None:
    share = _share(secret_referral, practitioner)
    assert share.status == ShareStatus.PENDING
    assert get_perms(herefordshire.group, share) == []
    assert list(partner_inbox(user=partner_a)) == []
    assert not share.pack_sha256
    assert not SlaClock.objects.filter(share=share).exists()


def test_the_author_cannot_authorise_their_own_share(
    rule_on, secret_referral, supervisor, supervisor2
) -> None:
    share = _share(secret_referral, supervisor)
    with pytest.raises(ActionPermissionError, match="four eyes"):
        do_authorise_share(share, actor=supervisor)
    do_authorise_share(share, actor=supervisor2, note="Proportionate.")
    share.refresh_from_db()
    assert share.status == ShareStatus.ACTIVE
    assert share.authorised_by == supervisor2
    assert AuditEvent.objects.filter(action="share.authorise", actor=supervisor2).exists()


def test_a_supervisor_authorises_and_the_agency_then_sees_it(
    rule_on, secret_referral, practitioner, supervisor2, partner_a, client_for
) -> None:
    share = _share(secret_referral, practitioner)
    client = client_for(supervisor2)
    assert "Authorise and send" in client.get(f"/partners/shares/{share.pk}/").content.decode()
    assert client.post(f"/partners/shares/{share.pk}/authorise/").status_code == 302
    assert list(partner_inbox(user=partner_a)) == [share]
    assert SlaClock.objects.filter(share=share, kind=ClockKind.PARTNER_ACK).exists()


def test_a_refused_share_never_goes_out(
    rule_on, secret_referral, practitioner, supervisor2, partner_a, client_for
) -> None:
    share = _share(secret_referral, practitioner)
    response = client_for(supervisor2).post(
        f"/partners/shares/{share.pk}/refuse/", {"reason": "Not proportionate."}
    )
    assert response.status_code == 302
    share.refresh_from_db()
    assert share.status == ShareStatus.REFUSED
    assert list(partner_inbox(user=partner_a)) == []
    with pytest.raises(ActionError):
        do_refuse_share(share, actor=supervisor2, reason="again")
    assert AuditEvent.objects.filter(action="share.refuse").count() == 1


def test_the_rule_applies_only_to_its_grade(manager, secret_referral, practitioner) -> None:
    do_set_authorisation_rule(actor=manager, grade="medium", needs_authorisation=True)
    assert _share(secret_referral, practitioner).status == ShareStatus.ACTIVE  # graded high


def test_a_manager_changes_the_rule_in_the_page_and_it_is_audited(manager, client_for) -> None:
    client = client_for(manager)
    assert client.get("/partners/sharing-rules/").status_code == 200
    assert client.post("/partners/sharing-rules/", {"high": "on"}).status_code == 302
    event = AuditEvent.objects.get(action="sharing_rule.change")
    assert event.details == {"grade": "high", "from": False, "to": True}
    assert event.actor == manager


def test_only_a_manager_changes_the_rule(supervisor) -> None:
    with pytest.raises(ActionPermissionError):
        do_set_authorisation_rule(actor=supervisor, grade="high", needs_authorisation=True)


def test_the_check_page_warns_when_a_supervisor_must_authorise_the_share_first(
    secret_referral, practitioner, manager, client_for, herefordshire
) -> None:
    """Found in use: the check page said "Confirm and share" for a grade whose shares wait for
    a supervisor, so the practitioner believed the agency had the referral when it did not."""
    answers = {**SHARE_ANSWERS, "recipients": [herefordshire.pk]}
    url = f"/partners/referrals/{secret_referral.reference}/share/"
    page = client_for(practitioner).post(url, answers).content.decode()
    assert "A supervisor must authorise" not in page
    assert "Confirm and share" in page

    do_set_authorisation_rule(
        actor=manager, grade=secret_referral.effective_grade, needs_authorisation=True
    )
    page = client_for(practitioner).post(url, answers).content.decode()
    assert "A supervisor must authorise shares of" in page
    assert "Confirm and send for authorisation" in page
    assert "Confirm and share" not in page
