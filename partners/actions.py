"""State changes of shares with partner agencies (DESIGN.md §6). Each is one audited transaction."""

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Max
from guardian.shortcuts import assign_perm, remove_perm

from audit.actions import record_event
from partners import webhooks
from partners.attachments import (
    attachment_listing,
    chosen_attachments,
    link_share_attachments,
)
from partners.inbox import refresh_inbox_order_of
from partners.models import (
    LawfulBasis,
    Share,
    ShareAuthorisationRule,
    SharePurpose,
    ShareStatus,
    WebhookEventType,
)
from partners.notices import queue_share_notices
from partners.pack_templates import (
    ALL_FIELDS,
    NEVER_REDACTED,
    TEMPLATES,
    get_template,
    template_for_agency,
)
from partners.portal_actions import start_partner_clocks
from partners.snapshots import build_snapshot
from partners.tasks import render_share_pack
from referrals import sla
from referrals.lifecycle import lock_referral, transition
from referrals.models import ClockKind, Referral, ReferralStatus, ReferralSubject
from vhub.clock import now
from vhub.errors import ActionError, ActionPermissionError
from vhub.models import Agency, AgencyKind
from vhub.roles import Role

if TYPE_CHECKING:
    from accounts.models import User

VIEW_SHARE = "view_share"


def needs_authorisation(referral: Referral, purpose: str = SharePurpose.SHARE) -> bool:
    """A manager's rule: ordinary shares of a referral with this grade wait for a supervisor.
    Encompass notices (due before the next school day) and MARAC referrals (their own audited
    decision) go out at once."""
    if purpose != SharePurpose.SHARE:
        return False
    return ShareAuthorisationRule.objects.filter(
        grade=referral.effective_grade or "standard", needs_authorisation=True
    ).exists()


@transaction.atomic
def do_create_share(
    referral: Referral,
    *,
    actor: "User",
    agency: Agency,
    lawful_basis: str,
    justification: str,
    pack_template: str | None = None,
    redacted: Iterable[str] = (),
    purpose: str = SharePurpose.SHARE,
    only_subject: ReferralSubject | None = None,
    attachments: Iterable[int] = (),
) -> Share:
    """Share a referral with an agency: a frozen snapshot of the fields its pack template allows,
    minus the withheld ones, visible to that agency only. Waits for a supervisor's authorisation
    when a manager's rule says so; otherwise goes out at once and supersedes the agency's
    previous version."""
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors share referrals.")
    referral = lock_referral(referral)
    if purpose == SharePurpose.ENCOMPASS:
        # A school must hear before the next school day, whatever stage triage has reached.
        if referral.status == ReferralStatus.MERGED:
            raise ActionError(f"{referral.reference} cannot be shared in its current state.")
    elif referral.status not in (ReferralStatus.APPROVED, ReferralStatus.SHARED):
        raise ActionError(
            f"{referral.reference} can be shared once a supervisor has approved its risk grade."
        )
    if not agency.is_active or agency.kind == AgencyKind.POLICE:
        raise ActionError("Choose a partner agency to share with.", field="agency")
    if lawful_basis not in LawfulBasis.values:
        raise ActionError("Choose the lawful basis for sharing.", field="lawful_basis")
    if not justification.strip():
        raise ActionError(
            "Explain why sharing with this agency is necessary and proportionate.",
            field="justification",
        )
    if pack_template and pack_template not in TEMPLATES:
        raise ActionError("Choose a pack template.", field="pack_template")
    template = get_template(pack_template) if pack_template else template_for_agency(agency.kind)
    chosen = set(redacted)
    if chosen - set(ALL_FIELDS) or chosen & set(NEVER_REDACTED):
        raise ActionError("Choose fields to withhold from the list.", field="redacted")
    withheld = set(template.withheld(chosen))
    files = chosen_attachments(referral, attachments)
    latest = referral.shares.filter(agency=agency).aggregate(v=Max("version"))["v"] or 0
    held = needs_authorisation(referral, purpose)
    share = Share.objects.create(
        referral=referral,
        agency=agency,
        version=latest + 1,
        status=ShareStatus.PENDING if held else ShareStatus.ACTIVE,
        purpose=purpose,
        lawful_basis=lawful_basis,
        justification=justification,
        pack_template=template.code,
        redacted_fields=sorted(withheld),
        snapshot={
            **build_snapshot(
                referral, template=template, redacted=withheld, only_subject=only_subject
            ),
            **({"attachments": attachment_listing(files)} if files else {}),
        },
        created_by=actor,
        created_at=now(),
    )
    link_share_attachments(share, files)
    refresh_inbox_order_of([share.pk])  # its grade; its clocks move the rest when it goes out
    if not held:
        _send(share, referral, actor=actor)
    # Audit events after every row lock (docs/architecture.md: rows first, then the chain).
    record_event(
        "share.create",
        actor=actor,
        obj=share,
        referral=referral,
        details={
            "agency": agency.name,
            "version": share.version,
            "purpose": purpose,
            "pack_template": template.code,
            "withheld": sorted(withheld),
            "lawful_basis": lawful_basis,
            "justification": justification,
            "awaiting_authorisation": held,
            "attachments": [{"name": a.original_name, "sha256": a.sha256} for a in files],
        },
    )
    return share


@transaction.atomic
def do_share_with_agencies(
    referral: Referral, *, actor: "User", agencies: Iterable[Agency], **share_fields: Any
) -> list[Share]:
    """Share with several agencies at once: all go out (or wait for authorisation), or none."""
    return [
        do_create_share(referral, actor=actor, agency=agency, **share_fields) for agency in agencies
    ]


def _send(share: Share, referral: Referral, *, actor: "User") -> None:
    """The share goes out: the agency may see it, its earlier versions are superseded (and
    stay visible, marked so), its partner clocks start and its PDF is rendered. Row work
    first, audit events last."""
    # The agency's group may see this share, never the referral itself.
    assign_perm(VIEW_SHARE, share.agency.group, share)
    earlier = list(
        Share.objects.select_for_update()
        .filter(
            referral=referral,
            agency=share.agency,
            status=ShareStatus.ACTIVE,
            superseded_by__isnull=True,
        )
        .exclude(pk=share.pk)
    )
    at = now()
    for old in earlier:
        old.superseded_by, old.superseded_at = share, at
        old.save(update_fields=["superseded_by", "superseded_at"])
        # The agency now acts on the new version; the old one's clocks stop.
        sla.cancel_clocks(referral, share=old)
    start_partner_clocks(referral, share)
    # Its people are told it has arrived (an e-mail with a link, no case data), and its
    # system through its webhooks (ids only).
    queue_share_notices(share)
    webhooks.share_sent(share, supersedes=bool(earlier))
    if referral.status == ReferralStatus.APPROVED and share.purpose != SharePurpose.ENCOMPASS:
        transition(referral, ReferralStatus.SHARED, actor=actor)
    for old in earlier:
        record_event(
            "share.supersede",
            actor=actor,
            obj=old,
            referral=referral,
            details={"by_share": share.pk, "version": share.version},
        )

    transaction.on_commit(lambda: render_share_pack.delay(share.pk))


def _lock_pending(share: Share, actor: "User") -> tuple[Share, Referral]:
    if not actor.has_role(Role.SUPERVISOR):
        raise ActionPermissionError("Only a supervisor can authorise or refuse a share.")
    referral = lock_referral(share.referral)
    share = Share.objects.select_for_update().select_related("agency").get(pk=share.pk)
    if share.status != ShareStatus.PENDING:
        raise ActionError("This share is no longer waiting for authorisation.")
    if share.created_by_id == actor.pk:
        raise ActionPermissionError(
            "You prepared this share, so another supervisor must authorise it (four eyes)."
        )
    return share, referral


@transaction.atomic
def do_authorise_share(share: Share, *, actor: "User", note: str = "") -> Share:
    """A supervisor other than its author lets a held share go out."""
    share, referral = _lock_pending(share, actor)
    if referral.status not in (ReferralStatus.APPROVED, ReferralStatus.SHARED):
        raise ActionError(f"{referral.reference} can no longer be shared.")
    share.status = ShareStatus.ACTIVE
    share.authorised_by, share.authorised_at = actor, now()
    share.authorisation_note = note
    share.save(update_fields=["status", "authorised_by", "authorised_at", "authorisation_note"])
    _send(share, referral, actor=actor)
    record_event(
        "share.authorise",
        actor=actor,
        obj=share,
        referral=referral,
        details={"agency": share.agency.name, "version": share.version, "note": note},
    )
    return share


@transaction.atomic
def do_refuse_share(share: Share, *, actor: "User", reason: str) -> Share:
    """A supervisor other than its author stops a held share; it never goes out."""
    if not reason.strip():
        raise ActionError("Say why the share is refused.", field="reason")
    share, referral = _lock_pending(share, actor)
    share.status = ShareStatus.REFUSED
    share.authorised_by, share.authorised_at = actor, now()
    share.authorisation_note = reason
    share.save(update_fields=["status", "authorised_by", "authorised_at", "authorisation_note"])
    record_event(
        "share.refuse",
        actor=actor,
        obj=share,
        referral=referral,
        details={"agency": share.agency.name, "version": share.version, "reason": reason},
    )
    return share


@transaction.atomic
def do_set_authorisation_rule(
    *, actor: "User", grade: str, needs_authorisation: bool
) -> ShareAuthorisationRule:
    """A manager decides whether shares of referrals with this grade need a supervisor first."""
    if not actor.has_role(Role.MANAGER):
        raise ActionPermissionError("Only a manager changes the sharing rules.")
    rule = ShareAuthorisationRule.objects.select_for_update().filter(grade=grade).first()
    if rule is None:
        raise ActionError("Choose a grade.", field="grade")
    if rule.needs_authorisation == needs_authorisation:
        return rule
    before = rule.needs_authorisation
    rule.needs_authorisation = needs_authorisation
    rule.updated_by, rule.updated_at = actor, now()
    rule.save()
    record_event(
        "sharing_rule.change",
        actor=actor,
        obj=rule,
        details={"grade": grade, "from": before, "to": needs_authorisation},
    )
    return rule


@transaction.atomic
def do_acknowledge_share(share: Share, *, actor: "User") -> Share:
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
def do_withdraw_share(share: Share, *, actor: "User", reason: str) -> Share:
    """Withdraw a share: the agency loses access at once."""
    if not actor.has_role(Role.PRACTITIONER, Role.SUPERVISOR):
        raise ActionPermissionError("Only VHub practitioners and supervisors withdraw shares.")
    if not reason.strip():
        raise ActionError("Say why the share is being withdrawn.", field="reason")
    share = Share.objects.select_for_update().select_related("agency").get(pk=share.pk)
    if share.status == ShareStatus.WITHDRAWN:
        raise ActionError("This share has already been withdrawn.")
    if share.status != ShareStatus.ACTIVE:
        raise ActionError("This share never went out, so there is nothing to withdraw.")
    share.status = ShareStatus.WITHDRAWN
    share.withdrawn_at = now()
    share.save(update_fields=["status", "withdrawn_at"])
    remove_perm(VIEW_SHARE, share.agency.group, share)
    sla.cancel_clocks(share.referral, share=share)
    webhooks.emit(share.agency_id, WebhookEventType.SHARE_WITHDRAWN, share=share)
    record_event(
        "share.withdraw",
        actor=actor,
        obj=share,
        referral=share.referral,
        details={"reason": reason},
    )
    return share
