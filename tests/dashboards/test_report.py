"""The daily report: figures for any past day, e-mailed once at 07:00, downloadable and audited."""

from datetime import UTC, date, datetime

import time_machine
from django.core import mail

from audit.models import AuditEvent
from dashboards.actions import do_send_daily_report
from dashboards.models import DailyReportDelivery
from dashboards.report import report_figures
from tests.factories import approved_referral, share_with, submit_referral


def _at(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=UTC)


def _seed(officer, practitioner, supervisor) -> None:
    with time_machine.travel(_at(16, 9), tick=False):
        shared_later = approved_referral(officer, practitioner, supervisor)
    with time_machine.travel(_at(17, 10), tick=False):
        share_with(shared_later, practitioner)  # left the backlog on the 17th at 10:00
    with time_machine.travel(_at(17, 9), tick=False):
        submit_referral(officer)  # received the 17th, still open
    with time_machine.travel(_at(18, 8), tick=False):
        submit_referral(officer)  # after 07:00 on the 18th: not in that day's position


def test_report_figures_rebuild_the_position_at_seven_for_any_day(
    officer, practitioner, supervisor
) -> None:
    _seed(officer, practitioner, supervisor)
    with time_machine.travel(_at(20, 12), tick=False):
        day18 = report_figures(date(2026, 11, 18))
        day17 = report_figures(date(2026, 11, 17))
    # The 18th's report: yesterday (17th) one received and one left; at 07:00, one open.
    assert (day18["received"], day18["left"], day18["backlog"]) == (1, 1, 1)
    assert dict(day18["ages"])["Under 1 day"] == 1
    # The 17th's report: the first referral was still open at 07:00 (it left at 10:00).
    assert (day17["received"], day17["left"], day17["backlog"]) == (1, 0, 1)
    assert dict(day17["by_grade"])["High"] == 1
    assert dict(day17["ages"])["Under 1 day"] == 1


def test_daily_report_is_emailed_to_managers_once_with_the_pdf(
    manager, officer, django_capture_on_commit_callbacks
) -> None:
    submit_referral(officer)
    day = date(2026, 11, 18)
    with django_capture_on_commit_callbacks(execute=True):
        assert do_send_daily_report(day) is not None
    with django_capture_on_commit_callbacks(execute=True):
        assert do_send_daily_report(day) is None  # beat fired twice: sent once
    assert DailyReportDelivery.objects.get().recipients == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [manager.email]
    name, content, kind = message.attachments[0]
    assert name == "vhub-daily-report-2026-11-18.pdf"
    assert kind == "application/pdf"
    assert content.startswith(b"%PDF")
    assert AuditEvent.objects.filter(action="report.send").count() == 1


def test_the_beat_task_sends_todays_report(manager, django_capture_on_commit_callbacks) -> None:
    from dashboards.tasks import send_daily_report

    with (
        time_machine.travel(_at(18, 7), tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        assert send_daily_report() == "2026-11-18"
    assert len(mail.outbox) == 1


def test_the_schedule_runs_the_report_at_seven_london_time(settings) -> None:
    entry = settings.CELERY_BEAT_SCHEDULE["daily-report"]
    assert entry["task"] == "dashboards.tasks.send_daily_report"
    assert entry["schedule"].hour == {7}
    assert entry["schedule"].minute == {0}
    assert settings.CELERY_TIMEZONE == "Europe/London"
    assert "capacity-check" in settings.CELERY_BEAT_SCHEDULE


def test_a_past_report_downloads_as_pdf_and_is_audited(client_for, supervisor) -> None:
    response = client_for(supervisor).get("/dashboards/reports/2026-11-01.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    event = AuditEvent.objects.get(action="report.download", actor=supervisor)
    assert event.details == {"day": "2026-11-01"}


def test_the_report_form_goes_to_the_pdf(client_for, manager) -> None:
    response = client_for(manager).get("/dashboards/reports/?day_0=1&day_1=11&day_2=2026")
    assert response.status_code == 302
    assert response["Location"] == "/dashboards/reports/2026-11-01.pdf"
