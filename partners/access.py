"""The only way views and APIs look up a share for a person."""

from typing import TYPE_CHECKING

from django.db.models import Exists, OuterRef, Q, QuerySet

from accounts.models import User
from audit.denials import deny_not_found
from partners.models import (
    EncompassNotice,
    InformationRequest,
    PartnerSystem,
    Share,
    ShareGroupObjectPermission,
    ShareStatus,
    ShareUserObjectPermission,
    WebhookDelivery,
    WebhookSubscription,
)
from vhub.models import Agency
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
    # The grant is checked per share (see _granted_view), never as a set of every grant.
    return Share.objects.filter(
        _granted_view(user),
        status=ShareStatus.ACTIVE,
        # A partner user always has an agency, so agency_id is not None here.
        agency_id=user.agency_id,  # type: ignore[misc]
    )


def _granted_view(user: "User") -> Q:
    """What guardian's `get_objects_for_user(user, VIEW_SHARE, accept_global_perms=False,
    with_superuser=False)` selects: a view_share grant on the share to the person or to one of
    their groups. Guardian writes `pk IN (grants)`, which PostgreSQL runs by hashing every grant
    the agency ever had (11,971 at bench scale 1, five times as many at scale 5) before the
    inbox's first row. Here each is a correlated EXISTS, checked for the rows a page reads
    (26 for the inbox), whatever the agency's history. The second, redundant comparison
    (`content_object_id >= pk`) keeps PostgreSQL from turning the EXISTS back into the hashed
    form: it hashes only subqueries correlated by equalities alone (bench/README.md)."""
    grant = Q(
        permission__codename=VIEW_SHARE.split(".")[1],
        permission__content_type__app_label="partners",
        permission__content_type__model="share",
        content_object=OuterRef("pk"),
        content_object_id__gte=OuterRef("pk"),
    )
    return Q(Exists(ShareUserObjectPermission.objects.filter(grant, user=user))) | Q(
        Exists(ShareGroupObjectPermission.objects.filter(grant, group__user=user))
    )


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


def access_webhook(lead: "User", webhook_id: int) -> WebhookSubscription:
    """One of the partner lead's own agency's webhooks, or Http404 (audited) for anyone else."""
    webhook = None
    if lead.agency_id is not None and lead.is_partner and lead.has_role(Role.PARTNER_LEAD):
        webhook = WebhookSubscription.objects.filter(
            pk=webhook_id, agency_id=lead.agency_id
        ).first()
    if webhook is None:
        deny_not_found(
            lead,
            object_type="partners.webhooksubscription",
            object_id=webhook_id,
            reason="not visible",
            message="No such webhook in your agency",
        )
    return webhook


def access_webhook_delivery(lead: "User", webhook_id: int, delivery_id: int) -> WebhookDelivery:
    """A delivery of one of the partner lead's agency's webhooks, or Http404 (audited)."""
    webhook = access_webhook(lead, webhook_id)
    delivery = (
        WebhookDelivery.objects.select_related("event")
        .filter(pk=delivery_id, subscription=webhook)
        .first()
    )
    if delivery is None:
        deny_not_found(
            lead,
            object_type="partners.webhookdelivery",
            object_id=delivery_id,
            reason="not visible",
            message="No such delivery",
        )
    return delivery


def access_agency_system(lead: "User", agency: Agency, system_id: int) -> PartnerSystem:
    """One of the partner lead's own agency's case systems, or Http404 (audited) for any other."""
    system = PartnerSystem.objects.filter(pk=system_id, agency=agency).first()
    if system is None:
        deny_not_found(
            lead,
            object_type="partners.partnersystem",
            object_id=system_id,
            reason="not visible",
            message="No such system at your agency",
        )
    return system
