from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = "Partners"

    def ready(self) -> None:
        # The outbox (referrals) asks this app for the words of its partner notices.
        from partners.notices import compose
        from referrals.escalation import OUTBOX_COMPOSERS
        from referrals.models import OutboxKind

        OUTBOX_COMPOSERS[OutboxKind.PARTNER_NOTICE] = compose
        OUTBOX_COMPOSERS[OutboxKind.PARTNER_DIGEST] = compose
        # ... and to send its webhook calls.
        from partners.webhooks import send_delivery
        from referrals.outbox_calls import OUTBOX_SENDERS

        OUTBOX_SENDERS[OutboxKind.WEBHOOK] = send_delivery
