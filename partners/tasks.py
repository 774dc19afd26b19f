"""Celery adapters for partner work: take ids, call an action."""

from celery import shared_task

from audit.context import in_task_context
from partners.notices import queue_notice_digests
from partners.packs import do_render_share_pack
from referrals.escalation import deliver_outbox


@shared_task(name="partners.tasks.render_share_pack", acks_late=True)
@in_task_context
def render_share_pack(share_id: int) -> str:
    return do_render_share_pack(share_id).pack_sha256


@shared_task(name="partners.tasks.send_notice_digests", acks_late=True)
@in_task_context
def send_notice_digests() -> int:
    """08:00 Europe/London (beat): each partner user's digest of the items that arrived since
    the last one, then delivered through the outbox. Safe to run twice."""

    queue_notice_digests()
    return deliver_outbox()
