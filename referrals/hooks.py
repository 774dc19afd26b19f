"""What referrals asks of the apps above it: calls inside its actions, parts of its queries
and panels of the referral page.

Intake and matching change what risk and partners hold about a referral (the officer's grade,
the words read for risk, under-grading flags, Encompass notices); the triage queue counts
risk's flags; the referral page shows risk's and partners' panels. Those apps sit above
referrals (docs/architecture.md, "Layers"), so each such call is declared here with its
signature and connected by the higher app's `hooks` module (`risk/hooks.py`,
`partners/hooks.py`), which the kernel imports at start-up (vhub/apps.py). A hook is called
synchronously, in the caller's transaction, exactly as the function it stands for; calling one
that nothing connected is a configuration error.
"""

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet

from referrals import calendars
from referrals.models import Referral, ReferralSubject
from vhub import warmup

if TYPE_CHECKING:
    from accounts.models import User

F = TypeVar("F", bound=Callable[..., Any])

_CONNECTED: dict[str, Callable[..., Any]] = {}


def hook(declared: F) -> F:
    """Make a declared signature call what a higher app connects to it."""
    name = declared.__name__

    @functools.wraps(declared)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            connected = _CONNECTED[name]
        except KeyError:
            raise ImproperlyConfigured(f"Nothing is connected to referrals.hooks.{name}") from None
        return connected(*args, **kwargs)

    return cast(F, call)


def connect(declared: F, implementation: F) -> None:
    """Connect a higher app's function to a hook (from its `hooks` module), once."""
    name = declared.__name__
    if name in _CONNECTED and _CONNECTED[name] is not implementation:
        raise ImproperlyConfigured(f"referrals.hooks.{name} is already connected")
    _CONNECTED[name] = implementation


class RepeatRule(Protocol):
    """The repeat-child rule of the current risk model (risk's `RiskModelVersion`)."""

    @property
    def repeat_short_days(self) -> int: ...
    @property
    def repeat_long_days(self) -> int: ...
    @property
    def repeat_short_count(self) -> int: ...
    @property
    def repeat_long_count(self) -> int: ...


# risk (risk/hooks.py)


@hook
def current_repeat_rule() -> RepeatRule:
    """The current risk model, whose rule says who is a repeat child."""
    raise NotImplementedError


@hook
def record_officer_grade(
    referral: Referral, children: list[ReferralSubject], grade: str, *, actor: "User"
) -> list[dict[str, Any]]:
    """Store the grade an intake carries as each child's initial assessment by the officer;
    returns its audit events for the caller to record."""
    raise NotImplementedError


@hook
def read_new_referrals(
    read: list[tuple[Referral, list[tuple[str, str]]]],
) -> dict[int, list[Any]]:
    """Read referrals created in this transaction from their words (see `texts_of`); each
    referral's stored risk signals, by referral id."""
    raise NotImplementedError


@hook
def texts_of(
    narrative: str, officer_risk_view: str, voices: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """A new referral's free texts as the risk reader takes them."""
    raise NotImplementedError


@hook
def raise_new_referral_flags(referrals: list[tuple[Referral, list[Any]]]) -> list[dict[str, Any]]:
    """Under-grading flags of referrals created in this transaction, each with the signals it
    was read with; their `flag.raise` audit events for the caller to record."""
    raise NotImplementedError


@hook
def refresh_flags(referral: Referral) -> object:
    """Raise and retire the referral's under-grading flags after its grade, words or repeat
    counts changed (after the action's row locks: it writes audit events)."""
    raise NotImplementedError


@hook
def open_flags_of_outer_referral() -> QuerySet[Any]:
    """The open under-grading flags of `OuterRef("pk")`, a referral (for a subquery)."""
    raise NotImplementedError


# partners (partners/hooks.py)


@hook
def shares_of_outer_referral() -> QuerySet[Any]:
    """The shares of `OuterRef("pk")`, a referral (for a subquery)."""
    raise NotImplementedError


@hook
def propose_new_notices(
    referrals: list[tuple[Referral, list[ReferralSubject]]],
) -> dict[int, list[Any]]:
    """Propose the Encompass notices to schools of referrals created in this transaction, with
    the subjects created with each; the stored notices, by referral id."""
    raise NotImplementedError


@hook
def encompass_proposal_events(referral: Referral, notices: list[Any]) -> list[dict[str, Any]]:
    """The audit events of a referral's proposed notices."""
    raise NotImplementedError


# The referral page's panels: each returns what its part of the page shows (template context),
# in a fixed number of queries, for the referral and the person reading it. Risk's shows the
# grade history, decisions, flags and signals; partners' the shares, threads and notices.
REFERRAL_PAGE_PANELS: list[Callable[[Referral, "User"], dict[str, object]]] = []


# A server's parent loads the bank holidays before it forks (vhub/warmup.py).
warmup.warm_up.connect(calendars.warm_up)
