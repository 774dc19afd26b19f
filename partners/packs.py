"""Rendering the referral pack PDF of a share with WeasyPrint."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from audit.actions import record_event
from partners.models import Share
from vhub.clock import now
from vhub.hashing import sha256_hex
from vhub.pdf import html_to_pdf


def render_pack_pdf(share: Share) -> bytes:
    html = render_to_string(
        "partners/pack.html",
        {
            "share": share,
            "snapshot": share.snapshot,
            "rendered_at": timezone.localtime(),
        },
    )
    return html_to_pdf(html)


@transaction.atomic
def do_render_share_pack(share_id: int) -> Share:
    """Render and store the share's referral pack PDF with its SHA-256. Safe to run twice."""
    # Only the share is locked: FOR UPDATE on the joined agency would hold every new share,
    # notice or referral of the agency while the PDF renders, and deadlock with the audit chain.
    share = Share.objects.select_for_update(of=("self",)).select_related("agency").get(pk=share_id)
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
