"""What risk connects to the hooks of the apps below it; imported once the app registry is
ready (risk/apps.py)."""

from referrals.escalation import OUTBOX_COMPOSERS
from referrals.models import OutboxKind
from risk.frontline import compose_feedback

# The outbox (referrals) asks this app for the words of a contact's note to an officer.
OUTBOX_COMPOSERS[OutboxKind.OFFICER_FEEDBACK] = compose_feedback
