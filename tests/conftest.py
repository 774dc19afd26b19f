"""The test cast (STYLE.md §5): a named user for every role, partner users at two agencies."""

import pytest
from django.test import Client

from partners.models import Agency
from tests.factories import TEST_PASSWORD, UserFactory


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


def _client_for(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    assert client.login(username=user.username, password=TEST_PASSWORD)
    return client


@pytest.fixture
def client_for():
    return _client_for
