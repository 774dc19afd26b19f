"""Celery adapters for partner work: take ids, call an action."""

from celery import shared_task

from audit.context import RequestContext, reset_context, set_context
from partners.actions import do_render_share_pack


@shared_task(name="partners.tasks.render_share_pack", acks_late=True)
def render_share_pack(share_id: int) -> str:
    token = set_context(RequestContext(channel="task"))
    try:
        return do_render_share_pack(share_id).pack_sha256
    finally:
        reset_context(token)


@shared_task(name="partners.tasks.send_notice_digests", acks_late=True)
def send_notice_digests() -> int:
    """08:00 Europe/London (beat): each partner user's digest of the items that arrived since
    the last one, then delivered through the outbox. Safe to run twice."""
    from partners.notices import queue_notice_digests
    from referrals.escalation import deliver_outbox

    token = set_context(RequestContext(channel="task"))
    try:
        queue_notice_digests()
        return deliver_outbox()
    finally:
        reset_context(token)
