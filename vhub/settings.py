"""VHub settings: every value that differs between machines is read from the environment here."""

import sys
from pathlib import Path

import environ
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

from vhub.pooling import POOLERS, pooled
from vhub.storage import storage_from_url

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

# development | test | production. The Docker image sets production; `make run` sets development.
VHUB_ENV = env.str("VHUB_ENV", default="development")
if VHUB_ENV not in {"development", "test", "production"}:
    raise ImproperlyConfigured(
        f"VHUB_ENV must be development, test or production, not {VHUB_ENV!r}"
    )
PRODUCTION = VHUB_ENV == "production"

DEBUG = env.bool("DEBUG", default=False)
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("DEBUG must not be on in production.")


def _secret_key() -> str:
    """SECRET_KEY or SECRET_KEY_FILE; production refuses to start on anything guessable."""
    if env.str("SECRET_KEY_FILE", default=""):
        key = Path(env.str("SECRET_KEY_FILE")).read_text().strip()
    else:
        key = env.str("SECRET_KEY", default="")
    if PRODUCTION:
        if len(key) < 50 or "insecure" in key or len(set(key)) < 5:
            raise ImproperlyConfigured(
                "Production needs a real SECRET_KEY (or SECRET_KEY_FILE) of at least 50 random "
                "characters. Generate one with: python -c 'import secrets; "
                "print(secrets.token_urlsafe(64))'"
            )
        return key
    return key or "django-insecure-vhub-development-only-never-use-in-production"


SECRET_KEY = _secret_key()
# Earlier keys, while they are rotated out: sessions, reset links and the secrets encrypted in
# the database (vhub/crypto.py) made under them still work (docs/security.md, key rotation).
SECRET_KEY_FALLBACKS = env.list("SECRET_KEY_FALLBACKS", default=[])

ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=[] if PRODUCTION else ["127.0.0.1", "localhost", "testserver"]
)
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Production needs ALLOWED_HOSTS (comma-separated host names).")
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.forms",
    "rest_framework",
    "drf_spectacular",
    "guardian",
    "pgtrigger",
    "pghistory",
    "django_htmx",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "vhub",
    "accounts",
    "audit",
    "partners",
    "referrals",
    "risk",
    "officer",  # the officer's referral form: spans referrals and risk
    "dashboards",
    "bench",  # management commands for `make bench` (no models)
    "governance",  # access logs and subject access: read across referrals, risk, partners
    "project",  # the URL map, navigation, /metrics, seed_demo: wires the apps together
    # Request latency by view and database call counts for /metrics (project/metrics.py).
    "django_prometheus",
]

MIDDLEWARE = [
    # First and last: the time a request takes, by view (django-prometheus).
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    # A request id on every log line and on the tasks the request queues (vhub/request_id.py).
    "vhub.request_id.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # django-otp's OTPMiddleware, reading the session's device once (accounts/middleware.py).
    "accounts.middleware.SessionOTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "audit.middleware.AuditContextMiddleware",
    # Who made each change, for the field-level change history (audit/history.py).
    "audit.middleware.HistoryContextMiddleware",
    "accounts.middleware.SessionLimitsMiddleware",
    # No case data before the second factor (accounts/two_factor.py).
    "accounts.middleware.RequireTwoFactorMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
    "project.metrics.RequestMetricsMiddleware",  # django-prometheus's, see there
]

ROOT_URLCONF = "project.urls"
# Widgets render from templates/ too (the GOV.UK date input lives there).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
WSGI_APPLICATION = "vhub.wsgi.application"
ASGI_APPLICATION = "vhub.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "project.context_processors.navigation",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
# With no DATABASE_URL the project runs its own PostgreSQL under var/ (see vhub/embedded.py):
# the same engine, extensions and code path as a deployment, with nothing to install by hand.
# Two roles (docs/deployment.md, "Database roles"): the application connects with DATABASE_URL
# as a role that owns nothing and may only read and append the audit trail; `manage.py migrate`
# connects with DATABASE_OWNER_URL, the owner of the tables, and then grants the application's
# role its privileges (audit/database_roles.py). So does the test runner, which creates and
# migrates its own database. Without DATABASE_OWNER_URL, DATABASE_URL does both.
if env.str("DATABASE_URL", default=""):
    _APP_DATABASE_URL = env.str("DATABASE_URL")
    _OWNER_DATABASE_URL = env.str("DATABASE_OWNER_URL", default="")
else:
    from vhub.embedded import embedded_database_urls

    _OWNER_DATABASE_URL, _APP_DATABASE_URL = embedded_database_urls(VAR_DIR)
DATABASE_AS_OWNER = bool(_OWNER_DATABASE_URL) and (
    env.bool("VHUB_DATABASE_AS_OWNER", default=False) or "pytest" in sys.modules
)
DATABASES = {
    "default": env.db_url_config(_OWNER_DATABASE_URL if DATABASE_AS_OWNER else _APP_DATABASE_URL)
}
# The owner's connection (None with only one URL): the restore drill creates its scratch
# database with it (audit/management/commands/restore_drill.py).
DATABASE_OWNER = env.db_url_config(_OWNER_DATABASE_URL) if _OWNER_DATABASE_URL else None
# The role migrations grant the application's privileges to ("" when there is only one URL).
DATABASE_APP_ROLE = env.db_url_config(_APP_DATABASE_URL)["USER"] if _OWNER_DATABASE_URL else ""
# Each worker keeps its connection between requests (checked before reuse): opening one per
# request cost the intake API about a third of its throughput (bench/README.md, §10).
DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
DATABASES["default"]["ENGINE"] = "django.db.backends.postgresql"
# PostgreSQL's JIT compiles any plan over its cost threshold, adding 10-50 ms to a page for
# nothing at this size (bench/README.md); the pages' queries are short, index-served reads.
if not env.bool("DATABASE_JIT", default=False):
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
# Lets two test runs share one server (e.g. a browser run beside a unit run).
DATABASES["default"].setdefault("TEST", {})
if env.str("TEST_DATABASE_NAME", default=""):
    DATABASES["default"]["TEST"]["NAME"] = env.str("TEST_DATABASE_NAME")

# Connection pooling (docs/deployment.md, "Connection pooling"). With DATABASE_POOLER=pgbouncer,
# DATABASE_URL points at PgBouncer in transaction mode and nothing may rely on session state:
# vhub/pooling.py turns off prepared statements and server-side cursors.
DATABASE_POOLER = env.str("DATABASE_POOLER", default="none")
if DATABASE_POOLER not in POOLERS:
    raise ImproperlyConfigured(
        f"DATABASE_POOLER must be none or pgbouncer, not {DATABASE_POOLER!r}"
    )
DATABASES["default"] = pooled(DATABASES["default"], DATABASE_POOLER)

# Reporting reads on a read replica (vhub/replica.py): only the dashboard, its exports and
# analytical tables and the daily report, inside `reporting_reads()`. The tests define the alias
# as a mirror of the test database (switched on per test with READ_REPLICA).
DATABASE_REPLICA_URL = env.str("DATABASE_REPLICA_URL", default="")
READ_REPLICA = bool(DATABASE_REPLICA_URL)
if DATABASE_REPLICA_URL:
    _replica = env.db_url_config(DATABASE_REPLICA_URL)
    if not env.bool("DATABASE_JIT", default=False):
        _replica.setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
    _replica.update(
        ENGINE="django.db.backends.postgresql",
        CONN_MAX_AGE=DATABASES["default"]["CONN_MAX_AGE"],
        CONN_HEALTH_CHECKS=True,
        TEST={"MIRROR": "default"},
    )
    DATABASES["replica"] = pooled(_replica, DATABASE_POOLER)
elif "pytest" in sys.modules:
    DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}
DATABASE_ROUTERS = ["vhub.replica.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Change history (django-pghistory, docs/audit.md) -----------------------------------------
# Event tables refuse UPDATE and DELETE, like the audit trail: history is never rewritten.
PGHISTORY_APPEND_ONLY = True

# --- Authentication -------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First, so a locked-out account or address is refused before its password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
# Single sign-on for force staff (accounts/oidc.py): off unless OIDC_ENABLED. Groups in the
# provider's `groups` claim map to roles, e.g. OIDC_ROLE_MAP=vhub-practitioners=practitioner,...
OIDC_ENABLED = env.bool("OIDC_ENABLED", default=False)
OIDC_RP_CLIENT_ID = env.str("OIDC_RP_CLIENT_ID", default="")
OIDC_RP_CLIENT_SECRET = env.str("OIDC_RP_CLIENT_SECRET", default="")
OIDC_OP_AUTHORIZATION_ENDPOINT = env.str("OIDC_OP_AUTHORIZATION_ENDPOINT", default="")
OIDC_OP_TOKEN_ENDPOINT = env.str("OIDC_OP_TOKEN_ENDPOINT", default="")
OIDC_OP_USER_ENDPOINT = env.str("OIDC_OP_USER_ENDPOINT", default="")
OIDC_OP_JWKS_ENDPOINT = env.str("OIDC_OP_JWKS_ENDPOINT", default="")
OIDC_RP_SIGN_ALGO = env.str("OIDC_RP_SIGN_ALGO", default="RS256")
OIDC_RP_SCOPES = env.str("OIDC_RP_SCOPES", default="openid email profile")
OIDC_USE_PKCE = True
OIDC_GROUPS_CLAIM = env.str("OIDC_GROUPS_CLAIM", default="groups")
OIDC_ROLE_MAP = env.dict("OIDC_ROLE_MAP", default={})
# `amr` values that mean the provider checked a second factor (RFC 8176).
OIDC_MFA_AMR = env.list("OIDC_MFA_AMR", default=["mfa", "otp", "hwk", "swk", "sc"])
LOGIN_REDIRECT_URL_FAILURE = "/login/?sso=failed"
if OIDC_ENABLED:
    missing = [
        name
        for name in (
            "OIDC_RP_CLIENT_ID",
            "OIDC_RP_CLIENT_SECRET",
            "OIDC_OP_AUTHORIZATION_ENDPOINT",
            "OIDC_OP_TOKEN_ENDPOINT",
            "OIDC_OP_USER_ENDPOINT",
        )
        if not globals()[name]
    ]
    if missing or (OIDC_RP_SIGN_ALGO.startswith("RS") and not OIDC_OP_JWKS_ENDPOINT):
        raise ImproperlyConfigured(
            "OIDC_ENABLED needs " + ", ".join(missing or ["OIDC_OP_JWKS_ENDPOINT"])
        )
    AUTHENTICATION_BACKENDS.insert(1, "accounts.oidc.VHubOIDCBackend")

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Argon2id first (OWASP's recommendation); older hashes are upgraded at the next sign-in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

# Two-factor sign-in for everyone (django-otp): the name authenticator apps show.
OTP_TOTP_ISSUER = env.str("OTP_TOTP_ISSUER", default="VHub")

# Brute force (django-axes): after AXES_FAILURE_LIMIT failed sign-ins, the account is locked
# whatever address it is tried from, and so is the address whatever account it tries. Unlocking
# is a supervised, audited action (accounts/actions.py) or the cool-off period.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=1.0)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "audit.middleware.axes_client_ip"
# Sign-in attempts are already in the audit trail; axes keeps only its counters.
AXES_DISABLE_ACCESS_LOG = True
# No admin pages for axes' tables: deleting a row there would unlock without an audit event.
AXES_ENABLE_ADMIN = False

# Rate limits (accounts/ratelimits.py, django-ratelimit), apart from the lockout above: attempts
# in a time window, successful or not, per address and per account, on the sign-in form and on
# the second factor (setting up and entering a code). "30/m" is 30 a minute, "10/10m" 10 in ten
# minutes. An office behind one address signs in through the per-address limit: raise it there.
RATE_LIMIT_SIGN_IN_PER_ADDRESS = env.str("RATE_LIMIT_SIGN_IN_PER_ADDRESS", default="30/m")
RATE_LIMIT_SIGN_IN_PER_ACCOUNT = env.str("RATE_LIMIT_SIGN_IN_PER_ACCOUNT", default="10/10m")
RATE_LIMIT_TWO_FACTOR_PER_ADDRESS = env.str("RATE_LIMIT_TWO_FACTOR_PER_ADDRESS", default="30/m")
RATE_LIMIT_TWO_FACTOR_PER_ACCOUNT = env.str("RATE_LIMIT_TWO_FACTOR_PER_ACCOUNT", default="10/10m")
# django-ratelimit is not in INSTALLED_APPS: it would add only a system check that does not know
# Django's own Redis cache backend. Its counts live in the default cache (Redis when configured).

# Sessions: signed out after SESSION_IDLE_MINUTES without a request (the page warns two minutes
# before), and after SESSION_ABSOLUTE_HOURS whatever the activity (accounts/middleware.py).
SESSION_IDLE_MINUTES = env.int("SESSION_IDLE_MINUTES", default=15)
SESSION_ABSOLUTE_HOURS = env.int("SESSION_ABSOLUTE_HOURS", default=10)
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_HOURS * 3600
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# Sessions are read from the cache (Redis when configured) and written through to the database,
# so a flushed or restarted Redis signs nobody out; a request that changes nothing in its session
# reads no row and writes none. The last activity is noted at most once a minute on GET requests
# (accounts/middleware.py), so most requests change nothing.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_SEEN_RESOLUTION_SECONDS = env.int("SESSION_SEEN_RESOLUTION_SECONDS", default=60)

GUARDIAN_RAISE_403 = False
GUARDIAN_RENDER_403 = False
ANONYMOUS_USER_NAME = None  # no anonymous object permissions: every reader is a named person

# --- Internationalisation -------------------------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

# --- Static and uploaded files --------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    ("govuk", BASE_DIR / "node_modules" / "govuk-frontend" / "dist" / "govuk"),
    ("htmx", BASE_DIR / "node_modules" / "htmx.org" / "dist"),
    ("moj", BASE_DIR / "node_modules" / "@ministryofjustice" / "frontend" / "moj"),
    BASE_DIR / "static",
]
# Case files (referral packs, attachments) live outside the web root and are only served
# through access-checked views.
PRIVATE_MEDIA_ROOT = Path(env.str("PRIVATE_MEDIA_ROOT", default=str(VAR_DIR / "private")))
# With STORAGE_URL (s3://bucket?endpoint=...), they go to a private S3-compatible bucket instead
# (vhub/storage.py); credentials from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
STORAGE_URL = env.str("STORAGE_URL", default="")
STORAGES = {
    "default": (
        storage_from_url(STORAGE_URL)
        if STORAGE_URL
        else {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
        }
    ),
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
# The largest file accepted for each kind of upload (vhub/uploads.py), in megabytes. The reverse
# proxy's body limit (docs/deployment.md) must stay above the largest.
UPLOAD_MAX_MB = {
    "isr_attachment": env.int("UPLOAD_MAX_MB_ISR_ATTACHMENT", default=10),
    "backlog_import": env.int("UPLOAD_MAX_MB_BACKLOG_IMPORT", default=20),
    "case_attachment": env.int("UPLOAD_MAX_MB_CASE_ATTACHMENT", default=10),
}

# --- Celery ---------------------------------------------------------------------------------
# With no REDIS_URL, Celery uses kombu's filesystem transport under var/: no server to run,
# the same worker and beat processes.
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_RESULT_BACKEND = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = {"visibility_timeout": 3600}
else:
    _broker_dir = VAR_DIR / "broker"
    for _sub in ("queue", "processed", "results", "control"):
        (_broker_dir / _sub).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "processed_folder": str(_broker_dir / "processed"),
        "control_folder": str(_broker_dir / "control"),
        "store_processed": False,
    }
    CELERY_RESULT_BACKEND = f"file://{_broker_dir / 'results'}"
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True  # a task whose worker dies is redelivered, not lost
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Workers log through LOGGING below (JSON, with the request id), not Celery's own format.
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE = {
    "worker-heartbeat": {"task": "vhub.tasks.record_heartbeat", "schedule": 60.0},
    "undergrading-sweep": {"task": "risk.tasks.sweep_undergrading", "schedule": 15 * 60.0},
    "sla-sweep": {"task": "referrals.tasks.sweep_sla", "schedule": 60.0},
    "escalation-delivery": {"task": "referrals.tasks.deliver_escalations", "schedule": 60.0},
    "reprioritise": {"task": "referrals.tasks.reprioritise", "schedule": 5 * 60.0},
    "reprioritise-all": {"task": "referrals.tasks.reprioritise_all", "schedule": 60 * 60.0},
    # Last month's quality-audit sample, on the 1st at 06:00 (idempotent, so a rerun is harmless).
    "quality-audit-sample": {
        "task": "risk.tasks.sample_quality_audits",
        "schedule": crontab(day_of_month="1", hour=6, minute=0),
    },
    "retention-schedule": {
        "task": "audit.tasks.schedule_retention",
        "schedule": crontab(hour=2, minute=30),
    },
    # The search's names table checked against the people (referrals/search.py).
    "person-names-repair": {
        "task": "referrals.tasks.repair_person_names",
        "schedule": crontab(hour=3, minute=15),
    },
    "capacity-check": {"task": "dashboards.tasks.check_capacity", "schedule": 15 * 60.0},
    # Yesterday joins the dashboard's daily statistics (a full recount: late changes follow).
    "daily-statistics": {
        "task": "dashboards.tasks.rebuild_daily_statistics",
        "schedule": crontab(hour=0, minute=30),
    },
    "daily-report": {
        "task": "dashboards.tasks.send_daily_report",
        "schedule": crontab(hour=7, minute=0),  # Europe/London (CELERY_TIMEZONE)
    },
    # Partner users who chose a daily digest of the work that arrived for their agency.
    "partner-notice-digests": {
        "task": "partners.tasks.send_notice_digests",
        "schedule": crontab(hour=8, minute=0),  # Europe/London (CELERY_TIMEZONE)
    },
}
WORKER_HEARTBEAT_STALE_AFTER_SECONDS = 180

# --- Audit trail anchoring (audit/checkpoints.py, docs/audit.md) ------------------------------
# The HMAC key that signs checkpoints of the audit chain. Never stored in the database: from the
# environment or a file. Development and tests use a published default; production refuses it
# (system check audit.E001).
if env.str("AUDIT_CHECKPOINT_KEY_FILE", default=""):
    AUDIT_CHECKPOINT_KEY = Path(env.str("AUDIT_CHECKPOINT_KEY_FILE")).read_text().strip()
else:
    AUDIT_CHECKPOINT_KEY = env.str("AUDIT_CHECKPOINT_KEY", default="")
if not AUDIT_CHECKPOINT_KEY and not PRODUCTION:
    AUDIT_CHECKPOINT_KEY = "insecure-vhub-development-audit-checkpoint-key"
# A file each checkpoint is appended to as one JSON line (blank: not written). Put it where the
# database's administrators cannot rewrite it (another volume, shipped to a log store).
AUDIT_CHECKPOINT_LOG = env.str("AUDIT_CHECKPOINT_LOG", default="")
AUDIT_CHECKPOINT_MINUTES = env.int("AUDIT_CHECKPOINT_MINUTES", default=15)
CELERY_BEAT_SCHEDULE["audit-checkpoint"] = {
    "task": "audit.tasks.record_checkpoint",
    "schedule": AUDIT_CHECKPOINT_MINUTES * 60.0,
}

# --- E-mail ---------------------------------------------------------------------------------
if env.str("EMAIL_URL", default=""):
    vars().update(env.email_url("EMAIL_URL"))
elif PRODUCTION:
    # Notices name referrals; printing them to the logs would leak case references.
    raise ImproperlyConfigured("Production needs EMAIL_URL, e.g. smtp+tls://user:pass@host:587")
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="VHub <vhub@police.example>")
# The address people use to reach VHub, for links in e-mails.
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
# Calls VHub makes to other systems (vhub/outbound.py: partner webhooks, Teams channels) go only
# to the URLs people configured, over https, with these timeouts. Plain http to this machine's
# loopback address is for local receivers (development, the tests), never production.
OUTBOUND_ALLOW_LOOPBACK_HTTP = env.bool("OUTBOUND_ALLOW_LOOPBACK_HTTP", default=not PRODUCTION)
if PRODUCTION and OUTBOUND_ALLOW_LOOPBACK_HTTP:
    raise ImproperlyConfigured("OUTBOUND_ALLOW_LOOPBACK_HTTP is for development and tests only.")
# Seconds to connect, and to wait for each read of the answer.
OUTBOUND_TIMEOUT_SECONDS = env.float("OUTBOUND_TIMEOUT_SECONDS", default=10.0)
# Where the accessibility statement tells people to report a problem or ask for another format.
ACCESSIBILITY_CONTACT_EMAIL = env.str(
    "ACCESSIBILITY_CONTACT_EMAIL", default="vhub-accessibility@police.example"
)

# --- API ------------------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "EXCEPTION_HANDLER": "project.api_errors.api_exception_handler",
    # Per person (staff sessions, and records systems reading back), "300/min" or "5000/hour".
    # The intake has its own limit per records system instead (referrals/integration.py).
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.UserRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "intake": env.str("INTAKE_RATE_LIMIT", default="600/min"),
        # Per partner agency's system (partners/systems.py), "600/min" or "20000/hour".
        "partner_api": env.str("PARTNER_API_RATE_LIMIT", default="600/min"),
        "user": env.str("API_RATE_LIMIT", default="300/min"),
    },
}

# Intake limits (docs/api.md): the most children and other people one referral may name (the
# API, the backlog import and the officer's form), and how deeply a JSON body may nest.
REFERRAL_MAX_PEOPLE = env.int("REFERRAL_MAX_PEOPLE", default=20)
API_MAX_JSON_DEPTH = env.int("API_MAX_JSON_DEPTH", default=8)
REST_FRAMEWORK["DEFAULT_PARSER_CLASSES"] = ["vhub.api_parsers.DepthLimitedJSONParser"]

# Shared by every process when Redis is configured (rate limits hold across web replicas).
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}
SPECTACULAR_SETTINGS = {
    "TITLE": "VHub API",
    "DESCRIPTION": "Safeguarding referrals for the Vulnerability Hub and its partners.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The schema and docs describe every operation, so only VHub staff (signed in with the
    # second factor), registered records systems and partner agencies' systems (by token) may
    # read them. The partner check comes first: it passes over tokens that are not its own.
    "SERVE_AUTHENTICATION": [
        "rest_framework.authentication.SessionAuthentication",
        "partners.systems.PartnerSystemAuthentication",
        "referrals.integration.IntegrationTokenAuthentication",
    ],
    "SERVE_PERMISSIONS": ["partners.systems.CanReadApiSchema"],
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "GradeEnum": "vhub.grades.Grade",
        "ClockKindEnum": "referrals.models.ClockKind",
    },
}

# --- Security -------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Forms carry the token in a hidden field; no script needs to read the cookie.
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
# No inline script or style anywhere: every script and stylesheet is a static file. Pages that
# would need inline code (the API docs) are rebuilt from static files instead.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
        "browsing-topics",
    )
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    # Probes and Prometheus speak plain HTTP inside the cluster.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$", r"^metrics$"]

# How many reverse proxies sit in front of the app. With 1 or more, the client address for the
# audit trail is read from X-Forwarded-For (that many hops from the right); with 0 (default) the
# header is ignored, because a client could forge it.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
# The same rule for the API's rate limits of callers who are not signed in.
REST_FRAMEWORK["NUM_PROXIES"] = TRUSTED_PROXY_COUNT

# /metrics (project/metrics.py) answers only these networks (the monitoring namespace or host),
# and only to requests that did not come through a proxy; everyone else gets 404.
METRICS_ALLOWED_CIDRS = env.list(
    "METRICS_ALLOWED_CIDRS", default=[] if PRODUCTION else ["127.0.0.1/32", "::1/128"]
)

# Logs: LOG_FORMAT=json writes one JSON object a line (python-json-logger) for a log store;
# "text" (the default outside production) is for people. Both carry the request id.
LOG_FORMAT = env.str("LOG_FORMAT", default="json" if PRODUCTION else "text")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "vhub.request_id.RequestIdFilter"}},
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "pgserver": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
