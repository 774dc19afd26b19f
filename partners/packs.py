"""Rendering the referral pack PDF of a share with WeasyPrint."""

import hashlib

from django.template.loader import render_to_string
from django.utils import timezone

from partners.models import Share


def render_pack_pdf(share: Share) -> bytes:
    html = render_to_string(
        "partners/pack.html",
        {
            "share": share,
            "snapshot": share.snapshot,
            "rendered_at": timezone.localtime(),
        },
    )
    # Imported here: WeasyPrint loads Pango at import, which web requests never need.
    from weasyprint import HTML

    # base_url=None and no url_fetcher access to the network: the template is self-contained.
    return HTML(string=html).write_pdf()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
