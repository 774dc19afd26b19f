"""Routing a referral to its local authority from a postcode (DESIGN.md §3)."""

from collections.abc import Iterable

from referrals.models import PostcodeDistrict
from vhub import configuration
from vhub.models import Agency


def district_of(postcode: str) -> str:
    """The outward code ('HR1' of 'HR1 2AB'), or '' when there is none."""
    compact = "".join((postcode or "").split()).upper()
    return compact[:-3] if len(compact) > 3 else ""


def known_districts(postcodes: Iterable[str]) -> dict[str, PostcodeDistrict]:
    """The known districts among these postcodes' (with their local authorities), in one
    query: for routing a batch of referrals."""
    every = configuration.cached("postcode_districts", _all_districts)
    return {d: every[d] for d in {district_of(p) for p in postcodes} if d in every}


def _all_districts() -> dict[str, PostcodeDistrict]:
    # A few hundred rows at most (the districts of the hub's area), read once per configuration
    # version rather than a query each intake.
    return {d.district: d for d in PostcodeDistrict.objects.select_related("local_authority").all()}


def route_by_postcodes(
    postcodes: list[str], known: dict[str, PostcodeDistrict] | None = None
) -> tuple[Agency | None, str]:
    """The local authority of the first postcode whose district is known, and how it was found.
    `known`: `known_districts` of these postcodes, when the caller has read them."""
    for postcode in postcodes:
        district = district_of(postcode)
        if not district:
            continue
        if known is not None:
            row = known.get(district)
        else:
            row = (
                PostcodeDistrict.objects.select_related("local_authority")
                .filter(district=district)
                .first()
            )
        if row is not None:
            return row.local_authority, f"Routed from the postcode {postcode}"
    return None, "No postcode matched a local authority: a practitioner must choose one"
