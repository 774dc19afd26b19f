"""The test cast (STYLE.md §5): a named user for every role, partner users at two agencies."""

import pghistory.models
import pgtrigger
import pytest
from django.apps import apps
from django.core.management.commands import flush
from django.db.backends.base.creation import BaseDatabaseCreation
from django.http import HttpRequest
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY

from accounts.middleware import OTP_CHECKED
from tests.factories import TEST_PASSWORD, UserFactory
from tests.two_factor import pass_two_factor
from vhub.models import Agency

_deserialize_db = BaseDatabaseCreation.deserialize_db_from_string


def _deserialize_db_with_history(self, data) -> None:
    """Tests with serialized_rollback=True reload every row before they start, change-history
    events included, by UPDATE where the row is still there (with timestamps cut to
    milliseconds by the JSON serializer). The event tables' append-only trigger refuses that,
    as it should anywhere else, so only this reload skips it."""
    uris = [
        f"{model._meta.label}:append_only"
        for model in apps.get_models()
        if issubclass(model, pghistory.models.Event)
    ]
    with pgtrigger.ignore(*uris):
        _deserialize_db(self, data)


BaseDatabaseCreation.deserialize_db_from_string = _deserialize_db_with_history

# The audit trail's tables refuse TRUNCATE (whoever runs it). Tests with transaction=True empty
# the database with `flush`, which truncates every table; only that flush skips the trigger.
AUDIT_TRUNCATE_TRIGGERS = (
    "audit.AuditEvent:audit_no_truncate",
    "audit.AuditCheckpoint:checkpoint_no_truncate",
)
_flush_handle = flush.Command.handle


def _flush_past_the_audit_truncate_triggers(self, *args, **options):
    with pgtrigger.ignore(*AUDIT_TRUNCATE_TRIGGERS):
        return _flush_handle(self, *args, **options)


flush.Command.handle = _flush_past_the_audit_truncate_triggers


@pytest.fixture(autouse=True)
def _isolated_files_and_eager_tasks(settings, tmp_path):
    """Case files go to a per-test folder; Celery tasks run in-process unless a test starts a
    real worker (tests marked `worker` override this)."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private", "base_url": None},
        },
    }
    settings.CELERY_TASK_ALWAYS_EAGER = True
    # Fast hashing for test users; production hashing is tested where it matters.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    from vhub.celery import app

    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = False


@pytest.fixture(autouse=True)
def _own_cache(settings, request):
    """Each test counts its rate limits from zero, in a cache of its own: never in the Redis a
    development server or another test run is using (where sign-ins would add up across tests)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": request.node.nodeid,
        }
    }
    yield
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def herefordshire(db):
    return Agency.objects.get(slug="herefordshire-cs")


@pytest.fixture
def shropshire(db):
    return Agency.objects.get(slug="shropshire-cs")


@pytest.fixture
def officer(db):
    return UserFactory(username="officer", roles=["officer"])


@pytest.fixture
def officer2(db):
    return UserFactory(username="officer2", roles=["officer"])


@pytest.fixture
def practitioner(db):
    return UserFactory(username="practitioner", roles=["practitioner"])


@pytest.fixture
def practitioner2(db):
    return UserFactory(username="practitioner2", roles=["practitioner"])


@pytest.fixture
def supervisor(db):
    return UserFactory(username="supervisor", roles=["supervisor"])


@pytest.fixture
def supervisor2(db):
    return UserFactory(username="supervisor2", roles=["supervisor"])


@pytest.fixture
def manager(db):
    return UserFactory(username="manager", roles=["manager"])


@pytest.fixture
def auditor(db):
    return UserFactory(username="auditor", roles=["auditor"])


@pytest.fixture
def partner_a(herefordshire):
    """A partner user at Herefordshire children's services."""
    return UserFactory(username="partner.a", roles=["partner_user"], agency=herefordshire)


@pytest.fixture
def partner_b(shropshire):
    """A partner user at Shropshire children's services: 'the other agency'."""
    return UserFactory(username="partner.b", roles=["partner_user"], agency=shropshire)


@pytest.fixture
def outsider(db):
    """Signed in, but with no role at all."""
    return UserFactory(username="outsider", roles=[], agency=None)


def _client_for(user) -> Client:
    client = Client()
    # django-axes needs the request a sign-in arrives with; the test client's login has none.
    assert client.login(request=HttpRequest(), username=user.username, password=TEST_PASSWORD)
    pass_two_factor(client, user)
    # What the first page after signing in leaves in the session (accounts/middleware.py): the
    # device, checked, so the requests a test measures write nothing to the session within
    # the minute, as in use. (Not by a request: the test client would put back the signal
    # that closes the database connection, which the API tests' in-process calls turn off.)
    session = client.session
    session[OTP_CHECKED] = [session[DEVICE_ID_SESSION_KEY], user.session_generation]
    session.save()
    return client


@pytest.fixture
def client_for():
    return _client_for


@pytest.fixture
def policing_areas(herefordshire, shropshire):  # type: ignore[no-untyped-def]
    """Two policing areas (docs/frontline.md): West covers Herefordshire, North Shropshire."""
    from risk.models import PolicingArea, PolicingAreaCover

    west = PolicingArea.objects.create(name="West")
    north = PolicingArea.objects.create(name="North")
    PolicingAreaCover.objects.create(area=west, local_authority=herefordshire)
    PolicingAreaCover.objects.create(area=north, local_authority=shropshire)
    return west, north


@pytest.fixture
def spoc(policing_areas, officer, officer2):  # type: ignore[no-untyped-def]
    """West's single point of contact. `officer` works in West, `officer2` in North."""
    from risk.models import AreaContact, OfficerPosting

    west, north = policing_areas
    OfficerPosting.objects.create(user=officer, area=west)
    OfficerPosting.objects.create(user=officer2, area=north)
    contact = UserFactory(
        username="spoc", first_name="Sam", last_name="Contact", roles=["area_spoc"]
    )
    AreaContact.objects.create(user=contact, area=west)
    return contact
