"""seed_demo: the demonstration data make run relies on."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from accounts.models import User
from accounts.two_factor import RECOVERY_CODE_COUNT, remaining_recovery_codes
from audit.verify import verify_chain
from referrals.models import Referral
from vhub.demo import DEMO_USERS


def test_seed_demo_creates_the_cast_and_referrals_across_the_lifecycle_once(db) -> None:
    call_command("seed_demo", referrals=30)

    assert set(User.objects.values_list("username", flat=True)) >= {u[0] for u in DEMO_USERS}
    statuses = set(Referral.objects.values_list("status", flat=True))
    assert statuses >= {
        "submitted",
        "in_triage",
        "awaiting_approval",
        "returned",
        "approved",
        "shared",
    }
    assert Referral.objects.count() == 30
    partner = User.objects.get(username="partner.herefordshire")
    assert partner.is_partner
    assert partner.agency.slug == "herefordshire-cs"
    # Enrolled like a real person: an app and recovery codes, so sign-in warns of nothing.
    assert remaining_recovery_codes(partner) == RECOVERY_CODE_COUNT
    assert verify_chain().ok

    out = io.StringIO()
    call_command("seed_demo", referrals=30, stdout=out)  # a second make run keeps the data
    assert Referral.objects.count() == 30
    # ...and still prints the logins: `make run` starts no other process for them.
    assert "Demo data already present" in out.getvalue()
    assert "Demo logins (password for all: VHub-demo-2026!)" in out.getvalue()
    assert all(f"    {username} " in out.getvalue() for username, *_ in DEMO_USERS)


def test_seed_demo_refuses_to_run_in_production(db, settings) -> None:
    settings.PRODUCTION = True
    with pytest.raises(CommandError, match="never runs in production"):
        call_command("seed_demo")


def test_seed_demo_narratives_and_voices_fit_each_childs_age(db) -> None:
    """Found in use: children aged 8 to 13 were described as a "pre-verbal baby", so most of
    the seeded review flags were nonsense."""
    from project.management.commands.seed_demo import MIN_AGE, voices_for
    from referrals.models import ReferralSubject

    call_command("seed_demo", referrals=30)
    children = ReferralSubject.objects.filter(role="child").select_related(
        "person", "referral__incident_type"
    )
    codes = set()
    for subject in children:
        referral = subject.referral
        born = subject.person.date_of_birth
        age = (referral.incident_at.date() - born).days // 365
        codes.add(referral.incident_type.code)
        assert subject.voice_of_child in voices_for(age), (age, subject.voice_of_child)
        assert ("baby" in subject.voice_of_child.lower()) == (age < 2)
        assert age >= MIN_AGE.get(referral.incident_type.code, 0), (age, referral.narrative)
        if "School reported" in referral.narrative:
            assert subject.school
    assert len(codes) >= 4  # still a spread of incidents


def test_seed_demo_flags_only_the_referrals_whose_narrative_hides_high_risk(db) -> None:
    """Found in use: every seeded domestic-abuse narrative told of "a red mark on her neck", so
    the risk reader raised a possible-strangulation flag on most demo referrals and a new user
    could not tell what it was for. Now one narrative hides strangulation without the word and
    only its referrals are flagged."""
    from project.management.commands.seed_demo import HIDDEN_RISK
    from referrals.models import Referral
    from risk.models import RiskSignal

    call_command("seed_demo", referrals=30)
    hidden = {
        r.pk
        for r in Referral.objects.all()
        if r.narrative == HIDDEN_RISK.format(child=r.subjects.get().person.first_name)
    }
    flagged = set(
        RiskSignal.objects.filter(acting=True).values_list("referral_id", flat=True).distinct()
    )
    assert hidden  # at least one, so the demo shows the reader at work
    assert flagged == hidden
    assert set(RiskSignal.objects.filter(acting=True).values_list("indicator", flat=True)) == {
        "strangulation"
    }
