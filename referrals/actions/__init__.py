"""State changes of referrals, one module per topic. Each action is one audited transaction."""
