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
