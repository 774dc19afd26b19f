"""What a retention decision covers beyond the referral itself. The records live in the apps
above (case notes, files); each registers a function that describes its share for the review
page, so this app never imports them."""

from collections.abc import Callable

# referral id -> lines such as "2 case notes", in the order the apps registered.
RETENTION_HOLDINGS: list[Callable[[int], list[str]]] = []


def retention_holdings(referral_id: int) -> list[str]:
    return [line for describe in RETENTION_HOLDINGS for line in describe(referral_id)]
