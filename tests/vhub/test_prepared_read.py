"""`prepared.Read`: a queryset compiled by Django once per process, then run prepared with each
run's values, must give the instances the queryset itself gives (every loaded field converted
as Django converts it, the select_related rows, nulls among them, deferred fields left
deferred), be counted like any statement, and not be compiled again."""

from unittest import mock

import pytest
from django.db import connection
from django.db.models.sql.compiler import SQLCompiler
from django.test.utils import CaptureQueriesContext

from referrals.models import Referral, ReferralSubject
from tests.factories import child, submit_referral
from vhub import prepared

pytestmark = pytest.mark.django_db


def _subjects(referral):
    """What the referral page reads of a referral's people: an assessment that may be missing
    (a null select_related row), the person's columns, some fields deferred."""
    return (
        ReferralSubject.objects.select_related("person", "assessment__assessor")
        .only(
            "role",
            "school",
            "person__first_name",
            "person__date_of_birth",
            "assessment__status",
            "assessment__assessor__username",
        )
        .filter(referral_id=referral)
        .order_by()
    )


def _loaded(instance) -> dict[str, object]:
    """An instance's loaded values and its select_related instances', recursively."""
    values = {k: v for k, v in instance.__dict__.items() if k != "_state"}
    related = instance._state.fields_cache
    return {**values, **{name: _loaded(r) if r else r for name, r in related.items()}}


def test_a_read_gives_the_instances_its_queryset_gives(officer) -> None:
    referral = submit_referral(officer, children=[child(), child(first_name="Noah")])
    other = submit_referral(officer)
    read = prepared.Read(lambda: _subjects(prepared.Param("referral")))
    for r in (referral, other):
        found = sorted(read(referral=r.pk), key=lambda s: s.pk)
        expected = sorted(_subjects(r.pk), key=lambda s: s.pk)
        assert [_loaded(s) for s in found] == [_loaded(s) for s in expected]
        assert found
        assert not any(hasattr(s, "assessment") for s in found)
        assert {"gp", "referral_id"} <= found[0].get_deferred_fields()


def test_a_read_converts_what_django_converts(officer) -> None:
    """JSON, dates and times and the referral's six joined rows, as access_referral reads them."""
    referral = submit_referral(officer)
    Referral.objects.filter(pk=referral.pk).update(priority_breakdown=[{"label": "A", "points": 3}])
    queryset = Referral.objects.select_related("incident_type", "submitted_by", "allocated_to")
    read = prepared.Read(lambda: queryset.filter(reference=prepared.Param("reference")))
    (found,) = read(reference=referral.reference)
    assert _loaded(found) == _loaded(queryset.get(pk=referral.pk))
    assert found.priority_breakdown == [{"label": "A", "points": 3}]
    assert read(reference="VH-0000-000000") == []


def test_a_read_is_compiled_once_and_counted_as_a_prepared_statement(officer) -> None:
    referral = submit_referral(officer)
    read = prepared.Read(lambda: _subjects(prepared.Param("referral")))
    compiled = []
    as_sql = SQLCompiler.as_sql

    def counted(compiler, *args, **kwargs):
        compiled.append(compiler)
        return as_sql(compiler, *args, **kwargs)

    with mock.patch.object(SQLCompiler, "as_sql", counted):
        read(referral=referral.pk)
        assert len(compiled) == 1
        with CaptureQueriesContext(connection) as queries:
            assert len(read(referral=referral.pk)) == 1
        assert len(compiled) == 1
    assert len(queries) == 1
    assert "-- prepared" in queries[0]["sql"]


def test_a_read_cannot_prefetch() -> None:
    read = prepared.Read(
        lambda: Referral.objects.filter(pk=prepared.Param("pk")).prefetch_related("subjects")
    )
    with pytest.raises(ValueError, match="prefetch"):
        read(pk=1)


@pytest.mark.parametrize("bound_in_client", [False, True])
def test_rows_give_the_values_their_queryset_gives(officer, bound_in_client) -> None:
    """Plain rows, converted as values_list converts them (JSON, the joined name, a pattern's
    value escaped by the statement), compiled once, run prepared or bound in the client."""
    referral = submit_referral(officer, children=[child(first_name="Ada_")])
    submit_referral(officer, children=[child(first_name="Adam")])
    Referral.objects.filter(pk=referral.pk).update(priority_breakdown=[{"label": "A", "points": 3}])

    def rows(name, reference):
        return (
            Referral.objects.filter(subjects__person__first_name__contains=name)
            .exclude(reference=reference)
            .order_by("pk")
            .values_list("pk", "priority_breakdown", "incident_type__label", "received_at")
        )

    compiled = []
    as_sql = SQLCompiler.as_sql

    def counted(compiler, *args, **kwargs):
        compiled.append(compiler)
        return as_sql(compiler, *args, **kwargs)

    with mock.patch.object(SQLCompiler, "as_sql", counted):
        read = prepared.Rows(
            lambda: rows(prepared.Param("name"), prepared.Param("reference")),
            bound_in_client=bound_in_client,
        )
        with CaptureQueriesContext(connection) as queries:
            found = read(name="a_", reference="VH-0000-000000")
            assert read(name="Ad", reference=referral.reference) != []
    assert len(compiled) == 1
    assert found == [list(r) for r in rows("a_", "VH-0000-000000")]
    assert found[0][1] == [{"label": "A", "points": 3}]
    assert len(queries) == 2
    assert ("-- prepared" in queries[0]["sql"]) is not bound_in_client


def test_rows_read_a_values_list() -> None:
    with pytest.raises(ValueError, match="values_list"):
        prepared.Rows(lambda: Referral.objects.filter(pk=prepared.Param("pk")))
