"""Reads for the VHub side of sharing: suggested recipients, the disclosure log, shares awaiting
authorisation. (The partner portal's reads are in selectors.py.)"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.db.models import OuterRef, QuerySet
from django.utils import timezone

from accounts.models import name_fields
from audit.history import HistoryEntry, Source, change_history, events_of
from partners.encompass import match_school
from partners.marac import check_marac, marac_agency
from partners.models import (
    EncompassNotice,
    Share,
    ShareMessage,
    ShareMessageAttachment,
    SharePurpose,
    ShareStatus,
)
from partners.pack_templates import ALL_FIELDS, PackTemplate, get_template, template_for_agency
from referrals.models import Referral, SubjectRole
from vhub import prepared
from vhub.models import Agency, AgencyKind
from vhub.rows import in_order

if TYPE_CHECKING:
    from accounts.models import User


@dataclass
class Suggestion:
    agency: Agency
    reason: str

    @property
    def template(self) -> PackTemplate:
        return template_for_agency(self.agency.kind)


def suggest_recipients(referral: Referral) -> list[Suggestion]:
    """Agencies the referral probably needs to reach, each with the reason shown beside it: its
    local authority (from routing), MARAC only when a MARAC criterion is met (the same check as
    the referral's MARAC panel), the health team where a GP or health visitor is named, and a
    child's school where it matches a school agency."""
    found: dict[int, Suggestion] = {}

    def add(agency: Agency | None, reason: str) -> None:
        if agency is not None and agency.is_active and agency.pk not in found:
            found[agency.pk] = Suggestion(agency, reason)

    if referral.local_authority_id:
        add(
            referral.local_authority,
            f"The referral's local authority ({referral.routing_note or 'from routing'})",
        )
    if referral.incident_type.is_domestic_abuse:
        met = [c for c in check_marac(referral).criteria if c.met]
        if met:
            add(
                marac_agency(referral),
                "MARAC criteria met: " + "; ".join(f"{c.label} ({c.detail})" for c in met),
            )
    # `local_authority_id` is checked on this line.
    area = referral.local_authority.area if referral.local_authority_id else ""  # type: ignore[union-attr]
    children = list(referral.subjects.filter(role=SubjectRole.CHILD).select_related("person"))
    named_gp = [c for c in children if c.gp.strip()]
    if named_gp:
        for agency in Agency.objects.filter(kind=AgencyKind.HEALTH, is_active=True, area=area):
            add(
                agency,
                "A GP or health visitor is named for "
                + ", ".join(c.person.full_name for c in named_gp),
            )
    for child in children:
        if child.school.strip():
            add(match_school(child.school, area), f"{child.person.full_name}'s school")
    return list(found.values())


@dataclass
class PlannedShare:
    """One line of the share page's check-your-answers step: what this agency will receive."""

    agency: Agency
    template: PackTemplate
    withheld: list[str]

    @property
    def withheld_labels(self) -> list[str]:
        return [ALL_FIELDS[f] for f in self.withheld]


def plan_shares(
    agencies: Iterable[Agency], *, pack_template: str | None, redacted: Iterable[str]
) -> list[PlannedShare]:
    """Each chosen agency with the template it gets and the fields withheld from it, worked out
    as do_create_share will (the chosen template, or the agency's own; withheld fields the
    template holds)."""
    chosen = list(redacted)
    plans = []
    for agency in agencies:
        template = (
            get_template(pack_template) if pack_template else template_for_agency(agency.kind)
        )
        plans.append(PlannedShare(agency, template, template.withheld(chosen)))
    return plans


def disclosure_log(referral: Referral) -> QuerySet[Share]:
    """Everything disclosed about the referral to any agency (shares, Encompass notices, MARAC
    referrals), oldest first, with who shared, who authorised and what superseded it."""
    return (
        Share.objects.filter(referral=referral)
        .select_related(
            "agency", "created_by", "authorised_by", "superseded_by", "marac_referral__meeting"
        )
        .order_by("created_at", "id")
    )


def shares_awaiting_authorisation() -> QuerySet[Share]:
    return (
        Share.objects.filter(status=ShareStatus.PENDING)
        .select_related("agency", "created_by", "referral")
        .order_by("created_at", "id")
    )


def status_words(share: Share) -> str:
    if share.status == ShareStatus.ACTIVE and share.superseded_by_id:
        # `superseded_by_id` is checked just above.
        return f"Superseded by version {share.superseded_by.version}"  # type: ignore[union-attr]
    return share.get_status_display()


CSV_HEADER = [
    "Referral",
    "Share reference",
    "Kind",
    "Agency",
    "Version",
    "Status",
    "Shared at",
    "Shared by",
    "Authorised by",
    "Lawful basis",
    "Justification",
    "Pack template",
    "Fields withheld",
    "Pack SHA-256",
]


def disclosure_rows(referral: Referral, shares: list[Share]) -> list[list[object]]:
    """The disclosure log as rows under CSV_HEADER (written out by vhub/csv_export.py)."""
    return [
        [
            referral.reference,
            s.reference,
            SharePurpose(s.purpose).label,
            s.agency.name,
            s.version,
            status_words(s),
            timezone.localtime(s.created_at).strftime("%Y-%m-%d %H:%M"),
            s.created_by,
            s.authorised_by or "",
            s.get_lawful_basis_display(),
            s.justification,
            s.pack_template,
            "; ".join(ALL_FIELDS.get(f, f) for f in s.redacted_fields),
            s.pack_sha256,
        ]
        for s in shares
    ]


# What the referral page shows of each share, in its disclosure log and its partner threads (the
# pack's snapshot and file, the inbox's and the authorisation's working columns are not), of
# each message and of each Encompass notice: only these columns are selected. Each ordered
# statement costs Django a hash of every column it selects (bench/README.md, issue 21).
_SHARE_SHOWN = (
    "agency__name",
    "version",
    "status",
    "purpose",
    "lawful_basis",
    "justification",
    "redacted_fields",
    "created_at",
    "acknowledged_at",
    "superseded_by__version",
    *name_fields("created_by"),
    *name_fields("authorised_by"),
    "response__outcome",
    "response__outcome_notes",
    "response__outcome_at",
    *name_fields("response__outcome_by"),
    "response__declined_at",
    *name_fields("response__declined_by"),
    "response__decline_reason",
    "marac_referral__criteria",
    "marac_referral__referred_at",
    "marac_referral__meeting__date",
    *name_fields("marac_referral__referred_by"),
)
_MESSAGE_SHOWN = ("share_id", "from_vhub", "body", "created_at", *name_fields("author"))
_MESSAGE_FILE_SHOWN = ("message_id", "original_name", "size", "uploaded_at")
_NOTICE_SHOWN = (
    "match_note",
    "status",
    "decided_at",
    "not_needed_reason",
    "subject__person__first_name",
    "subject__person__last_name",
    "agency__name",
)

# The referral page's reads of sharing, compiled once per process (vhub/prepared.py): Django
# compiling the shares' ten joins and the notices' three cost more than running them
# (bench/README.md, issue 21). Each reads the referral's few rows unordered, ordered in Python.
_SHARES = prepared.Read(
    lambda: (
        Share.objects.filter(referral_id=prepared.Param("referral"))
        .select_related(
            "agency",
            "created_by",
            "authorised_by",
            "superseded_by",
            "response__declined_by",
            "response__outcome_by",
            "marac_referral__meeting",
            "marac_referral__referred_by",
        )
        .only(*_SHARE_SHOWN)
        .order_by()
    )
)
# Every message of the referral's shares, and every file sent with one: the shares' threads.
_MESSAGES = prepared.Read(
    lambda: (
        ShareMessage.objects.filter(share__referral_id=prepared.Param("referral"))
        .select_related("author")
        .only(*_MESSAGE_SHOWN)
        .order_by()
    )
)
_MESSAGE_FILES = prepared.Read(
    lambda: (
        ShareMessageAttachment.objects.filter(
            message__share__referral_id=prepared.Param("referral")
        )
        .only(*_MESSAGE_FILE_SHOWN)
        .order_by()
    )
)
_NOTICES = prepared.Read(
    lambda: (
        EncompassNotice.objects.filter(referral_id=prepared.Param("referral"))
        .select_related("subject__person", "agency")
        .only(*_NOTICE_SHOWN)
        .order_by()
    )
)


def _threads(referral: Referral, log: list[Share]) -> None:
    """Give each share of the log its messages (`message_list`, oldest first) and each message
    its files (`attachment_list`, oldest first): a statement for the messages when there are
    shares, one for the files when there are messages."""
    messages = in_order(_MESSAGES(referral=referral.pk), "created_at", "id") if log else []
    files: dict[int, list[ShareMessageAttachment]] = {}
    if messages:
        for file in in_order(_MESSAGE_FILES(referral=referral.pk), "uploaded_at", "id"):
            files.setdefault(file.message_id, []).append(file)
    by_share: dict[int, list[ShareMessage]] = {}
    for message in messages:
        message.attachment_list = files.get(message.pk, [])  # type: ignore[attr-defined]
        by_share.setdefault(message.share_id, []).append(message)
    for share in log:
        share.message_list = by_share.get(share.pk, [])  # type: ignore[attr-defined]


def referral_sharing(referral: Referral, user: "User") -> dict[str, object]:
    """What the referral page shows about sharing: Encompass notices, the MARAC criteria and
    referrals (domestic abuse only), the disclosure log and the partner agencies' threads
    (outcomes, declines and messages). The log and the threads are the same shares, read once:
    the log oldest first, the threads newest first."""
    log = in_order(_SHARES(referral=referral.pk), "created_at", "id")
    _threads(referral, log)
    for share in log:
        # Words attached to each share for the page.
        share.status_words = status_words(share)  # type: ignore[attr-defined]
    is_da = referral.incident_type.is_domestic_abuse
    return {
        "encompass_notices": in_order(_NOTICES(referral=referral.pk), "id"),
        "marac_check": check_marac(referral) if is_da and user.is_vhub_case_reader else None,
        "marac_cases": [s.marac_referral for s in log if hasattr(s, "marac_referral")],
        "disclosures": log,
        "partner_threads": log[::-1],
    }


def share_history(share: Share) -> list[HistoryEntry]:
    """Field-level changes of one share (status, acknowledgement, authorisation, withdrawal,
    the pack), newest first. VHub staff only: partners never see it. Queries: the events (1),
    then one per kind of related record named (users, agencies, referrals, shares)."""
    return change_history(
        [
            Source(
                events_of(Share).filter(pgh_obj_id=share.pk),
                describe=lambda ev, show: (
                    f"Share with {show(ev._meta.get_field('agency'), ev.agency_id)}"
                ),
                hidden=("referral", "pack_file"),
                labels={"pack_sha256": "Pack SHA-256"},
            )
        ]
    )


def shares_of_outer_referral() -> QuerySet[Share]:
    """The shares of `OuterRef("pk")`: whether a referral was ever shared (referrals' bulk
    close preview)."""
    return Share.objects.filter(referral=OuterRef("pk"))


def referral_page_panel(referral: Referral, user: "User") -> dict[str, object]:
    """The referral page's sharing panel (referrals.hooks.REFERRAL_PAGE_PANELS): partner
    agencies' outcomes, declines and message threads, Encompass notices, MARAC and the
    disclosure log. The hub's exchanges about the family, so VHub staff only, not the officer
    who sent the referral."""
    if not user.is_vhub_case_reader:
        return {"share_active": ShareStatus.ACTIVE, "partner_threads": []}
    return {"share_active": ShareStatus.ACTIVE, **referral_sharing(referral, user)}
