"""The disclosure log: every share, Encompass notice and MARAC referral of a referral, on its
page and as CSV; and who may reach the VHub sharing pages."""

import csv
import io

import pytest
from django.contrib.auth.models import Group

from audit.models import AuditEvent
from partners.actions import do_create_share, do_set_authorisation_rule, do_withdraw_share
from partners.encompass import do_send_encompass_notice
from partners.models import EncompassNotice, LawfulBasis
from partners.sharing_selectors import disclosure_log
from tests.factories import approved_referral, share_with
from vhub.models import Agency, AgencyKind


def _csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_the_log_lists_every_disclosure_with_basis_version_and_status(
    officer, practitioner, supervisor, client_for
) -> None:
    school = Agency.objects.create(
        name="Riverside Primary School",
        slug="riverside",
        kind=AgencyKind.SCHOOL,
        area="Herefordshire",
        group=Group.objects.create(name="agency:riverside"),
    )
    referral = approved_referral(officer, practitioner, supervisor)
    first = share_with(referral, practitioner)
    share_with(referral, practitioner)  # version 2 supersedes version 1
    withdrawn = share_with(referral, practitioner, "shropshire-cs")
    do_withdraw_share(withdrawn, actor=practitioner, reason="Wrong area.")
    do_send_encompass_notice(
        EncompassNotice.objects.get(referral=referral),
        actor=practitioner,
        agency=school,
        lawful_basis=LawfulBasis.CHILDREN_ACT_2004_S11,
        justification='=HYPERLINK("http://evil")',
    )
    page = client_for(practitioner).get(f"/referrals/{referral.reference}/").content.decode()
    assert "Disclosure log" in page
    assert "Superseded by version 2" in page
    assert "Withdrawn" in page
    assert "Operation Encompass notice" in page

    response = client_for(practitioner).get(
        f"/partners/referrals/{referral.reference}/disclosures.csv"
    )
    assert response["Content-Type"].startswith("text/csv")
    header, *rows = _csv_rows(response)
    assert header[:6] == ["Referral", "Share reference", "Kind", "Agency", "Version", "Status"]
    assert [(r[3], r[4], r[5]) for r in rows] == [
        ("Herefordshire Children's Services", "1", "Superseded by version 2"),
        ("Herefordshire Children's Services", "2", "Shared"),
        ("Shropshire Children's Services", "1", "Withdrawn"),
        ("Riverside Primary School", "1", "Shared"),
    ]
    assert rows[0][1] == first.reference
    assert rows[0][7] == str(practitioner)
    assert rows[0][9].startswith("Data Protection Act 2018")
    # a formula typed into a justification is text in a spreadsheet
    assert rows[3][2] == "Operation Encompass notice"
    assert rows[3][10] == '\'=HYPERLINK("http://evil")'
    assert AuditEvent.objects.filter(action="disclosures.export", actor=practitioner).exists()


def test_the_log_shows_who_authorised(
    officer, practitioner, supervisor, supervisor2, manager
) -> None:
    from partners.actions import do_authorise_share

    do_set_authorisation_rule(actor=manager, grade="high", needs_authorisation=True)
    referral = approved_referral(officer, practitioner, supervisor)
    share = share_with(referral, practitioner)
    do_authorise_share(share, actor=supervisor2)
    assert [s.authorised_by for s in disclosure_log(referral)] == [supervisor2]


def test_the_log_uses_a_constant_number_of_queries(
    officer, practitioner, supervisor, django_assert_num_queries
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)

    def evaluate():
        rows = list(disclosure_log(referral))
        for s in rows:  # what the log and the CSV read
            _ = (s.agency.name, s.created_by, s.authorised_by, s.reference)
            _ = s.superseded_by.version if s.superseded_by_id else None
            _ = getattr(s, "marac_referral", None)
        return rows

    share_with(referral, practitioner)
    # 1: shares joined to agency, sharer, authoriser, superseding share and MARAC referral
    with django_assert_num_queries(1):
        assert len(evaluate()) == 1
    for slug in ("herefordshire-cs", "shropshire-cs", "telford-wrekin-cs", "worcestershire-cs"):
        share_with(referral, practitioner, slug)
    with django_assert_num_queries(1):
        assert len(evaluate()) == 5


@pytest.mark.parametrize("who", ["officer", "partner_a", "auditor", "outsider"])
def test_the_csv_is_for_vhub_staff_only_and_refusals_are_audited(
    db, request, client_for, officer, practitioner, supervisor, who
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    share_with(referral, practitioner)
    user = request.getfixturevalue(who)
    response = client_for(user).get(f"/partners/referrals/{referral.reference}/disclosures.csv")
    assert response.status_code in (403, 404)
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


@pytest.mark.parametrize(
    ("who", "path"),
    [
        ("practitioner", "/partners/authorisations/"),
        ("partner_a", "/partners/authorisations/"),
        ("manager", "/partners/authorisations/"),
        ("supervisor", "/partners/sharing-rules/"),
        ("partner_a", "/partners/sharing-rules/"),
        ("officer", "/partners/referrals/{ref}/share/"),
        ("partner_b", "/partners/referrals/{ref}/share/"),
    ],
)
def test_wrong_roles_are_refused_the_sharing_pages_and_it_is_audited(
    db, request, client_for, officer, practitioner, supervisor, who, path
) -> None:
    referral = approved_referral(officer, practitioner, supervisor)
    user = request.getfixturevalue(who)
    response = client_for(user).get(path.format(ref=referral.reference))
    assert response.status_code in (403, 404)
    assert AuditEvent.objects.filter(action="access.denied", actor=user).exists()


@pytest.mark.parametrize("who", ["partner_a", "partner_b", "practitioner"])
def test_only_supervisors_authorise_and_the_other_agency_gets_404(
    db, request, client_for, officer, practitioner, supervisor, manager, who
) -> None:
    do_set_authorisation_rule(actor=manager, grade="high", needs_authorisation=True)
    referral = approved_referral(officer, practitioner, supervisor)
    share = do_create_share(
        referral,
        actor=practitioner,
        agency=Agency.objects.get(slug="herefordshire-cs"),
        lawful_basis=LawfulBasis.DPA_SCHEDULE_8,
        justification="Needed.",
    )
    user = request.getfixturevalue(who)
    for action in ("authorise", "refuse"):
        response = client_for(user).post(f"/partners/shares/{share.pk}/{action}/", {"reason": "x"})
        assert response.status_code in (403, 404)
    share.refresh_from_db()
    assert share.status == "pending"
    assert AuditEvent.objects.filter(action="access.denied", actor=user).count() == 2
