"""The intake's inserts (vhub/prepared.py `insert`) store exactly the rows the ORM's
`bulk_create` stored: every table, every column, the audit chain still whole."""

from datetime import UTC, datetime
from typing import Any

import pytest
import time_machine
from django.apps import apps
from django.core.management import call_command
from django.db import models, transaction
from django.test import Client

from referrals.integration import do_create_integration_client
from vhub import prepared

AT = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
TWIN = {
    "first_name": "Lily",
    "last_name": "Smith",
    "date_of_birth": "2016-03-01",
    "school": "Hill Primary",
    "was_present": True,
    "voice_of_child": "Said she was scared.",
}
# School-age twins in a domestic-abuse incident, high-risk words in the narrative, another
# person named, and a referral before them whose children they match: every table the intake
# writes (people, subjects, matches, school notices, clocks, risk signals, flags, the trail).
PAYLOAD = {
    "external_id": "NICHE-9",
    "incident_reference": "22/123456/26",
    "incident_at": "2026-11-01T21:30:00Z",
    "location": "12 Mill Lane, Hereford",
    "postcode": "HR1 2AB",
    "incident_type": "domestic-abuse",
    "local_authority": "herefordshire-cs",
    "narrative": "He strangled her and threatened to kill her; the children were present.",
    "officer_risk_view": "Risk of further harm.",
    "officer_grade": "high",
    "children": [TWIN, {**TWIN, "first_name": "Lola"}],
    "others": [{"first_name": "Mark", "last_name": "Smith", "role": "alleged-perpetrator"}],
}


class _Undo(Exception):
    pass


def _orm_insert(objs: list[Any], *, ignore_conflicts: bool = False) -> list[Any]:
    """What the intake ran before: the ORM's bulk_create."""
    if objs:
        type(objs[0]).objects.bulk_create(objs, ignore_conflicts=ignore_conflicts)
    return objs


def _tables() -> list[type[models.Model]]:
    return [m for m in apps.get_models() if isinstance(m._meta.pk, models.AutoField)]


def _last_ids() -> dict[type[models.Model], int]:
    return {m: m.objects.aggregate(last=models.Max("pk"))["last"] or 0 for m in _tables()}


def _new_rows(since: dict[type[models.Model], int]) -> dict[str, list[dict[str, Any]]]:
    """Every row written since `since`, in every table, each new row's key (and every key
    pointing at a new row) replaced by its table and place, so two runs compare equal when
    they stored the same thing; the trail's hashes (which cover the ids) and the database's
    own clock (history rows' times) left out."""
    written = {
        m: list(m.objects.filter(pk__gt=since[m]).order_by("pk").values()) for m in _tables()
    }
    place = {
        (m, row[m._meta.pk.attname]): f"{m._meta.label}#{i}"
        for m, rows in written.items()
        for i, row in enumerate(rows)
    }
    found = {}
    for m, rows in written.items():
        if not rows:
            continue
        out = []
        for row in rows:
            row = dict(row)
            row[m._meta.pk.attname] = place[(m, row[m._meta.pk.attname])]
            tracked = getattr(m, "pgh_tracked_model", None)
            if tracked is not None:  # a history row: `id` is the tracked row's
                row["id"] = place.get((tracked, row["id"]), row["id"])
            for field in m._meta.concrete_fields:
                if field.is_relation and row.get(field.attname) is not None:
                    target = field.related_model._meta.concrete_model
                    row[field.attname] = place.get((target, row[field.attname]), row[field.attname])
            for name in ("hash", "prev_hash", "pgh_created_at", "reference"):
                row.pop(name, None)
            if "pgh_context_id" in row:  # the request's history context, a new one each time
                row["pgh_context_id"] = row["pgh_context_id"] is not None
            if str(row.get("object_id", "")).isdigit() and row["object_type"]:
                target = apps.get_model(row["object_type"])
                row["object_id"] = place.get((target, int(row["object_id"])), row["object_id"])
            out.append(row)
        found[m._meta.label] = out
    return found


@pytest.mark.django_db
def test_the_intake_stores_the_rows_the_orm_stored(monkeypatch) -> None:
    _, token = do_create_integration_client(actor=None, name="Niche RMS", source_system="niche")
    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")

    def post(payload: dict[str, Any]) -> None:
        response = client.post("/api/v1/referrals/", payload, content_type="application/json")
        assert response.status_code == 201, response.content

    with time_machine.travel(AT, tick=False):
        post({**PAYLOAD, "external_id": "NICHE-1", "officer_grade": "medium"})
        since = _last_ids()
        try:
            with transaction.atomic():
                with monkeypatch.context() as patch:
                    patch.setattr(prepared, "insert", _orm_insert)
                    post(PAYLOAD)
                by_orm = _new_rows(since)
                raise _Undo
        except _Undo:
            pass
        post(PAYLOAD)
        now = _new_rows(since)
    assert now == by_orm
    # The tables the intake writes are all there.
    assert {
        "referrals.Referral",
        "referrals.ReferralSubject",
        "referrals.Person",
        "referrals.PersonMatch",
        "referrals.SlaClock",
        "partners.EncompassNotice",
        "audit.AuditEvent",
        "risk.RiskSignal",
    } <= set(now)
    assert len(now["referrals.PersonMatch"]) == 4
    assert all(row["pgh_context_id"] for row in now["referrals.ReferralEvent"])
    call_command("verify_audit")
