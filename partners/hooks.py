"""What partners connects to the hooks of the apps below it; imported once the app registry is
ready (partners/apps.py)."""

from partners.inbox import on_share_clocks_changed
from partners.notices import compose
from referrals.escalation import OUTBOX_COMPOSERS
from referrals.models import OutboxKind
from referrals.sla import share_clocks_changed

# The outbox (referrals) asks this app for the words of its partner notices.
OUTBOX_COMPOSERS[OutboxKind.PARTNER_NOTICE] = compose
OUTBOX_COMPOSERS[OutboxKind.PARTNER_DIGEST] = compose
# The SLA clocks (referrals) say when a share's clock changes; the inbox order follows.
share_clocks_changed.connect(on_share_clocks_changed, weak=False)
