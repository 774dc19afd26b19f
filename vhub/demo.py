"""The demonstration cast and data that `make run` seeds (never in production)."""

# Published in the README on purpose: seed_demo refuses to run in production.
DEMO_PASSWORD = "VHub-demo-2026!"  # noqa: S105

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
    ("admin", "Ada", "Admin", "admin", "police-vhub"),
]

DEMO_AGENCIES = [
    ("Riverside Primary School", "riverside-primary", "school", "Worcestershire"),
    ("Castle Hill Academy", "castle-hill-academy", "school", "Shropshire"),
    ("Health Visiting and School Nursing Team", "health-0-19", "health", "Herefordshire"),
]
