"""The queue page's row statement, compiled once per shape of filters (referrals/selectors.py
`queue_page_rows`): the same rows as `queue_rows(triage_queue(...))` for every filter, with
each request's own values, and no compiling after a shape's first request."""

from datetime import timedelta

import pytest
from django.db.models.sql.compiler import SQLCompiler

from referrals import selectors
from referrals.models import Referral, ReferralStatus
from referrals.selectors import (
    QueueCursor,
    QueueFilters,
    queue_page_rows,
    queue_rows,
    triage_queue,
)
from tests.factories import child, submit_referral, submitted_assessment
from vhub.models import Agency


@pytest.fixture
def queue(officer, practitioner, practitioner2):
    shropshire = Agency.objects.get(slug="shropshire-cs")
    high = submit_referral(officer, children=[child(first_name="Noah", last_name="Okonkwo")])
    submitted_assessment(high, practitioner, grade="high")
    flagged = submit_referral(officer, narrative="He had a knife.", local_authority=shropshire)
    submitted_assessment(flagged, practitioner2, grade="medium")
    submit_referral(officer, incident_reference="OKONKWO")
    submit_referral(officer, children=[child(first_name="Ada", last_name="Smith_")])
    for _ in range(4):
        submit_referral(officer, local_authority=shropshire)
    closed = submit_referral(officer)
    Referral.objects.filter(pk=closed.pk).update(status=ReferralStatus.NO_FURTHER_ACTION)
    return {"shropshire": shropshire.pk, "high": high}


def _filters(queue) -> list[QueueFilters]:
    return [
        QueueFilters(),
        QueueFilters(grade="high"),
        QueueFilters(grade="none"),
        QueueFilters(status=ReferralStatus.SUBMITTED),
        QueueFilters(status=ReferralStatus.NO_FURTHER_ACTION),
        QueueFilters(local_authority=queue["shropshire"]),
        QueueFilters(local_authority=queue["shropshire"] + 1000),
        QueueFilters(flagged=True),
        QueueFilters(mine=True),
        QueueFilters(unallocated=True),
        QueueFilters(clock="at_risk"),
        QueueFilters(missing_assessment=True),
        QueueFilters(import_job=1),
        QueueFilters(search="okonk"),
        QueueFilters(search=" OKONKWO "),  # a name and an incident reference
        QueueFilters(search=queue["high"].reference),
        QueueFilters(search="smith_"),  # LIKE's wildcard, taken literally
        QueueFilters(search="h_"),
        QueueFilters(search="nobody"),
        QueueFilters(grade="high", local_authority=queue["shropshire"], search="a"),
    ]


def test_the_rows_are_the_orm_statement_rows_for_every_filter(queue, practitioner) -> None:
    everything = queue_rows(triage_queue(user=practitioner), 50)
    middle = everything[3]
    cursors = [None, QueueCursor(middle.priority_score, middle.received_at, middle.pk)]
    for filters in _filters(queue):
        for after in cursors:
            for limit in (2, 51):
                expected = queue_rows(
                    triage_queue(user=practitioner, filters=filters, after=after), limit
                )
                # Twice: the shape's first request compiles, the second reuses the statement.
                for _ in range(2):
                    got = queue_page_rows(
                        user=practitioner, filters=filters, after=after, limit=limit
                    )
                    assert got == expected, (filters, after, limit)
    # Every shape's statement is bound in the client: each search planned for its pattern.
    assert selectors._QUEUE_STATEMENTS
    assert all(read.bound_in_client for read in selectors._QUEUE_STATEMENTS.values())


def test_a_shape_is_compiled_once_and_takes_each_requests_values(
    queue, practitioner, monkeypatch
) -> None:
    monkeypatch.setattr(selectors, "_QUEUE_STATEMENTS", {})
    compiled = []
    real = SQLCompiler.as_sql

    def as_sql(self, *args, **kwargs):
        if self.query.model is Referral:
            compiled.append(self.query)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "as_sql", as_sql)
    first = queue_page_rows(
        user=practitioner, filters=QueueFilters(search="okonk"), after=None, limit=51
    )
    assert [r.reference for r in first] == [queue["high"].reference]
    compiled.clear()
    # Same shape, other values: other rows, and the row statement is not compiled again (the
    # only Referral statement compiled is the search's lookup of references).
    ada = queue_page_rows(
        user=practitioner, filters=QueueFilters(search="smith_"), after=None, limit=51
    )
    assert [r.children[0][0] for r in ada] == ["Ada Smith_"]
    assert len(compiled) == 1
    last = first[-1]
    after = QueueCursor(last.priority_score, last.received_at - timedelta(days=1), last.pk)
    page = queue_page_rows(user=practitioner, filters=QueueFilters(), after=after, limit=51)
    compiled.clear()
    assert queue_page_rows(user=practitioner, filters=QueueFilters(), after=after, limit=51) == (
        page
    )
    assert compiled == []
