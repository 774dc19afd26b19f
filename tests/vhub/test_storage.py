"""Case files in object storage (vhub/storage.py): a referral pack stored and served through
the S3 backend against an S3-compatible server the test starts on 127.0.0.1 (moto), and the
same through the local private folder. Either way it is served only by VHub's access-checked,
audited view; the bucket is private and no URL to a file is ever made."""

import hashlib
import socket

import boto3
import pytest
from django.core.exceptions import ImproperlyConfigured

from audit.models import AuditEvent
from tests.factories import approved_referral, share_with
from vhub.storage import S3_BACKEND, storage_from_url

BUCKET = "vhub-case-files"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def s3_server():
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3_client(s3_server, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "vhub-test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "vhub-test-secret")
    client = boto3.client("s3", endpoint_url=s3_server, region_name="eu-west-2")
    client.create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
    )
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


@pytest.fixture(params=["s3", "local"])
def backend(request, settings, tmp_path):
    if request.param == "s3":
        client = request.getfixturevalue("s3_client")
        endpoint = request.getfixturevalue("s3_server")
        settings.STORAGES = {
            **settings.STORAGES,
            "default": storage_from_url(
                f"s3://{BUCKET}/hub?endpoint={endpoint}&region=eu-west-2&addressing=path"
            ),
        }
        return "s3", client
    return "local", settings.PRIVATE_MEDIA_ROOT


def _stored_pack(officer, practitioner, supervisor, capture):
    referral = approved_referral(officer, practitioner, supervisor)
    with capture(execute=True):
        share = share_with(referral, practitioner, "herefordshire-cs")
    share.refresh_from_db()
    return share


def test_a_pack_is_stored_and_served_through_the_backend(
    backend,
    officer,
    practitioner,
    supervisor,
    partner_a,
    partner_b,
    client_for,
    django_capture_on_commit_callbacks,
) -> None:
    kind, where = backend
    share = _stored_pack(officer, practitioner, supervisor, django_capture_on_commit_callbacks)
    assert share.pack_sha256
    name = share.pack_file.name
    assert name.startswith("packs/")
    if kind == "s3":
        keys = [o["Key"] for o in where.list_objects_v2(Bucket=BUCKET)["Contents"]]
        assert keys == [f"hub/{name}"]
        stored = where.get_object(Bucket=BUCKET, Key=f"hub/{name}")
        assert stored["ServerSideEncryption"] == "AES256"
        body = stored["Body"].read()
        # Private: only the owner has any grant, nobody else (no AllUsers, no AuthenticatedUsers).
        grants = where.get_object_acl(Bucket=BUCKET, Key=f"hub/{name}")["Grants"]
        assert [g["Permission"] for g in grants] == ["FULL_CONTROL"]
        assert all(g["Grantee"]["Type"] == "CanonicalUser" for g in grants)
        assert not where.head_bucket(Bucket=BUCKET).get("PolicyStatus")
    else:
        body = (where / name).read_bytes()
    assert hashlib.sha256(body).hexdigest() == share.pack_sha256

    # Served by VHub, after its access check, with an audit event.
    response = client_for(partner_a).get(f"/partners/shares/{share.pk}/pack.pdf")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Cache-Control"] == "private, no-store"
    assert hashlib.sha256(b"".join(response.streaming_content)).hexdigest() == share.pack_sha256
    assert AuditEvent.objects.filter(action="share.download", actor=partner_a).count() == 1
    # Another agency gets a 404 (audited), whichever backend holds the file.
    assert client_for(partner_b).get(f"/partners/shares/{share.pk}/pack.pdf").status_code == 404
    assert AuditEvent.objects.filter(action="access.denied", actor=partner_b).count() == 1
    if kind == "s3":
        # No link to the file is ever made: not public, not presigned.
        with pytest.raises(NotImplementedError):
            share.pack_file.url  # noqa: B018


def test_storage_url_parsing() -> None:
    config = storage_from_url(
        "s3://case-files/vhub?endpoint=https://minio.internal:9000&region=eu-west-2"
    )
    assert config["BACKEND"] == S3_BACKEND
    assert config["OPTIONS"] == {
        "bucket_name": "case-files",
        "default_acl": "private",
        "querystring_auth": True,
        "file_overwrite": False,
        "object_parameters": {"ServerSideEncryption": "AES256"},
        "endpoint_url": "https://minio.internal:9000",
        "region_name": "eu-west-2",
        "location": "vhub",
    }
    with pytest.raises(ImproperlyConfigured):
        storage_from_url("https://case-files")
    with pytest.raises(ImproperlyConfigured):
        storage_from_url("s3://case-files?public=yes")
