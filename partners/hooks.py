"""What partners connects to the hooks of the apps below it; imported once the app registry is
ready (vhub/apps.py discovers every app's hooks module)."""

from partners import encompass, sharing_selectors
from partners.inbox import on_share_clocks_changed
from partners.notices import compose
from partners.webhooks import send_delivery
from referrals import hooks
from referrals.escalation import OUTBOX_COMPOSERS
from referrals.models import OutboxKind
from referrals.outbox_calls import OUTBOX_SENDERS
from referrals.sla import share_clocks_changed

# The outbox (referrals) asks this app for the words of its partner notices.
OUTBOX_COMPOSERS[OutboxKind.PARTNER_NOTICE] = compose
OUTBOX_COMPOSERS[OutboxKind.PARTNER_DIGEST] = compose
# ... and has this app send its webhook calls (partners/webhooks.py).
OUTBOX_SENDERS[OutboxKind.WEBHOOK] = send_delivery
# The SLA clocks (referrals) say when a share's clock changes; the inbox order follows.
share_clocks_changed.connect(on_share_clocks_changed, weak=False)
# Intake (referrals) proposes each new referral's notices to schools through this app.
hooks.connect(hooks.propose_new_notices, encompass.propose_new_notices)
hooks.connect(hooks.encompass_proposal_events, encompass.encompass_proposal_events)
# The referral page (referrals) shows this app's panel; its bulk close asks whether a
# referral was ever shared.
hooks.REFERRAL_PAGE_PANELS.append(sharing_selectors.referral_page_panel)
hooks.connect(hooks.shares_of_outer_referral, sharing_selectors.shares_of_outer_referral)
