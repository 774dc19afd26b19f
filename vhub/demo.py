"""The demonstration cast and data that `make run` seeds (never in production)."""

import base64

from django_otp.oath import totp

# Published in the README on purpose: seed_demo refuses to run in production.
DEMO_PASSWORD = "VHub-demo-2026!"  # noqa: S105 # nosec B105
# Every demo account's authenticator app uses this key (base32), so one entry in an app, or
# `manage.py demo_logins`, which prints the current code, signs in as anyone.
DEMO_TOTP_SECRET = "VHUBDEMOVHUBDEMOVHUBDEMOVHUBDEMO"  # noqa: S105 # nosec B105


def demo_totp_key() -> str:
    """The secret as django-otp stores it (hex)."""
    return base64.b32decode(DEMO_TOTP_SECRET).hex()


def demo_totp_code() -> str:
    """The code an authenticator app holding the demo key shows now."""
    return f"{totp(base64.b32decode(DEMO_TOTP_SECRET)):06d}"


# username, first name, last name, role, agency slug
DEMO_USERS = [
    ("officer", "Olivia", "Okafor", "officer", "police-vhub"),
    ("practitioner", "Priya", "Patel", "practitioner", "police-vhub"),
    ("practitioner2", "Sam", "Taylor", "practitioner", "police-vhub"),
    ("supervisor", "Dan", "Morris", "supervisor", "police-vhub"),
    ("supervisor2", "Grace", "Evans", "supervisor", "police-vhub"),
    ("manager", "Helen", "Clarke", "manager", "police-vhub"),
    ("partner.herefordshire", "Rachel", "Hughes", "partner_user", "herefordshire-cs"),
    ("lead.herefordshire", "Tom", "Price", "partner_lead", "herefordshire-cs"),
    ("partner.shropshire", "Amir", "Khan", "partner_user", "shropshire-cs"),
    ("auditor", "Alex", "Reid", "auditor", "police-vhub"),
    ("spoc", "Nia", "Roberts", "area_spoc", "police-vhub"),
    ("admin", "Ada", "Admin", "admin", "police-vhub"),
]

DEMO_AGENCIES = [
    ("Riverside Primary School", "riverside-primary", "school", "Worcestershire"),
    ("Castle Hill Academy", "castle-hill-academy", "school", "Shropshire"),
    ("Health Visiting and School Nursing Team", "health-0-19", "health", "Herefordshire"),
]


def demo_logins() -> list[str]:
    """The lines `make run` prints before starting (seed_demo ends with them; `manage.py
    demo_logins` prints them again with a new code)."""
    lines = [
        f"  Demo logins (password for all: {DEMO_PASSWORD})",
        f"  Two-factor code for all, now: {demo_totp_code()} (changes every 30 seconds; "
        f"add key {DEMO_TOTP_SECRET} to an authenticator app, or run "
        "`python manage.py demo_logins` again)",
    ]
    lines += [
        f"    {username:<24} {role:<14} {first} {last} ({agency})"
        for username, first, last, role, agency in DEMO_USERS
    ]
    return lines
