"""What risk connects to the hooks of the apps below it; imported once the app registry is
ready (vhub/apps.py discovers every app's hooks module)."""

from referrals import hooks
from referrals.escalation import OUTBOX_COMPOSERS
from referrals.models import OutboxKind
from risk import actions, reading, scoring, selectors, undergrading
from risk.frontline import compose_feedback
from vhub import warmup

# The outbox (referrals) asks this app for the words of a contact's note to an officer.
OUTBOX_COMPOSERS[OutboxKind.OFFICER_FEEDBACK] = compose_feedback
# Intake, matching and corrections (referrals) store the officer's grade, read the words and
# keep the under-grading flags through this app, in their own transaction.
hooks.connect(hooks.current_repeat_rule, scoring.current_repeat_rule)
hooks.connect(hooks.record_officer_grade, actions.record_officer_grade)
hooks.connect(hooks.texts_of, reading.texts_of)
hooks.connect(hooks.read_new_referrals, reading.read_new_referrals)
hooks.connect(hooks.raise_new_referral_flags, undergrading.raise_new_referral_flags)
hooks.connect(hooks.refresh_flags, undergrading.refresh_flags)
# The referral page (referrals) shows this app's panel; the triage queue counts open flags.
hooks.REFERRAL_PAGE_PANELS.append(selectors.referral_page_panel)
hooks.connect(hooks.open_flags_of_outer_referral, selectors.open_flags_of_outer_referral)
# A server's parent process (gunicorn's master, Celery's worker) loads the reader before it
# forks, so no child loads spaCy or compiles the catalogue on a request's or task's clock.
warmup.warm_up.connect(reading.warm_up)
