"""HTML to PDF with WeasyPrint: the referral pack, the daily report, a subject access export."""


def html_to_pdf(html: str) -> bytes:
    """The PDF of a self-contained HTML page (base_url None: nothing is fetched, from the
    network or the disk)."""
    # Imported at first use: WeasyPrint (Pango, fontTools) was a fifth of every Django start-up,
    # each manage.py command and web process included, which never render (bench/README.md).
    from weasyprint import HTML

    pdf: bytes = HTML(string=html).write_pdf()
    return pdf
