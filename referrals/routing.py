"""Routing a referral to its local authority from a postcode (DESIGN.md §3)."""

from partners.models import Agency
from referrals.models import PostcodeDistrict


def district_of(postcode: str) -> str:
    """The outward code ('HR1' of 'HR1 2AB'), or '' when there is none."""
    compact = "".join((postcode or "").split()).upper()
    return compact[:-3] if len(compact) > 3 else ""


def route_by_postcodes(postcodes: list[str]) -> tuple[Agency | None, str]:
    """The local authority of the first postcode whose district is known, and how it was found."""
    for postcode in postcodes:
        district = district_of(postcode)
        if not district:
            continue
        row = (
            PostcodeDistrict.objects.select_related("local_authority")
            .filter(district=district)
            .first()
        )
        if row is not None:
            return row.local_authority, f"Routed from the postcode {postcode}"
    return None, "No postcode matched a local authority: a practitioner must choose one"
