"""The only way views and APIs look up a share for a person."""

from typing import TYPE_CHECKING

from django.db.models import QuerySet
from guardian.shortcuts import get_objects_for_user

from accounts.models import User
from audit.denials import deny_not_found
from partners.models import EncompassNotice, InformationRequest, Share, ShareStatus
from vhub.roles import Role

if TYPE_CHECKING:
    from accounts.models import User
    from partners.models import EncompassNotice

VIEW_SHARE = "partners.view_share"


def shares_visible_to(user: "User") -> QuerySet[Share]:
    """Shares a person may open: all of them for VHub staff; for a partner, the active shares
    their agency's group holds the object permission for (granted on share, revoked on withdraw)."""
    if user.is_vhub_case_reader:
        return Share.objects.all()
    if not user.is_partner:
        return Share.objects.none()
    # Both the agency group's object permission and the person's own agency must agree, so a
    # partner moved to another agency never keeps the old agency's shares through a stale group.
    # (mypy: a partner user always has an agency, so agency_id is not None here.)
    # The model, not a filtered queryset, goes to guardian: given a queryset it repeats it
    # inside each permission subquery, which then joins every share of the agency (the inbox's
    # count and page each paid for 12,000 of them); filtered after, the rows are the same.
    return get_objects_for_user(
        user,
        VIEW_SHARE,
        klass=Share,
        accept_global_perms=False,
        with_superuser=False,
        # agency_id is not None for a partner (see above).
    ).filter(status=ShareStatus.ACTIVE, agency_id=user.agency_id)  # type: ignore[misc]


def access_share(user: "User", share_id: int) -> Share:
    """The share, or Http404 for missing and forbidden alike; a refusal is audited."""
    share = (
        shares_visible_to(user)
        .select_related("agency", "referral", "acknowledged_by")
        .filter(pk=share_id)
        .first()
    )
    if share is None:
        deny_not_found(
            user,
            object_type="partners.share",
            object_id=share_id,
            reason="not visible to user",
            message="No share found",
        )
    return share


def isrs_visible_to(user: "User") -> QuerySet[InformationRequest]:
    """Information requests a person may open: all for VHub staff; a partner, their agency's."""
    if user.is_vhub_case_reader:
        return InformationRequest.objects.all()
    if not user.is_partner:
        return InformationRequest.objects.none()
    # A partner user always has an agency (a database constraint); the column is nullable for staff.
    return InformationRequest.objects.filter(agency_id=user.agency_id)  # type: ignore[misc]


def access_isr(user: "User", isr_id: int) -> InformationRequest:
    """The information request, or Http404 for missing and forbidden alike (audited)."""
    isr = (
        isrs_visible_to(user)
        .select_related("agency", "raised_by", "responded_by", "share__referral")
        .filter(pk=isr_id)
        .first()
    )
    if isr is None:
        deny_not_found(
            user,
            object_type="partners.informationrequest",
            object_id=isr_id,
            reason="not visible",
            message="No information request found",
        )
    return isr


def access_agency_user(lead: "User", user_id: int) -> "User":
    """One of the partner lead's own agency's users, or Http404 (audited) for anyone else."""
    user = None
    if lead.is_partner and lead.has_role(Role.PARTNER_LEAD):
        # A partner lead always has an agency, so agency_id is not None here.
        user = User.objects.filter(pk=user_id, agency_id=lead.agency_id).first()  # type: ignore[misc]
    if user is None:
        deny_not_found(
            lead,
            object_type="accounts.user",
            object_id=user_id,
            reason="not visible",
            message="No such user in your agency",
        )
    return user


def access_encompass_notice(user: "User", notice_id: int) -> "EncompassNotice":
    """A proposed Operation Encompass notice, for VHub caseworkers only; 404 (audited) else."""
    notice = (
        EncompassNotice.objects.select_related(
            "referral__incident_type", "referral__local_authority", "subject__person", "agency"
        )
        .filter(pk=notice_id)
        .first()
        if user.is_vhub_caseworker
        else None
    )
    if notice is None:
        deny_not_found(
            user,
            object_type="partners.encompassnotice",
            object_id=notice_id,
            reason="not visible",
            message="No notice found",
        )
    return notice
