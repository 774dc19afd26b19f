from django.apps import AppConfig


class RiskConfig(AppConfig):
    name = "risk"
    verbose_name = "Risk"

    def ready(self) -> None:
        # The outbox (referrals) asks this app for the words of a contact's note to an officer.
        from referrals.escalation import OUTBOX_COMPOSERS
        from referrals.models import OutboxKind
        from risk.frontline import compose_feedback

        OUTBOX_COMPOSERS[OutboxKind.OFFICER_FEEDBACK] = compose_feedback
