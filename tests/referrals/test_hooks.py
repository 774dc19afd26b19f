"""referrals.hooks: what referrals asks of risk and partners, connected from their ready()."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from referrals import hooks


def _declared() -> list[str]:
    return sorted(
        name
        for name, value in vars(hooks).items()
        if callable(value) and getattr(value, "__wrapped__", None) is not None
    )


def test_every_hook_is_connected_once_the_apps_are_ready() -> None:
    declared = _declared()
    assert "refresh_flags" in declared
    assert "propose_new_notices" in declared
    assert sorted(hooks._CONNECTED) == declared


def test_the_referral_page_has_risk_and_sharing_panels() -> None:
    owners = {panel.__module__ for panel in hooks.REFERRAL_PAGE_PANELS}
    assert owners == {"risk.selectors", "partners.sharing_selectors"}


def test_a_hook_calls_what_is_connected_and_refuses_a_second_connection(monkeypatch) -> None:
    monkeypatch.setattr(hooks, "_CONNECTED", {})
    with pytest.raises(ImproperlyConfigured, match="Nothing is connected"):
        hooks.texts_of("what happened", "", [])

    def texts(narrative: str, officer_risk_view: str, voices: list) -> list:
        return [("Narrative", narrative)]

    hooks.connect(hooks.texts_of, texts)
    hooks.connect(hooks.texts_of, texts)  # the same function again: harmless
    assert hooks.texts_of("what happened", "", []) == [("Narrative", "what happened")]
    with pytest.raises(ImproperlyConfigured, match="already connected"):
        hooks.connect(hooks.texts_of, lambda *args: [])
