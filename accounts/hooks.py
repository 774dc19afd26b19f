"""What accounts connects at start-up: the receivers of accounts/signals.py (session clocks at
sign-in, audited lockouts, sessions ended with a removed device). Imported once the app registry
is ready (vhub/apps.py discovers every app's hooks module)."""

from accounts import signals  # noqa: F401  (its receivers connect on import)
