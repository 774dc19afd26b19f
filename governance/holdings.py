"""The case notes and files a referral's retention decision covers (docs/case-notes.md):
counted here, above referrals and partners, and shown on the review page through audit's hook."""

from django.template.defaultfilters import pluralize

from partners.models import ShareMessageAttachment
from referrals.models import CaseNote, ReferralAttachment, ReferralSubject


def retention_holdings(referral_id: int) -> dict[str, int]:
    """Its case notes, its attached files, the files sent with messages about it, and the notes
    about the people on it (a person's notes are kept while any referral about them is kept).
    Four counts, one query each."""
    people = ReferralSubject.objects.filter(referral_id=referral_id).values("person_id")
    return {
        "case_notes": CaseNote.objects.filter(referral_id=referral_id).count(),
        "attachments": ReferralAttachment.objects.filter(referral_id=referral_id).count(),
        "message_files": ShareMessageAttachment.objects.filter(
            message__share__referral_id=referral_id
        ).count(),
        "notes_about_people": CaseNote.objects.filter(person_id__in=people).count(),
    }


def holdings_lines(referral_id: int) -> list[str]:
    held = retention_holdings(referral_id)
    return [
        f"{held['case_notes']} case note{pluralize(held['case_notes'])}",
        f"{held['attachments']} attached file{pluralize(held['attachments'])}",
        f"{held['message_files']} file{pluralize(held['message_files'])} sent with partners' "
        "messages",
        f"{held['notes_about_people']} note{pluralize(held['notes_about_people'])} about the "
        "people on it (kept while any referral about them is kept)",
    ]
