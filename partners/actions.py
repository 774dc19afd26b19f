"""State changes of shares with partner agencies (DESIGN.md §6). Each is one audited transaction."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from guardian.shortcuts import assign_perm, remove_perm

from audit.actions import record_event
from partners.models import Agency, AgencyKind, Share, ShareStatus
from partners.packs import render_pack_pdf, sha256_hex
from partners.snapshots import build_snapshot
from referrals import sla
from referrals.lifecycle import lock_referral, transition
from referrals.models import ClockKind, Referral, ReferralStatus
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.roles import Role

VIEW_SHARE = "view_share"


@transaction.atomic
def do_create_share(
    referral: Referral,
    *,
    actor,  # type: ignore[no-untyped-def]
    agency: Agency,
    lawful_basis: str,
    justification: str,
) -> Share:
    """Share an approved referral with an agency: a frozen snapshot, visible to that agency only."""
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors share referrals.")
    referral = lock_referral(referral)
    if referral.status not in (ReferralStatus.APPROVED, ReferralStatus.SHARED):
        raise ActionError(
            f"{referral.reference} can be shared once a supervisor has approved its risk grade."
        )
    if not agency.is_active or agency.kind == AgencyKind.POLICE:
        raise ActionError("Choose a partner agency to share with.", field="agency")
    if not justification.strip():
        raise ActionError(
            "Explain why sharing with this agency is necessary and proportionate.",
            field="justification",
        )
    latest = referral.shares.filter(agency=agency).aggregate(v=Max("version"))["v"] or 0
    share = Share.objects.create(
        referral=referral,
        agency=agency,
        version=latest + 1,
        lawful_basis=lawful_basis,
        justification=justification,
        snapshot=build_snapshot(referral),
        created_by=actor,
        created_at=now(),
    )
    # The agency's group may see this share, never the referral itself.
    assign_perm(VIEW_SHARE, agency.group, share)
    sla.start_clock(referral, ClockKind.PARTNER_ACK, share=share)
    if referral.status == ReferralStatus.APPROVED:
        transition(referral, ReferralStatus.SHARED, actor=actor)
    record_event(
        "share.create",
        actor=actor,
        obj=share,
        referral=referral,
        details={
            "agency": agency.name,
            "version": share.version,
            "lawful_basis": lawful_basis,
            "justification": justification,
        },
    )
    from partners.tasks import render_share_pack

    transaction.on_commit(lambda: render_share_pack.delay(share.pk))
    return share


@transaction.atomic
def do_render_share_pack(share_id: int) -> Share:
    """Render and store the share's referral pack PDF with its SHA-256. Safe to run twice."""
    share = Share.objects.select_for_update().select_related("agency").get(pk=share_id)
    if share.pack_sha256:
        return share
    pdf = render_pack_pdf(share)
    digest = sha256_hex(pdf)
    share.pack_file.save(
        f"{share.snapshot['reference']}-S{share.pk}.pdf", ContentFile(pdf), save=False
    )
    share.pack_sha256 = digest
    share.pack_rendered_at = now()
    share.save(update_fields=["pack_file", "pack_sha256", "pack_rendered_at"])
    record_event(
        "share.pack_render",
        actor=None,
        obj=share,
        referral=share.referral,
        details={"sha256": digest, "bytes": len(pdf)},
    )
    return share


@transaction.atomic
def do_acknowledge_share(share: Share, *, actor) -> Share:  # type: ignore[no-untyped-def]
    """The receiving agency confirms it has the referral."""
    share = Share.objects.select_for_update().get(pk=share.pk)
    if not (actor.is_partner and actor.agency_id == share.agency_id):
        raise ActionPermissionError("Only the receiving agency can acknowledge this referral.")
    if share.status != ShareStatus.ACTIVE:
        raise ActionError("This share has been withdrawn by VHub.")
    if share.acknowledged_at is not None:
        raise ActionError(
            f"Already acknowledged by {share.acknowledged_by} on "
            f"{share.acknowledged_at:%d %B %Y at %H:%M}."
        )
    share.acknowledged_at = now()
    share.acknowledged_by = actor
    share.save(update_fields=["acknowledged_at", "acknowledged_by"])
    sla.meet_clock(share.referral, ClockKind.PARTNER_ACK, share=share, at=share.acknowledged_at)
    record_event("share.acknowledge", actor=actor, obj=share, referral=share.referral)
    return share


@transaction.atomic
def do_withdraw_share(share: Share, *, actor, reason: str) -> Share:  # type: ignore[no-untyped-def]
    """Withdraw a share: the agency loses access at once."""
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors withdraw shares.")
    if not reason.strip():
        raise ActionError("Say why the share is being withdrawn.", field="reason")
    share = Share.objects.select_for_update().select_related("agency").get(pk=share.pk)
    if share.status == ShareStatus.WITHDRAWN:
        raise ActionError("This share has already been withdrawn.")
    share.status = ShareStatus.WITHDRAWN
    share.withdrawn_at = now()
    share.save(update_fields=["status", "withdrawn_at"])
    remove_perm(VIEW_SHARE, share.agency.group, share)
    sla.cancel_clocks(share.referral, share=share)
    record_event(
        "share.withdraw",
        actor=actor,
        obj=share,
        referral=share.referral,
        details={"reason": reason},
    )
    return share
