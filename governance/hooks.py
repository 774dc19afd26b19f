"""What governance connects to the hooks of the apps below it; imported once the app registry
is ready (vhub/apps.py discovers every app's hooks module)."""

from audit.retention_hooks import RETENTION_HOLDINGS
from governance.holdings import holdings_lines

# The retention review page (audit) lists the notes and files its decision covers.
RETENTION_HOLDINGS.append(holdings_lines)
