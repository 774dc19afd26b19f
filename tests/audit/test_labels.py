"""Audit pages speak in words: every event code the code can write has a name people use, and
the kinds of record are named as people name them, never as `app.model` labels."""

import ast
import re
from pathlib import Path

from django.conf import settings

from audit.actions import record_denial, record_event
from audit.labels import ACTION_LABELS, VHUB_APPS, record_kind, record_kind_choices
from tests.factories import submit_referral

CODE = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")
RECORDERS = {"record_event", "record_event_once"}


def written_codes() -> dict[str, str]:
    """Every audit action code written in the project's apps: the first argument of
    record_event(_once), an `action=` keyword, or an `"action":` key of an event dict."""
    found: dict[str, str] = {}
    for app in VHUB_APPS:
        for path in (Path(settings.BASE_DIR) / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                values: list[ast.AST] = []
                if isinstance(node, ast.Call):
                    name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                    if name in RECORDERS and node.args:
                        values.append(node.args[0])
                    values += [k.value for k in node.keywords if k.arg == "action"]
                elif isinstance(node, ast.Dict):
                    values += [
                        v
                        for k, v in zip(node.keys, node.values, strict=True)
                        if isinstance(k, ast.Constant) and k.value == "action"
                    ]
                for v in values:
                    if (
                        isinstance(v, ast.Constant)
                        and isinstance(v.value, str)
                        and CODE.match(v.value)
                    ):
                        found.setdefault(v.value, str(path))
    return found


def test_the_scan_finds_the_codes_it_should() -> None:
    """The control for the test below: the scan sees codes written each way."""
    codes = written_codes()
    assert {"auth.two_factor_verified", "referral.submit", "encompass.propose"} <= set(codes)
    assert "case_list.view" in codes or "case_list.view" in ACTION_LABELS


def test_every_audited_action_has_words() -> None:
    """Found in use: the audit trail showed "Auth two factor verified", a code made readable
    by replacing dots, instead of words a person uses."""
    missing = {code: path for code, path in written_codes().items() if code not in ACTION_LABELS}
    assert missing == {}


def test_kinds_of_record_are_named_as_people_name_them() -> None:
    assert record_kind("referrals.person") == "Person"
    assert record_kind("referrals.slaclock") == "SLA clock"
    assert record_kind("page") == "Page"
    for value, label in record_kind_choices():
        assert "." not in label, value
        assert label[0].isupper(), value


def test_the_audit_trail_shows_words_not_codes_or_model_labels(
    client_for, auditor, officer, practitioner
) -> None:
    record_event("auth.two_factor_verified", actor=practitioner)
    record_denial(officer, object_type="referrals.person", object_id=42, reason="not found")
    page = client_for(auditor).get("/audit/events/").content.decode()
    assert "Entered a correct security code" in page
    assert "Auth two factor verified" not in page
    assert "Person 42" in page
    shown = re.sub(r"<[^>]+>", " ", page)  # what a person reads, not attribute values
    assert "referrals.person" not in shown
    assert "partners.share" not in shown


def test_the_audit_trail_is_searched_by_kind_of_record_in_words(
    client_for, auditor, officer
) -> None:
    person = submit_referral(officer).subjects.get().person
    record_event("person.view", actor=auditor, obj=person)
    client = client_for(auditor)
    page = client.get("/audit/events/?object_type=referrals.person").content.decode()
    assert '<option value="referrals.person" selected>Person</option>' in page
    assert "Person&#x27;s chronology viewed" in page[page.index("<table") :]
    other = client.get("/audit/events/?object_type=partners.share").content.decode()
    assert "Person&#x27;s chronology viewed" not in other[other.index("<table") :]
