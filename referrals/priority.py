"""The priority score: an explainable sum, computed in one set-based SQL statement.

The same statement recomputes one referral (inside the action that changed it), the open
referrals whose time-based parts have moved on (the Celery beat task every 5 minutes, by the
`priority_due_at` each scoring stores) or every open referral (hourly, and after a new catalogue),
so they can never disagree. The breakdown is stored beside the score, so "why is this case
third?" is answered from the row itself.
"""

import json
from datetime import datetime
from typing import Any

from django.conf import settings
from django.db import connection
from django.utils import timezone

from referrals.models import OPEN_STATUSES, PriorityWeight, Referral
from vhub import configuration, prepared
from vhub.clock import now

_SQL = """
WITH target AS (
    SELECT r.id, r.current_grade, r.provisional_grade, r.received_at, r.incident_type_id
    FROM referrals_referral r
    WHERE r.status = ANY(%(open)s) {only}
),
kids AS (
    SELECT s.referral_id, MIN(%(today)s::date - p.date_of_birth) AS youngest_days
    FROM referrals_referralsubject s JOIN referrals_person p ON p.id = s.person_id
    WHERE s.role = 'child' AND p.date_of_birth IS NOT NULL
      AND s.referral_id IN (SELECT id FROM target)
    GROUP BY s.referral_id
),
repeats AS (
    -- The children's repeat counts up to this referral's incident, kept by the actions
    -- (referrals/repeats.py): no grouping over a year of subjects here.
    SELECT s.referral_id,
           GREATEST(MAX(s.repeat_long) - 1, 0) AS confirmed,
           GREATEST(MAX(s.probable_long) - 1, 0) AS others
    FROM referrals_referralsubject s
    WHERE s.role = 'child' AND s.referral_id IN (SELECT id FROM target)
    GROUP BY s.referral_id
),
flags AS (
    SELECT referral_id, COUNT(*) AS n FROM risk_undergradingflag
    WHERE status = 'open' AND referral_id IN (SELECT id FROM target)
    GROUP BY referral_id
),
signals AS (
    -- One piece of evidence per indicator (its first), so "why this rank" quotes the words.
    SELECT referral_id, COUNT(*) AS n,
           string_agg(lower(label) || ' (“' || text || '”)', '; ' ORDER BY indicator) AS labels
    FROM (
        SELECT DISTINCT ON (referral_id, indicator) referral_id, indicator, label, text
        FROM risk_risksignal
        WHERE acting AND referral_id IN (SELECT id FROM target)
        ORDER BY referral_id, indicator, id
    ) first_signals
    GROUP BY referral_id
),
pressure AS (
    SELECT c.referral_id,
           BOOL_OR(c.state = 'breached' OR c.due_at <= %(now)s) AS breached,
           MAX(LEAST(1.0, GREATEST(0.0,
               EXTRACT(EPOCH FROM (%(now)s - c.started_at))
               / NULLIF(EXTRACT(EPOCH FROM (c.due_at - c.started_at)), 0)))) AS used,
           -- When the pressure's points or its share used may next change: the soonest of each
           -- running clock's due time and its next rounding step (never later than the change).
           MIN(CASE WHEN c.due_at > %(now)s AND c.due_at > c.started_at THEN LEAST(
               c.due_at,
               c.started_at + (c.due_at - c.started_at)
                   * ((FLOOR(GREATEST(0.0, EXTRACT(EPOCH FROM (%(now)s - c.started_at))
                       / EXTRACT(EPOCH FROM (c.due_at - c.started_at))) * 100 + 0.5) + 0.5)
                      / 100)::float8,
               CASE WHEN %(sla_used)s > 0 THEN c.started_at + (c.due_at - c.started_at)
                   * ((FLOOR(GREATEST(0.0, EXTRACT(EPOCH FROM (%(now)s - c.started_at))
                       / EXTRACT(EPOCH FROM (c.due_at - c.started_at))) * %(sla_used)s + 0.5)
                       + 0.5) / %(sla_used)s)::float8 END
           ) END) AS next_at
    FROM referrals_slaclock c
    WHERE c.share_id IS NULL AND c.state IN ('on_track', 'at_risk', 'breached')
      AND c.referral_id IN (SELECT id FROM target)
    GROUP BY c.referral_id
),
parts AS (
    SELECT t.id,
        CASE WHEN 'high' IN (t.current_grade, t.provisional_grade) THEN 'high'
             WHEN 'medium' IN (t.current_grade, t.provisional_grade) THEN 'medium'
             WHEN 'standard' IN (t.current_grade, t.provisional_grade) THEN 'standard'
             ELSE '' END AS grade,
        k.youngest_days,
        LEAST(COALESCE(rp.others, 0), %(repeat_cap)s) AS others,
        COALESCE(rp.others, 0) AS all_others,
        COALESCE(rp.confirmed, 0) AS confirmed,
        it.label AS incident_label,
        it.priority_weight AS incident_pts,
        COALESCE(f.n, 0) AS flags,
        LEAST(COALESCE(sg.n, 0), %(signal_cap)s) AS signals,
        sg.labels AS signal_labels,
        COALESCE(p.breached, false) AS breached,
        COALESCE(p.used, 0) AS used,
        CASE WHEN NOT COALESCE(p.breached, false) THEN p.next_at END AS sla_next_at,
        t.received_at,
        EXTRACT(EPOCH FROM (%(now)s - t.received_at)) / 86400.0 AS waiting_days
    FROM target t
    JOIN referrals_incidenttype it ON it.id = t.incident_type_id
    LEFT JOIN kids k ON k.referral_id = t.id
    LEFT JOIN repeats rp ON rp.referral_id = t.id
    LEFT JOIN flags f ON f.referral_id = t.id
    LEFT JOIN signals sg ON sg.referral_id = t.id
    LEFT JOIN pressure p ON p.referral_id = t.id
),
points AS (
    SELECT parts.*,
        CASE grade WHEN 'high' THEN %(grade_high)s WHEN 'medium' THEN %(grade_medium)s
                   WHEN 'standard' THEN %(grade_standard)s ELSE %(grade_none)s END AS grade_pts,
        CASE WHEN youngest_days < 365 THEN %(age_under_1)s
             WHEN youngest_days < 1826 THEN %(age_under_5)s ELSE 0 END AS age_pts,
        others * %(repeat_each)s AS repeat_pts,
        flags * %(flag_each)s AS flag_pts,
        signals * %(signal_each)s AS signal_pts,
        CASE WHEN breached THEN %(sla_breached)s
             ELSE ROUND(used * %(sla_used)s)::int END AS sla_pts,
        LEAST(FLOOR(GREATEST(waiting_days, 0) * %(wait_per_day)s)::int, %(wait_cap)s) AS wait_pts
    FROM parts
),
scored AS (
    SELECT p.id,
    p.grade_pts + p.age_pts + p.repeat_pts + p.incident_pts + p.signal_pts + p.flag_pts
        + p.sla_pts + p.wait_pts AS score,
    jsonb_build_array(
        jsonb_build_object('code', 'grade', 'label', 'Grade',
            'detail', COALESCE(NULLIF(p.grade, ''), 'not graded yet'), 'points', p.grade_pts),
        jsonb_build_object('code', 'age', 'label', 'Youngest child',
            'detail', CASE WHEN p.youngest_days IS NULL THEN 'age not known'
                           WHEN p.youngest_days < 365 THEN 'under 1'
                           WHEN p.youngest_days < 1826 THEN 'under 5'
                           ELSE (p.youngest_days / 365)::int || ' years' END,
            'points', p.age_pts),
        jsonb_build_object('code', 'repeat', 'label', 'Repeat child',
            'detail', CASE WHEN p.all_others = 0 THEN 'no other referral'
                           WHEN p.confirmed >= p.all_others
                           THEN p.all_others || ' other referral(s) before this incident'
                           ELSE p.all_others || ' other referral(s) before this incident, '
                                || (p.all_others - p.confirmed)
                                || ' of them probable (a likely match not yet confirmed)'
                      END,
            'points', p.repeat_pts),
        jsonb_build_object('code', 'incident', 'label', 'Incident type',
            'detail', p.incident_label, 'points', p.incident_pts),
        jsonb_build_object('code', 'signals', 'label', 'Signs of high risk in the text',
            'detail', COALESCE(p.signal_labels, 'none found'), 'points', p.signal_pts),
        jsonb_build_object('code', 'flags', 'label', 'Under-grading flags',
            'detail', p.flags || ' open', 'points', p.flag_pts),
        jsonb_build_object('code', 'sla', 'label', 'SLA pressure',
            'detail', CASE WHEN p.breached THEN 'breached'
                           ELSE ROUND(p.used * 100)::int || '%% of the most pressed clock used' END,
            'points', p.sla_pts),
        jsonb_build_object('code', 'waiting', 'label', 'Waiting time',
            'detail', ROUND(p.waiting_days::numeric, 1) || ' days', 'points', p.wait_pts)
    ) AS breakdown,
    -- When time alone next changes a part's points or words: the waiting days' next tenth (and
    -- next point, below the cap), the SLA pressure's next step, the youngest child's next
    -- threshold or year of age (at local midnight). Only then does the five-minute run
    -- rescore this referral (`recompute_due_priorities`).
    LEAST(
        p.received_at + interval '1 day' * ((FLOOR(p.waiting_days * 10 + 0.5) + 0.5) / 10),
        CASE WHEN %(wait_per_day)s > 0 AND p.wait_pts < %(wait_cap)s
             THEN p.received_at + interval '1 day'
                  * ((FLOOR(GREATEST(p.waiting_days, 0) * %(wait_per_day)s) + 1)
                     / %(wait_per_day)s) END,
        p.sla_next_at,
        CASE WHEN p.youngest_days IS NOT NULL
             THEN (%(today)s::date + (LEAST(
                      CASE WHEN p.youngest_days < 365 THEN 365 END,
                      CASE WHEN p.youngest_days < 1826 THEN 1826 END,
                      (p.youngest_days / 365 + 1) * 365) - p.youngest_days))::timestamp
                  AT TIME ZONE %(tz)s END
    ) AS due_at
    FROM points p
)
-- Only rows whose score, explanation or next change changed are written: most of the backlog is
-- unchanged from one five-minute run to the next, and an unchanged row costs a read, not a new
-- tuple.
UPDATE referrals_referral r
SET priority_score = s.score, priority_breakdown = s.breakdown, priority_due_at = s.due_at
FROM scored s
WHERE r.id = s.id
  AND (r.priority_score IS DISTINCT FROM s.score
       OR r.priority_breakdown IS DISTINCT FROM s.breakdown
       OR r.priority_due_at IS DISTINCT FROM s.due_at)
{returning}
"""


WEIGHT_CODES = (
    "grade_high",
    "grade_medium",
    "grade_standard",
    "grade_none",
    "age_under_1",
    "age_under_5",
    "repeat_each",
    "repeat_cap",
    "flag_each",
    "signal_each",
    "signal_cap",
    "sla_used",
    "sla_breached",
    "wait_per_day",
    "wait_cap",
)


def weights() -> dict[str, int]:
    """The configured points; a weight missing from the table counts as 0, never an error."""
    return dict(configuration.cached("priority_weights", _configured_weights))


def _configured_weights() -> dict[str, int]:
    configured = dict(PriorityWeight.objects.values_list("code", "points"))
    return {code: configured.get(code, 0) for code in WEIGHT_CODES}


def recompute_priorities(referral_ids: list[int] | None = None, at: datetime | None = None) -> int:
    """Recompute the score and breakdown of the given open referrals, or of all of them.
    Returns how many rows changed (an unchanged row is not rewritten)."""
    with connection.cursor() as cursor:
        _execute(cursor, referral_ids, at)
        return cursor.rowcount


def recompute_due_priorities(at: datetime | None = None) -> int:
    """The five-minute run: rescore only the open referrals whose time-based parts have changed
    since they were scored (`priority_due_at` passed, by its index), or that were marked to
    rescore. What an action changes, it rescores itself (`recompute_one`), so the run reads and
    writes what time changed, not the whole backlog; the hourly full run catches the rest.
    Returns how many rows changed."""
    at = at or now()
    # The due ids first, by the partial index on `priority_due_at`; then scored as an action's
    # referrals are, so the plan is the one for a few thousand rows (index lookups), not the
    # whole backlog's hash joins over every person and subject.
    due = list(
        Referral.objects.filter(status__in=OPEN_STATUSES, priority_due_at__lte=at).values_list(
            "pk", flat=True
        )
    )
    if not due:
        return 0
    return recompute_priorities(due, at)


def rescore_all_at_next_run() -> int:
    """Something every score reads changed outside an action on a referral (a weight, an
    incident type's points, the repeat rule): every open referral is rescored by the next
    five-minute run, as before the runs were limited to the referrals due."""
    return Referral.objects.filter(status__in=OPEN_STATUSES).update(priority_due_at=now())


def _execute(cursor: Any, referral_ids: list[int] | None, at: datetime | None) -> None:
    cursor.execute(*_statement(referral_ids, at))


def _statement(
    referral_ids: list[int] | None, at: datetime | None, returning: str = ""
) -> tuple[str, dict[str, object]]:
    at = at or now()
    params: dict[str, object] = {
        **weights(),
        "open": list(OPEN_STATUSES),
        "now": at,
        "today": timezone.localdate(at),
        "tz": settings.TIME_ZONE,
    }
    only = ""
    if referral_ids is not None:
        only = "AND r.id = ANY(%(ids)s)"
        params["ids"] = list(referral_ids)
    return _SQL.format(only=only, returning=returning), params


def recompute_one(referral: Referral) -> None:
    """Inside an action: recompute this referral and refresh the in-memory copy's score. The
    new values come back from the UPDATE itself; only when the row was unchanged (or is not
    open) is it read again."""
    recompute_many([referral])


def recompute_many(referrals: Any) -> None:
    """`recompute_one` for several referrals (an import's batch) in one statement."""
    if not referrals:
        return
    sql, params = _statement(
        [r.pk for r in referrals],
        None,
        "RETURNING r.id, r.priority_score, r.priority_breakdown::text",
    )
    # Planned once per connection (vhub/prepared.py): this statement took longer to plan than
    # to run, on every intake and action. Its columns keep no history, so it needs no
    # pghistory context.
    rows, _ = prepared.execute(sql, params)
    changed = {pk: (score, json.loads(text)) for pk, score, text in rows}
    unchanged = [r.pk for r in referrals if r.pk not in changed]
    if unchanged:
        for row in (
            type(referrals[0])
            .objects.filter(pk__in=unchanged)
            .values("pk", "priority_score", "priority_breakdown")
        ):
            changed[row["pk"]] = (row["priority_score"], row["priority_breakdown"])
    for referral in referrals:
        if referral.pk in changed:
            referral.priority_score, referral.priority_breakdown = changed[referral.pk]
