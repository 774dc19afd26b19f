"""The only way views and APIs look up a share for a person."""

from django.http import Http404
from guardian.shortcuts import get_objects_for_user

from audit.actions import record_denial
from partners.models import Share, ShareStatus

VIEW_SHARE = "partners.view_share"


def shares_visible_to(user):  # type: ignore[no-untyped-def]
    """Shares a person may open: all of them for VHub staff; for a partner, the active shares
    their agency's group holds the object permission for (granted on share, revoked on withdraw)."""
    if user.is_vhub_case_reader:
        return Share.objects.all()
    if not user.is_partner:
        return Share.objects.none()
    # Both the agency group's object permission and the person's own agency must agree, so a
    # partner moved to another agency never keeps the old agency's shares through a stale group.
    return get_objects_for_user(
        user,
        VIEW_SHARE,
        klass=Share.objects.filter(status=ShareStatus.ACTIVE, agency_id=user.agency_id),
        accept_global_perms=False,
        with_superuser=False,
    )


def access_share(user, share_id: int) -> Share:  # type: ignore[no-untyped-def]
    """The share, or Http404 for missing and forbidden alike; a refusal is audited."""
    share = (
        shares_visible_to(user)
        .select_related("agency", "referral", "acknowledged_by")
        .filter(pk=share_id)
        .first()
    )
    if share is None:
        record_denial(
            user, object_type="partners.share", object_id=share_id, reason="not visible to user"
        )
        raise Http404("No share found")
    return share
